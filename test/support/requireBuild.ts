/**
 * Jest globalSetup of the bundle project: its tests read the build, so say once, plainly, when there is none.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { DIST } from "./bundle";

export default function requireBuild(): void {
  if (!existsSync(resolve(DIST, "functions.js"))) {
    throw new Error(`${DIST} holds no build: run \`npm run build\` first (\`npm test\` does).`);
  }
}
