/**
 * `npm run screenshots`: refreshes the pictures the README shows (docs/screenshots/*.png).
 *
 * The end-to-end tests take every screenshot into test-results/screenshots/, which git ignores, so
 * `npm test` leaves the tree as it found it. This script runs those tests (the e2e Jest project, which
 * starts `npm start` itself; MDI_PORT picks its port) and, only when all of them pass, copies the
 * pictures the README refers to into docs/screenshots/. A picture the README names that no test took is
 * an error, so the README and the tests cannot drift apart unnoticed.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const TAKEN = resolve(ROOT, "test-results/screenshots");
const SHOWN = resolve(ROOT, "docs/screenshots");

/** The names of the pictures the README shows from docs/screenshots/, in order, once each. */
function pictures() {
  const readme = readFileSync(resolve(ROOT, "README.md"), "utf8");
  return [...new Set(Array.from(readme.matchAll(/docs\/screenshots\/([\w-]+\.png)/g), (m) => m[1]))];
}

const names = pictures();
if (names.length === 0) {
  console.error("✖ README.md shows no picture from docs/screenshots/: nothing to refresh.");
  process.exit(1);
}

console.log("Running the end-to-end tests, which take the screenshots…");
const jest = resolve(ROOT, "node_modules/jest/bin/jest.js");
const run = spawnSync(process.execPath, [jest, "--selectProjects", "e2e"], { cwd: ROOT, stdio: "inherit" });
if (run.status !== 0) {
  console.error(`✖ The end-to-end tests failed (exit ${run.status ?? run.signal}): docs/screenshots/ left as it was.`);
  process.exit(1);
}

const missing = names.filter((name) => !existsSync(resolve(TAKEN, name)));
if (missing.length) {
  console.error(`✖ The README shows pictures no test took: ${missing.join(", ")} (looked in ${TAKEN}).`);
  process.exit(1);
}
for (const name of names) copyFileSync(resolve(TAKEN, name), resolve(SHOWN, name));
console.log(`✔ Copied ${names.length} pictures to docs/screenshots/: ${names.join(", ")}.`);
console.log("  `git diff --stat docs/screenshots` shows which changed; commit those that changed for a reason.");
