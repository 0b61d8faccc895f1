/**
 * No module in src/ reaches itself through its imports. A cycle means two
 * modules share a boundary that neither owns; it also makes the order in
 * which bundlers and Jest evaluate them matter. Type-only imports count: they
 * tie two files together for a reader as much as a value import does. The
 * graph is madge's (its TypeScript detective, resolving as tsconfig.json does).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import madge from "madge";

const ROOT = resolve(__dirname, "..");

/** The import cycles among the TypeScript files under `folder`, each as its files in import order. */
async function importCycles(folder: string): Promise<string[][]> {
  const graph = await madge(folder, {
    fileExtensions: ["ts", "tsx"],
    tsConfig: join(ROOT, "tsconfig.json"),
    detectiveOptions: { ts: { skipTypeImports: false }, tsx: { skipTypeImports: false } },
  });
  const skipped = graph.warnings().skipped;
  if (skipped.length) throw new Error(`imports that could not be resolved: ${skipped.join(", ")}`);
  return graph.circular();
}

/** Each cycle as "a.ts → b.ts → a.ts". */
function asChains(cycles: string[][]): string[] {
  return cycles.map((files) => [...files, files[0]].join(" → "));
}

describe("import cycles", () => {
  it("finds none in src/", async () => {
    expect(asChains(await importCycles(join(ROOT, "src")))).toEqual([]);
  });

  it("would find one, named by its files, made of type-only imports", async () => {
    const folder = mkdtempSync(join(tmpdir(), "mdi-cycle-"));
    try {
      writeFileSync(join(folder, "notice.ts"), 'import type { Pane } from "./pane";\nexport type Notice = Pane[];\n');
      writeFileSync(join(folder, "pane.tsx"), 'import type { Notice } from "./notice";\nexport type Pane = Notice;\n');
      expect(asChains(await importCycles(folder))).toEqual(["notice.ts → pane.tsx → notice.ts"]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
