/**
 * The generated metadata is what Excel reads to offer the functions: a change
 * in a name, a parameter or its type changes users' formulas. These golden
 * files are updated on purpose (`npm run golden`), never by a test.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DIST } from "../support/bundle";

const read = (path: string) => JSON.parse(readFileSync(path, "utf8"));
const GOLDEN = resolve(__dirname, "../golden");

describe("generated custom-function metadata", () => {
  it("dist/functions.json equals test/golden/functions.json", () => {
    expect(read(resolve(DIST, "functions.json"))).toEqual(read(resolve(GOLDEN, "functions.json")));
  });

  it("dist/functions-nl.json equals test/golden/functions-nl.json", () => {
    expect(read(resolve(DIST, "functions-nl.json"))).toEqual(read(resolve(GOLDEN, "functions-nl.json")));
  });

  it("the Dutch metadata has the same ids, parameters and types as the English, with Dutch texts", () => {
    const en = read(resolve(DIST, "functions.json"));
    const nl = read(resolve(DIST, "functions-nl.json"));
    expect(nl.functions.map((f: { id: string }) => f.id)).toEqual(en.functions.map((f: { id: string }) => f.id));
    en.functions.forEach((fn: any, i: number) => {
      const dutch = nl.functions[i];
      expect(dutch.description).not.toEqual(fn.description);
      expect(dutch.parameters.length).toBe(fn.parameters.length);
      fn.parameters.forEach((p: any, j: number) => {
        const q = dutch.parameters[j];
        expect({ ...q, name: p.name, description: p.description }).toEqual(p);
        expect(q.description).not.toEqual(p.description);
      });
    });
  });

  it("every function has a help link into docs/functions", () => {
    for (const fn of read(resolve(DIST, "functions.json")).functions) {
      expect(fn.helpUrl).toMatch(new RegExp(`/docs/functions\\.html#${fn.id.toLowerCase()}$`));
    }
  });
});
