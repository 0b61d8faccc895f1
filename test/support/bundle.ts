import { readFileSync, existsSync } from "node:fs";
import { resolve } from "node:path";
import { installCustomFunctionsStub, type Registry } from "./customFunctions";

/** The build under test: dist/, or MDI_DIST when a build was made elsewhere. */
export const DIST = process.env.MDI_DIST ? resolve(process.env.MDI_DIST) : resolve(__dirname, "../../dist");

/**
 * Loads dist/functions.js the way Excel does: one plain script in a realm
 * that has a `CustomFunctions` global and nothing of the task pane. Returns
 * the functions the bundle associated, by id.
 */
export function loadFunctionsBundle(): Registry {
  const file = resolve(DIST, "functions.js");
  if (!existsSync(file)) throw new Error("dist/functions.js is missing: run `npm run build` first (npm test does)");
  const registry = installCustomFunctionsStub();
  // `new Function` compiles in this test's realm, whose global has the stub; the bundle sees
  // nothing else of the test (it is a plain script, not a module).
  new Function(`${readFileSync(file, "utf8")}\n//# sourceURL=${file}`)();
  return registry;
}
