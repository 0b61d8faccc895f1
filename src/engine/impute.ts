import { EngineError } from "./errors";

/**
 * Group imputation (docs/method.md §5): an explicit choice, never a default of
 * the other functions. A blank becomes the population-weighted mean of the
 * same group's areas that have a value — a buurt without a figure gets its
 * wijk's level — and stays blank when its group has no value (or no
 * inhabitants among the areas that have one). Areas without a group stay as
 * they are, and so do areas the caller marks as not to be filled (`fillable`,
 * e.g. from rowsWithValues: a buurt with no figure of its own in a domain —
 * a park, a dock — would otherwise get its wijk's level for every indicator
 * and a score resting on its neighbours alone).
 */
export interface Imputation {
  /** The values with the blanks that could be filled filled. */
  readonly values: Float64Array;
  /** 1 where a blank was filled from its group. */
  readonly imputed: Uint8Array;
}

/**
 * Fills each blank (NaN) with Σ P·x / Σ P over the areas of its group that have a value (P = 1 each without
 * `population`).
 *
 * @param groups group id per area (0 … groupCount − 1, −1 = none), e.g. from `groupIds`
 * @param fillable 1 where an area's blanks may be filled (default: everywhere); its values still count for the group
 * @example imputeByGroup([10, 20, NaN, 5], Int32Array.of(0, 0, 0, 1), 2, [100, 300, 50, 10]).values
 *   // [10, 20, 17.5, 5]: (100·10 + 300·20) / 400
 * @throws {EngineError} TOO_FEW_ROWS (no areas), LENGTH_MISMATCH; PARAMETER_INVALID (parameter "population") for a blank or negative
 *   population of an area whose value is used; NUMBER_INVALID for an infinite value or population
 */
export function imputeByGroup(
  values: ArrayLike<number>,
  groups: Int32Array,
  groupCount: number,
  population: ArrayLike<number> | null = null,
  fillable: ArrayLike<number> | null = null,
): Imputation {
  const n = values.length;
  if (n === 0) throw new EngineError("TOO_FEW_ROWS", "no areas given", { parameter: "values", expected: 1, actual: 0 });
  if (groups.length !== n) {
    throw new EngineError("LENGTH_MISMATCH", "groups need one code per area", {
      parameter: "groups",
      expected: n,
      actual: groups.length,
    });
  }
  if (population && population.length !== n) {
    throw new EngineError("LENGTH_MISMATCH", "population needs one value per area", {
      parameter: "population",
      expected: n,
      actual: population.length,
    });
  }
  const weighted = new Float64Array(groupCount);
  const people = new Float64Array(groupCount);
  for (let i = 0; i < n; i++) {
    const x = values[i];
    if (x !== x) continue;
    if (x === Infinity || x === -Infinity) {
      throw new EngineError("NUMBER_INVALID", `value in row ${i + 1} is infinite`, {
        parameter: "values",
        row: i,
        value: x,
      });
    }
    const g = groups[i];
    if (g < 0) continue;
    const p = population ? donorPopulation(population[i], i) : 1;
    weighted[g] += p * x;
    people[g] += p;
  }
  const out = Float64Array.from(values);
  const imputed = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const g = groups[i];
    if (out[i] === out[i] || g < 0 || !(people[g] > 0) || (fillable && !fillable[i])) continue;
    out[i] = weighted[g] / people[g];
    imputed[i] = 1;
  }
  return { values: out, imputed };
}

/**
 * 1 for each area (row) with a value in at least `minimum` of the columns, else 0: which areas have enough
 * figures of their own for their blanks to be filled (=MDI.IMPUTE's `min_values`).
 * @example rowsWithValues([Float64Array.of(1, NaN, NaN), Float64Array.of(2, 3, NaN)], 1) // Uint8Array [1, 1, 0]
 * @throws {EngineError} PARAMETER_INVALID unless `minimum` is a whole number from 0 to the number of columns
 */
export function rowsWithValues(columns: readonly ArrayLike<number>[], minimum: number): Uint8Array {
  if (!Number.isInteger(minimum) || minimum < 0 || minimum > columns.length) {
    throw new EngineError("PARAMETER_INVALID", `min_values must be a whole number from 0 to ${columns.length}`, {
      parameter: "min_values",
      value: minimum,
      expected: `0–${columns.length}`,
    });
  }
  const n = columns.length ? columns[0].length : 0;
  const counts = new Uint16Array(n); // Excel has at most 16,384 columns
  const result = new Uint8Array(n);
  for (const column of columns) {
    for (let i = 0; i < n; i++) if (column[i] === column[i]) counts[i]++;
  }
  for (let i = 0; i < n; i++) result[i] = counts[i] >= minimum ? 1 : 0;
  return result;
}

/** The population of an area whose value fills its group's blanks: a number ≥ 0. */
function donorPopulation(p: number, row: number): number {
  if (p !== p) {
    throw new EngineError("PARAMETER_INVALID", `population in row ${row + 1} is blank`, {
      parameter: "population",
      row,
      value: "",
    });
  }
  if (p === Infinity || p === -Infinity) {
    throw new EngineError("NUMBER_INVALID", `population in row ${row + 1} is infinite`, {
      parameter: "population",
      row,
      value: p,
    });
  }
  if (p < 0) {
    throw new EngineError("PARAMETER_INVALID", `population in row ${row + 1} is negative`, {
      parameter: "population",
      row,
      value: p,
      expected: "≥ 0",
    });
  }
  return p;
}
