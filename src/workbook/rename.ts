import { quoteSheetName } from "./model";
import type { CellInput, OutputSheet } from "./port";

/**
 * Output written to other sheets than planned: "MDI" → "MDI (2)", when the
 * user chooses a new sheet over replacing one, or when the planned name is
 * the sheet the data comes from. Plain data in, plain data out.
 */

/**
 * The first of "name (2)", "name (3)", … that no sheet in `taken` has (compared as Excel does, ignoring case),
 * shortened to Excel's 31 characters.
 * @example freeSheetName("MDI", ["mdi", "MDI (2)"]) // "MDI (3)"
 */
export function freeSheetName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toUpperCase()));
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = name.slice(0, 31 - suffix.length) + suffix;
    if (!used.has(candidate.toUpperCase())) return candidate;
  }
}

/**
 * The name a table of ours gets on a sheet written under another name: "MDI_Resultaten" on "MDI (2)" is
 * "MDI_Resultaten_2" (table names are unique in a workbook, and the old sheet keeps its table).
 * @example renamedTable("MDI_Resultaten", "MDI (2)") // "MDI_Resultaten_2"
 */
export function renamedTable(table: string, sheet: string): string {
  const suffix = /\((\d+)\)$/.exec(sheet)?.[1];
  return suffix ? `${table}_${suffix}` : table;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The sheets with `renames` (old name → new name) applied: their names, the
 * references to them in formulas and chart series ('MDI berekening'!C2), and
 * their tables' names (suffixed "_2" for "(2)", as table names are unique in
 * the workbook and the old sheet keeps its tables).
 */
export function renameSheets(sheets: readonly OutputSheet[], renames: ReadonlyMap<string, string>): OutputSheet[] {
  if (renames.size === 0) return [...sheets];
  const byUpper = new Map([...renames].map(([from, to]) => [from.toUpperCase(), to]));
  const pattern = new RegExp(
    `(^|[^A-Za-z0-9_.'])(${[...renames.keys()]
      .map((from) => `'${escapeRegExp(from.replace(/'/g, "''"))}'|${escapeRegExp(from)}`)
      .join("|")})!`,
    "gi",
  );
  const retarget = (text: string): string =>
    text.replace(pattern, (_, before: string, sheet: string) => {
      const name = sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
      return `${before}${quoteSheetName(byUpper.get(name.toUpperCase()) ?? name)}!`;
    });
  const cell = (input: CellInput): CellInput =>
    typeof input === "object" && input !== null ? { formula: retarget(input.formula) } : input;
  return sheets.map((sheet) => {
    const to = byUpper.get(sheet.name.toUpperCase());
    return {
      ...sheet,
      name: to ?? sheet.name,
      tables: sheet.tables.map((t) => ({
        ...t,
        name: to ? renamedTable(t.name, to) : t.name,
        rows: t.rows.map((row) => row.map(cell)),
      })),
      blocks: sheet.blocks.map((b) => ({ ...b, rows: b.rows.map((row) => row.map(cell)) })),
      charts: sheet.charts.map((c) => ({
        ...c,
        series: c.series.map((s) => ({
          ...s,
          values: retarget(s.values),
          categories: s.categories === undefined ? undefined : retarget(s.categories),
          xValues: s.xValues === undefined ? undefined : retarget(s.xValues),
        })),
      })),
    };
  });
}
