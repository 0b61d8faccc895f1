/**
 * The lint rules of our own fire where they should: the engine stays pure (no
 * Office, React or outer layer), and each layer of src imports only the
 * layers below it.
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

/**
 * Lints several files in one ESLint run (one start-up instead of one per file), each as if it
 * were at its path. The same flat config as the CLI; ESLint's API is loaded in a child process
 * for the reason above.
 */
function messagesForFiles(files: Array<{ code: string; file: string }>): string[][] {
  const script = [
    'import { ESLint } from "eslint";',
    'let input = "";',
    "for await (const chunk of process.stdin) input += chunk;",
    "const eslint = new ESLint();",
    "const out = [];",
    "for (const { code, file } of JSON.parse(input)) {",
    "  const [result] = await eslint.lintText(code, { filePath: file });",
    "  out.push(result.messages.map((m) => `${m.ruleId}: ${m.message}`));",
    "}",
    "process.stdout.write(JSON.stringify(out));",
  ].join("\n");
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: ROOT,
    input: JSON.stringify(files),
    encoding: "utf8",
  });
  if (run.status !== 0 || !run.stdout) throw new Error(`eslint did not run: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[][];
}

const fenced = (messages: string[]) => messages.filter((m) => /^no-restricted-(imports|syntax)/.test(m));

describe("layer lint rule: each layer of src imports only the layers below it", () => {
  // [file, import that crosses its fence]
  const crossings: Array<[string, string]> = [
    ["src/engine/x.ts", "../i18n/language"],
    ["src/i18n/x.ts", "../functions/registry"],
    ["src/i18n/x.ts", "../workbook/port"],
    ["src/functions/x.ts", "../workbook/model"],
    ["src/functions/x.ts", "../preview/workbook"],
    ["src/workbook/x.ts", "../engine/rank"],
    ["src/workbook/x.ts", "../functions/registry"],
    ["src/workbook/x.ts", "../preview/calc/formulaParser"],
    ["src/workbook/x.ts", "../excel"],
    ["src/excel/x.ts", "../engine/rank"],
    ["src/excel/x.ts", "../taskpane/TaskPane"],
    ["src/excel/x.ts", "../preview/memory/memoryWorkbook"],
    ["src/taskpane/steps/x.ts", "../../excel"],
    ["src/taskpane/steps/data/x.tsx", "../../../preview/workbook"],
    ["src/taskpane/x.ts", "../functions/registry"],
    ["src/taskpane/x.ts", "../preview/workbook"],
    ["src/taskpane/index.tsx", "../preview/workbook"],
    ["src/preview/components/x.ts", "../../excel/host"],
  ];
  // [file, import within its fence]
  const allowed: Array<[string, string]> = [
    ["src/functions/x.ts", "../engine/rank"],
    ["src/functions/x.ts", "../i18n/language"],
    ["src/workbook/x.ts", "../i18n/language"],
    ["src/excel/x.ts", "../workbook/port"],
    ["src/excel/x.ts", "../i18n/language"],
    ["src/taskpane/plan/x.ts", "../../engine/rank"],
    ["src/taskpane/plan/x.ts", "../../workbook/model"],
    ["src/taskpane/index.tsx", "../excel"],
    ["src/preview/calc/x.ts", "../../functions/registry"],
    ["src/preview/x.ts", "../taskpane/TaskPane"],
    // Folders inside a layer named like a layer are that layer's own.
    ["src/i18n/taskpane/x.ts", "../engine/en"],
    ["src/preview/io/x.ts", "../workbook"],
    ["src/taskpane/steps/data/x.tsx", "../../../workbook/port"],
  ];
  const statically = (from: string) => `import * as m from "${from}";\nexport const x = m;\n`;
  const dynamically = (from: string) => `export const x = () => import("${from}");\n`;
  const cases = [
    ...crossings.map(([file, from]) => ({ file, code: statically(from) })),
    ...crossings.map(([file, from]) => ({ file, code: dynamically(from) })),
    ...allowed.map(([file, from]) => ({ file, code: statically(from) })),
    ...allowed.map(([file, from]) => ({ file, code: dynamically(from) })),
    // The engine's types only, in i18n.
    {
      file: "src/i18n/x.ts",
      code: 'import type { EngineErrorCode } from "../engine/errors";\nexport type C = EngineErrorCode;\n',
    },
    { file: "src/i18n/x.ts", code: 'import { EngineError } from "../engine/errors";\nexport const E = EngineError;\n' },
    {
      file: "src/i18n/engine/x.ts",
      code: 'import { EngineError } from "../../engine/errors";\nexport const E = EngineError;\n',
    },
    // The pane takes the engine's messages from src/i18n, never from src/functions.
    { file: "src/taskpane/state/x.ts", code: statically("../../functions/errors") },
  ];
  let results: string[][];
  beforeAll(() => {
    results = messagesForFiles(cases);
  });
  const resultOf = (index: number) => fenced(results[index]);

  it("refuses every import across a fence, static or dynamic, naming the layer", () => {
    crossings.forEach(([file, from], i) => {
      for (const index of [i, crossings.length + i]) {
        const messages = resultOf(index);
        expect({ file, from, messages }).toEqual({
          file,
          from,
          messages: [expect.stringContaining(`src/${file.split("/")[1]} may not import`)],
        });
      }
    });
  });

  it("allows the imports each layer may make", () => {
    const start = 2 * crossings.length;
    allowed.forEach(([file, from], i) => {
      expect({ file, from, messages: resultOf(start + i) }).toEqual({ file, from, messages: [] });
      expect({ file, from, messages: resultOf(start + allowed.length + i) }).toEqual({ file, from, messages: [] });
    });
  });

  it("lets i18n import the engine's types only, and keeps the pane out of src/functions", () => {
    const start = 2 * crossings.length + 2 * allowed.length;
    expect(resultOf(start)).toEqual([]);
    expect(resultOf(start + 1)).toEqual([expect.stringContaining("src/i18n may import only types from src/engine")]);
    expect(resultOf(start + 2)).toEqual([expect.stringContaining("src/i18n may import only types from src/engine")]);
    expect(resultOf(start + 3)).toEqual([expect.stringContaining("src/taskpane may not import")]);
  });
});
