/**
 * The engine stays pure: the lint rule that enforces it fires on an engine
 * file that reaches for Office, React or an outer layer.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const ROOT = resolve(__dirname, "..");

/** ESLint run as users run it (its flat config is an ES module, which Jest's VM cannot import). */
async function messagesFor(code: string, file: string): Promise<string[]> {
  const run = spawnSync(
    process.execPath,
    [resolve(ROOT, "node_modules/eslint/bin/eslint.js"), "--stdin", "--stdin-filename", file, "--format", "json"],
    { cwd: ROOT, input: code, encoding: "utf8" },
  );
  if (!run.stdout) throw new Error(`eslint did not run: ${run.stderr}`);
  const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>;
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe("engine purity lint rule", () => {
  it("refuses React, Office and outer-layer imports in src/engine", async () => {
    const code = [
      'import * as React from "react";',
      'import { guarded } from "../functions/errors";',
      "export const x = [React, guarded];",
      "",
    ].join("\n");
    const messages = await messagesFor(code, "src/engine/impure.ts");
    expect(messages.filter((m) => m.startsWith("no-restricted-imports"))).toHaveLength(2);
  });

  it("refuses the Office and CustomFunctions globals in src/engine", async () => {
    const code = "export const y = () => [Office.context, new CustomFunctions.Error()];\n";
    const messages = await messagesFor(code, "src/engine/impure.ts");
    expect(messages.filter((m) => m.startsWith("no-restricted-globals"))).toHaveLength(2);
  });

  it("allows the same code outside the engine", async () => {
    const code = "export const y = () => [Office.context];\n";
    const messages = await messagesFor(code, "src/functions/ok.ts");
    expect(messages.filter((m) => m.startsWith("no-restricted"))).toHaveLength(0);
  });
});
