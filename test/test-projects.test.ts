/**
 * The unit project runs without a build (`npx jest --selectProjects unit`): a
 * test that reads dist/ belongs to the bundle project, named *.bundle.test.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { relative, resolve } from "node:path";

const TEST = __dirname;

function testFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = resolve(folder, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("test projects", () => {
  it("keep every test that reads the build out of the unit project", () => {
    const unit = testFiles(TEST).filter((path) => !/\.(e2e|bundle)\.test\.tsx?$/.test(path));
    const readingBuild = unit.filter((path) => /support\/bundle"/.test(readFileSync(path, "utf8")));
    expect(readingBuild.map((path) => relative(TEST, path))).toEqual([]);
    expect(unit.length).toBeGreaterThan(20);
  });
});
