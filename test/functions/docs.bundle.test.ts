/**
 * The help page every function's @helpurl opens: dist/docs/functions.html,
 * rendered at build time from docs/functions.md (and docs/functions-analysis.md).
 * The renderer itself is tested in test/scripts/docs-plugin.test.ts.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DIST } from "../support/bundle";

const PAGE = resolve(DIST, "docs/functions.html");
const read = (path: string) => readFileSync(path, "utf8");
/** Anchor ids in the built page (the minifier may drop the quotes). */
const anchors = (html: string) => Array.from(html.matchAll(/\sid="?([\w-]+)"?/g), (m) => m[1]);

describe("docs/functions.html", () => {
  const html = existsSync(PAGE) ? read(PAGE) : "";
  const functions: { id: string; helpUrl: string }[] = JSON.parse(read(resolve(DIST, "functions.json"))).functions;

  it("is emitted by the build", () => {
    expect(html).toMatch(/<title>MDI for Excel/);
  });

  it("has the section of SCORE, DOMAIN, CORREL, RANK, DECILE, EXPTRANSFORM and NORMALIZE, with an example", () => {
    const ids = anchors(html);
    for (const id of ["score", "domain", "correl", "rank", "decile", "exptransform", "normalize", "blanks"]) {
      expect(ids).toContain(id);
    }
    expect(html).toContain("0.997054486");
  });

  it("has a section for every function in functions.json, where its help link points", () => {
    const ids = anchors(html);
    const missing = functions.filter((f) => !ids.includes(f.id.toLowerCase())).map((f) => f.id);
    expect(missing).toEqual([]);
    for (const f of functions)
      expect(f.helpUrl).toBe(`https://localhost:3000/docs/functions.html#${f.id.toLowerCase()}`);
  });
});
