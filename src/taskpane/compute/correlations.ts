import { type CorrelationTest, correlationTest } from "../../engine/correlationTest";
import { EngineError } from "../../engine/errors";
import type { DataBlock } from "../../workbook/port";
import { columnNamed, type DataAnalysis } from "../model/analyze";
import { numericColumn } from "./results";

/** The MDI against one comparison indicator. */
export interface CorrelationRow {
  readonly column: string;
  readonly pearson: CorrelationTest;
  readonly spearman: CorrelationTest;
}

export interface CorrelationOutcome {
  /** Sorted by |Pearson r|, strongest first. */
  readonly rows: readonly CorrelationRow[];
  /** Comparators the engine refused (all values equal, fewer than 2 pairs …). */
  readonly failed: ReadonlyArray<{ readonly column: string; readonly error: EngineError }>;
}

/**
 * Pearson and Spearman correlation (r, p, n, 95 % interval, strength) of the
 * MDI score with each comparator column, pairs with a missing value on either
 * side dropped (as Excel's CORREL), strongest |r| first.
 */
export function computeCorrelations(
  score: Float64Array,
  block: DataBlock,
  analysis: DataAnalysis,
  comparators: readonly string[],
): CorrelationOutcome {
  const rows: CorrelationRow[] = [];
  const failed: Array<{ column: string; error: EngineError }> = [];
  for (const column of comparators) {
    const info = columnNamed(analysis, column);
    if (!info) continue;
    const values = numericColumn(block, info.index);
    try {
      rows.push({
        column,
        pearson: correlationTest(score, values, "pearson"),
        spearman: correlationTest(score, values, "spearman"),
      });
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      failed.push({ column, error });
    }
  }
  rows.sort((a, b) => Math.abs(b.pearson.r) - Math.abs(a.pearson.r));
  return { rows, failed };
}
