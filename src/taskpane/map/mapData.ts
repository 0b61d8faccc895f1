import type { CellValue } from "../../workbook/model";
import type { DataBlock } from "../../workbook/port";
import type { MdiTable } from "../allocation/mdiTable";
import { trendColumnOf } from "../trend/trendTable";
import { nameKey, type KeyColumn } from "./join";

/**
 * What the map shows, per area: the MDI results as the sheet MDI holds them
 * (score, rank, national decile, the domains, the coverage), the keys that can
 * join the areas to shapes (the data's text columns: codes and names), and,
 * when the trend was computed, the change in MDI from the sheet MDI
 * ontwikkeling. Rows are the results table's rows, which are the data's rows in
 * order (Compute writes one per data row).
 */
export interface MapRows {
  readonly names: readonly string[];
  readonly keyColumns: readonly KeyColumn[];
  readonly table: MdiTable;
  /** Later − earlier MDI per area (below 0: less deprived), or null without a trend table. */
  readonly change: Float64Array | null;
}

/** A value as the map's keys hold it: text trimmed, a number as its digits, empty otherwise. */
function keyText(value: CellValue | undefined): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return "";
}

/**
 * The data's columns that can name areas: those whose filled cells are mostly text (codes such as
 * BU03630000 and names), with the area column first.
 */
export function keyColumns(data: DataBlock, areaColumn: string | null): KeyColumn[] {
  const columns: KeyColumn[] = [];
  data.headers.forEach((header, c) => {
    let text = 0;
    let filled = 0;
    for (const row of data.rows) {
      const v = row[c];
      if (v === "" || v === undefined) continue;
      filled++;
      if (typeof v === "string") text++;
    }
    if (filled > 0 && text * 2 >= filled) {
      columns.push({ header, values: data.rows.map((row) => keyText(row[c])) });
    }
  });
  columns.sort((a, b) => Number(b.header === areaColumn) - Number(a.header === areaColumn));
  return columns;
}

/** A key as the trend step matched it: the same text, case and spaces aside. */
function sameText(value: string): string {
  return value.replace(/\s+/g, "").toUpperCase();
}

/**
 * The change per area from the trend table (sheet MDI ontwikkeling): matched by the key column the trend
 * was computed on (its first header, a column of the data), else by the area's name. NaN where the trend
 * has no change for the area; null when the block is not a trend table.
 */
export function changeOfRows(trend: DataBlock, data: DataBlock, names: readonly string[]): Float64Array | null {
  const change = trendColumnOf(trend.headers, (s) => s.change);
  const area = trendColumnOf(trend.headers, (s) => s.area);
  if (change < 0) return null;
  const keyColumn = data.headers.indexOf(trend.headers[0]);
  const byKey = keyColumn >= 0 && area !== 0;
  // The key column may hold codes or names (a table without codes is matched on its area names).
  const key = byKey ? sameText : nameKey;
  const from = byKey ? 0 : area;
  if (from < 0) return null;
  const changes = new Map<string, number>();
  for (const row of trend.rows) {
    const value = row[change];
    if (typeof value === "number" && Number.isFinite(value)) changes.set(key(keyText(row[from])), value);
  }
  const keys = byKey ? data.rows.map((row) => keyText(row[keyColumn])) : names;
  return Float64Array.from(keys, (k) => changes.get(key(k)) ?? NaN);
}

/**
 * The map's rows, or null when the results table no longer fits the data (other rows: compute again).
 */
export function mapRows(
  table: MdiTable,
  data: DataBlock,
  areaColumn: string | null,
  trend: DataBlock | null,
): MapRows | null {
  if (table.rows !== data.rows.length) return null;
  const names = table.areas;
  return {
    names,
    keyColumns: keyColumns(data, areaColumn),
    table,
    change: trend ? changeOfRows(trend, data, names) : null,
  };
}
