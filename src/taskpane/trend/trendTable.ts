import { DEFAULT_QUANTILES } from "../../engine/constants";
import { WorkbookError } from "../../workbook/errors";
import type { DataBlock } from "../../workbook/port";
import { STRINGS } from "../strings";
import { TREND_TABLE } from "./trendSheet";

/**
 * The trend as the workbook holds it: the table MDI_Ontwikkeling on the sheet MDI ontwikkeling, read back
 * for the briefing. Columns are found by their headers in either language (the table may have been written
 * in the other one).
 */
export interface TrendSummary {
  /** Areas with an MDI in both periods. */
  readonly both: number;
  /** Of those, the areas less deprived in the later period (change < 0). */
  readonly improved: number;
  readonly meanChange: number;
  /** Per earlier decile 1 … 10: areas and their mean change ("two speeds"). */
  readonly byDecile: ReadonlyArray<{ readonly decile: number; readonly areas: number; readonly meanChange: number }>;
  /** Areas in the most deprived decile in both periods. */
  readonly persistent: number;
}

const LANGUAGES = [STRINGS.nl, STRINGS.en];

/** The column of a trend table whose header is `pick`'s text in either language, or -1. */
export function trendColumnOf(
  headers: readonly string[],
  pick: (s: (typeof LANGUAGES)[number]["trend"]["sheet"]) => string,
): number {
  return headers.findIndex((h) => LANGUAGES.some((s) => pick(s.trend.sheet) === h.trim()));
}

/** The summary of a trend table's block, or null when the block is not shaped like one. */
export function parseTrendTable(block: DataBlock): TrendSummary | null {
  const change = trendColumnOf(block.headers, (s) => s.change);
  const earlierDecile = trendColumnOf(block.headers, (s) => s.earlierDecile);
  const laterDecile = trendColumnOf(block.headers, (s) => s.laterDecile);
  if (change < 0 || earlierDecile < 0 || laterDecile < 0) return null;
  const sums = new Array<number>(DEFAULT_QUANTILES).fill(0);
  const counts = new Array<number>(DEFAULT_QUANTILES).fill(0);
  let both = 0;
  let improved = 0;
  let total = 0;
  let persistent = 0;
  for (const row of block.rows) {
    const delta = row[change];
    const before = row[earlierDecile];
    const after = row[laterDecile];
    if (typeof delta !== "number" || typeof before !== "number" || typeof after !== "number") continue;
    both++;
    total += delta;
    if (delta < 0) improved++;
    if (before === 1 && after === 1) persistent++;
    if (before >= 1 && before <= DEFAULT_QUANTILES) {
      sums[before - 1] += delta;
      counts[before - 1]++;
    }
  }
  return {
    both,
    improved,
    meanChange: both ? total / both : NaN,
    byDecile: counts.map((areas, d) => ({ decile: d + 1, areas, meanChange: areas ? sums[d] / areas : NaN })),
    persistent,
  };
}

/**
 * Reads the trend table through `readTable`.
 * @returns null when the workbook has no trend sheet (the trend was not computed) or the table is not one
 */
export async function readTrendSummary(readTable: (name: string) => Promise<DataBlock>): Promise<TrendSummary | null> {
  try {
    return parseTrendTable(await readTable(TREND_TABLE));
  } catch (error) {
    if (error instanceof WorkbookError && error.code === "TABLE_NOT_FOUND") return null;
    throw error;
  }
}
