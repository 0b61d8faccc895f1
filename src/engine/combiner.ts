/**
 * Row-wise weighted sums built one column at a time: Σ w_d x_d per area, the
 * first missing weighted column per area, and (for the coverage rule) the
 * weight present per area. A caller that transforms each domain into one
 * reused buffer and adds it here keeps three arrays of n, however many
 * domains there are: at Excel's 1,048,575 rows × 7 that is 20 MB instead of
 * 80 MB of transformed columns to allocate, touch and collect. Columns with
 * weight 0 are left out, missing values and all; a missing value is never 0.
 */
export class ColumnCombiner {
  readonly values: Float64Array;
  readonly missingColumn: Int32Array;
  private readonly present: Float64Array | null;
  private total = 0;

  /** @param trackCoverage keep the weight present per area (needed by `covered`) */
  constructor(rows: number, trackCoverage: boolean) {
    this.values = new Float64Array(rows);
    this.missingColumn = new Int32Array(rows).fill(-1);
    this.present = trackCoverage ? new Float64Array(rows) : null;
  }

  /** Adds w · column (column `d` of the input, named when an area misses it). */
  add(column: ArrayLike<number>, weight: number, d: number): void {
    if (weight === 0) return;
    this.total += weight;
    const { values, missingColumn, present } = this;
    const n = values.length;
    if (present) {
      for (let i = 0; i < n; i++) {
        const v = column[i];
        if (v === v) {
          values[i] += weight * v;
          present[i] += weight;
        } else if (missingColumn[i] < 0) missingColumn[i] = d;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const v = column[i];
      if (v === v) values[i] += weight * v;
      else if (missingColumn[i] < 0) missingColumn[i] = d;
    }
  }

  /** Complete data only: an area missing any weighted column gets NaN, never a partial sum. */
  complete(): { values: Float64Array; missingColumn: Int32Array } {
    const { values, missingColumn } = this;
    for (let i = 0; i < values.length; i++) if (missingColumn[i] >= 0) values[i] = NaN;
    return { values, missingColumn };
  }

  /**
   * The coverage rule (coverage.ts): an area with part of its columns gets Σ_present w·x · Σw / Σ_present w
   * when Σ_present w / Σw reaches `minCoverage`, else NaN; `coverage` is the present share.
   */
  covered(minCoverage: number): { values: Float64Array; missingColumn: Int32Array; coverage: Float64Array } {
    const { values, missingColumn, total } = this;
    const present = this.present;
    if (!present) throw new Error("ColumnCombiner: coverage was not tracked");
    const n = values.length;
    const coverage = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      if (missingColumn[i] < 0) {
        coverage[i] = 1;
        continue;
      }
      const share = present[i] / total;
      coverage[i] = share;
      values[i] = share > 0 && meetsCoverage(share, minCoverage) ? (values[i] * total) / present[i] : NaN;
    }
    return { values, missingColumn, coverage };
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
