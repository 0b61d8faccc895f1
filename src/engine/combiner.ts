import type { CompositeResult } from "./compositeResult";

/**
 * Row-wise weighted sums built one column at a time: Σ w_d x_d per area, the
 * first missing weighted column per area, and (for the coverage rule) the
 * weight present per area. A caller that transforms each domain into one
 * reused buffer and adds it here keeps three arrays of n, however many
 * domains there are: at Excel's 1,048,575 rows × 7 that is 20 MB instead of
 * 80 MB of transformed columns to allocate, touch and collect. Columns with
 * weight 0 are left out, missing values and all; a missing value is never 0.
 *
 * The first-missing-column array is made when the first missing value is
 * added (or when asked for): complete data never allocates or touches it
 * (4 MB at Excel's full sheet; on a virtual machine first touches are dear).
 */
export class ColumnCombiner implements CompositeResult {
  readonly values: Float64Array;
  private missing: Int32Array | null = null;
  private readonly present: Float64Array | null;
  private total = 0;
  /** Share of the weight present per area, once `covered` has applied the rule. */
  coverage: Float64Array | undefined;

  /** @param trackCoverage keep the weight present per area (needed by `covered`) */
  constructor(rows: number, trackCoverage: boolean) {
    this.values = new Float64Array(rows);
    this.present = trackCoverage ? new Float64Array(rows) : null;
  }

  /** First missing weighted column per area, −1 when the area has every value. */
  get missingColumn(): Int32Array {
    return (this.missing ??= new Int32Array(this.values.length).fill(-1));
  }

  /** Adds w · column (column `d` of the input, named when an area misses it). */
  add(column: ArrayLike<number>, weight: number, d: number): void {
    if (weight === 0) return;
    this.total += weight;
    if (this.present) this.addCounting(column, weight, d, this.present);
    else this.addComplete(column, weight, d);
  }

  /** Without coverage: an area missing a value becomes NaN at once and stays NaN (NaN + x is NaN). */
  private addComplete(column: ArrayLike<number>, weight: number, d: number): void {
    const values = this.values;
    for (let i = 0; i < values.length; i++) {
      const v = column[i];
      if (v === v) values[i] += weight * v;
      else {
        values[i] = NaN;
        this.markMissing(i, d);
      }
    }
  }

  /** With coverage: the partial sum is kept, with the weight present, for `covered` to judge. */
  private addCounting(column: ArrayLike<number>, weight: number, d: number, present: Float64Array): void {
    const values = this.values;
    for (let i = 0; i < values.length; i++) {
      const v = column[i];
      if (v === v) {
        values[i] += weight * v;
        present[i] += weight;
      } else this.markMissing(i, d);
    }
  }

  private markMissing(row: number, d: number): void {
    const missing = this.missingColumn;
    if (missing[row] < 0) missing[row] = d;
  }

  /** Complete data only: an area missing any weighted column has NaN, never a partial sum. */
  complete(): CompositeResult {
    return this;
  }

  /**
   * The coverage rule (coverage.ts): an area with part of its columns gets Σ_present w·x · Σw / Σ_present w
   * when Σ_present w / Σw reaches `minCoverage`, else NaN; `coverage` is the present share.
   */
  covered(minCoverage: number): CompositeResult & { coverage: Float64Array } {
    const { values, missing, total } = this;
    const present = this.present;
    if (!present) throw new Error("ColumnCombiner: coverage was not tracked");
    const n = values.length;
    const coverage = new Float64Array(n).fill(1);
    if (missing) {
      for (let i = 0; i < n; i++) {
        if (missing[i] < 0) continue;
        const share = present[i] / total;
        coverage[i] = share;
        values[i] = share > 0 && meetsCoverage(share, minCoverage) ? (values[i] * total) / present[i] : NaN;
      }
    }
    this.coverage = coverage;
    return this as CompositeResult & { coverage: Float64Array };
  }
}

/**
 * Slack when comparing a present share with the threshold: 0.5 + 0.2 must count as 0.7 whatever the
 * rounding of the sum.
 */
const COVERAGE_TOLERANCE = 1e-12;

/** Whether a present share reaches the threshold. */
export function meetsCoverage(share: number, minCoverage: number): boolean {
  return share >= minCoverage - COVERAGE_TOLERANCE;
}
