/**
 * Row-wise combinations of columns (one column per domain, one row per area).
 * An area with a missing value in any column with a non-zero weight gets NaN,
 * and `missingColumn` says which column was missing first (−1 = complete);
 * a missing value is never read as 0. Columns with weight 0 are ignored.
 */
export interface CompositeResult {
  readonly values: Float64Array;
  /** First missing column per area, −1 when the area has every value. */
  readonly missingColumn: Int32Array;
  /**
   * Share of the weight present per area (0–1), given when a coverage threshold below 1 was
   * applied (see coverage.ts): an area scored over part of its columns has a finite value here
   * below 1 and a first missing column ≥ 0.
   */
  readonly coverage?: Float64Array;
}
