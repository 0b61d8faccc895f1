/**
 * The engine works on columns: one `Float64Array` per domain or indicator,
 * one element per area. A missing value is `NaN` (the adapters turn blank
 * cells into `NaN`; the engine never turns `NaN` into a number). Results keep
 * `NaN` for areas that could not be scored, together with a reason, so the
 * adapters can show `#N/A` in exactly those cells.
 */
export type Column = Float64Array;

/** True when `value` is a usable number (finite). */
export function isPresent(value: number): boolean {
  return value === value && value !== Infinity && value !== -Infinity;
}

/** Number of present (non-missing) values in a column. */
export function countPresent(values: ArrayLike<number>): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) count++;
  }
  return count;
}

/** A new column that is `values` multiplied by `direction` (1 or -1), NaN kept. */
export function orient(values: ArrayLike<number>, direction: number, out?: Float64Array): Float64Array {
  const n = values.length;
  const result = out ?? new Float64Array(n);
  for (let i = 0; i < n; i++) result[i] = direction * values[i];
  return result;
}

/** Sum of the values (NaN when one is missing: callers check their inputs first). */
export function sumOf(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum;
}

/**
 * A table read one column at a time into a buffer the caller owns. Functions
 * that only need one transformed column at a time (an index, a domain score)
 * take a source rather than every column at once, so Excel's 1,048,575 rows
 * are never held as 7 (or 20) full columns beside the sheet's own arrays.
 */
export interface ColumnSource {
  readonly columnCount: number;
  readonly rowCount: number;
  /** Writes column `column` into `out` (length rowCount), missing values as NaN. */
  readColumn(column: number, out: Float64Array): void;
}

export function isColumnSource(value: unknown): value is ColumnSource {
  return typeof (value as ColumnSource | null)?.readColumn === "function";
}

/**
 * Columns already in memory as a source (the caller checks their lengths).
 * @example columnSource([Float64Array.of(1, 2)]).rowCount // 2
 */
export function columnSource(columns: readonly ArrayLike<number>[]): ColumnSource {
  return {
    columnCount: columns.length,
    rowCount: columns.length ? columns[0].length : 0,
    readColumn(column, out) {
      const values = columns[column];
      for (let i = 0; i < out.length; i++) out[i] = values[i];
    },
  };
}
