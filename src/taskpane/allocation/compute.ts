import { allocate, type Allocation, type AllocationRule } from "../../engine/allocate";
import { EngineError } from "../../engine/errors";
import { imputeByGroup } from "../../engine/impute";
import type { DataBlock } from "../../workbook/port";
import { numericColumn } from "../compute/results";
import { columnNamed, type DataAnalysis } from "../model/analyze";
import { NEED_MDI, type AllocationSettings, type Bound } from "./inputs";
import type { MdiTable } from "./mdiTable";

/**
 * The allocation the panel shows, computed by the engine directly (the same
 * function =MDI.ALLOCATE calls, on the same numbers the sheet will hold), so
 * the figures follow every change of the inputs at once.
 */

/** The numbers per area of the data, in the data's row order. */
export interface AllocationColumns {
  /** Need per data row (NaN = none). */
  readonly need: Float64Array;
  readonly population: Float64Array;
  /** Floors and caps per data row when given by a column (NaN = none for that area). */
  readonly floor: Float64Array | null;
  readonly cap: Float64Array | null;
  /** 1 where the need is the group's average need (the "group average" choice for areas without one). */
  readonly needFilled: Uint8Array | null;
}

/** Areas that have inhabitants but no need value (an MDI without a score): the panel asks what to do with them. */
export interface UnscoredAreas {
  /** Data rows, ascending. */
  readonly rows: Int32Array;
  readonly inhabitants: number;
}

/** The areas with inhabitants and without a need value. */
export function unscoredAreas(columns: Pick<AllocationColumns, "need" | "population">): UnscoredAreas {
  const rows: number[] = [];
  let inhabitants = 0;
  for (let i = 0; i < columns.need.length; i++) {
    const people = columns.population[i];
    if (!Number.isFinite(columns.need[i]) && Number.isFinite(people) && people > 0) {
      rows.push(i);
      inhabitants += people;
    }
  }
  return { rows: Int32Array.from(rows), inhabitants };
}

/**
 * The columns with each missing need replaced by the population-weighted mean need of the same group's areas
 * that have one (=MDI.IMPUTE's rule); a need stays missing where the group has none. Areas without an
 * inhabitant count take no part in the group's mean (they carry no weight), rather than refusing the whole
 * allocation.
 *
 * @param groups group id per data row (−1 = none) and the number of groups, e.g. from `groupIds`
 */
export function withGroupAverageNeed(
  columns: AllocationColumns,
  groups: { readonly ids: Int32Array; readonly count: number },
): AllocationColumns {
  const weights = Float64Array.from(columns.population, (p) => (Number.isFinite(p) && p >= 0 ? p : 0));
  const imputed = imputeByGroup(columns.need, groups.ids, groups.count, weights);
  return { ...columns, need: imputed.values, needFilled: imputed.imputed };
}

/** An allocation over the areas that have a need and a population. */
export interface AllocationOutcome {
  readonly allocation: Allocation;
  /** The data rows allocated to, ascending; allocation.amounts[j] belongs to data row rows[j]. */
  readonly rows: Int32Array;
  /** Data rows left out: no need value or no population. */
  readonly leftOut: number;
  /** Share of the budget that goes elsewhere than equal per head would send it: Σ max(0, decile difference) / budget. */
  readonly shifted: number;
}

/** An engine refusal with the data row it concerns (when it concerns one). */
export class AllocationError extends Error {
  constructor(
    readonly engineError: EngineError,
    /** Zero-based data row, when the engine named a row. */
    readonly dataRow: number | undefined,
  ) {
    super(engineError.message);
    this.name = "AllocationError";
  }
}

function boundColumn(bound: Bound, data: DataBlock, analysis: DataAnalysis): Float64Array | null {
  if (bound?.kind !== "column") return null;
  const info = columnNamed(analysis, bound.column);
  return info ? numericColumn(data, info.index) : new Float64Array(data.rows.length).fill(NaN);
}

/**
 * The per-area numbers the settings ask for: need from the MDI sheet (NEED_MDI) or a data column, population, and
 * floor and cap columns.
 * @throws Error when the need is the MDI score but the MDI table is missing or does not match the data
 */
export function allocationColumns(
  settings: Pick<AllocationSettings, "need" | "population" | "floor" | "cap">,
  data: DataBlock,
  analysis: DataAnalysis,
  mdi: MdiTable | null,
): AllocationColumns {
  const n = data.rows.length;
  let need: Float64Array;
  if (settings.need === NEED_MDI) {
    need = mdi && mdi.rows === n ? mdi.score : new Float64Array(n).fill(NaN);
  } else {
    const info = columnNamed(analysis, settings.need);
    need = info ? numericColumn(data, info.index) : new Float64Array(n).fill(NaN);
  }
  const populationInfo = columnNamed(analysis, settings.population);
  return {
    need,
    population: populationInfo ? numericColumn(data, populationInfo.index) : new Float64Array(n).fill(NaN),
    floor: boundColumn(settings.floor, data, analysis),
    cap: boundColumn(settings.cap, data, analysis),
    needFilled: null,
  };
}

function boundValues(bound: Bound, column: Float64Array | null, rows: Int32Array): number | Float64Array | null {
  if (!bound) return null;
  if (bound.kind === "amount") return bound.value;
  const values = new Float64Array(rows.length);
  for (let j = 0; j < rows.length; j++) values[j] = column ? column[rows[j]] : NaN;
  return values;
}

/**
 * Allocates the budget over the areas with a need value and a population (the
 * others are left out and counted), with the settings' rule, or `rule` instead.
 *
 * @throws {AllocationError} when the engine refuses (negative need, infeasible floors or caps …)
 */
export function runAllocation(
  settings: AllocationSettings,
  columns: AllocationColumns,
  rule: AllocationRule = settings.rule,
): AllocationOutcome {
  const n = columns.need.length;
  const kept: number[] = [];
  for (let i = 0; i < n; i++) {
    if (Number.isFinite(columns.need[i]) && Number.isFinite(columns.population[i])) kept.push(i);
  }
  const rows = Int32Array.from(kept);
  const need = Float64Array.from(rows, (i) => columns.need[i]);
  const population = Float64Array.from(rows, (i) => columns.population[i]);
  let allocation: Allocation;
  try {
    allocation = allocate(settings.budget, need, {
      population,
      rule,
      universalShare: settings.alpha,
      tierWeights: settings.tiers,
      thresholdDecile: settings.threshold,
      floor: boundValues(settings.floor, columns.floor, rows),
      cap: boundValues(settings.cap, columns.cap, rows),
    });
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    const row = error.details.row;
    throw new AllocationError(error, row !== undefined && row < rows.length ? rows[row] : undefined);
  }
  let shifted = 0;
  for (const d of allocation.byDecile) if (d.difference > 0) shifted += d.difference;
  return {
    allocation,
    rows,
    leftOut: n - rows.length,
    shifted: settings.budget > 0 ? shifted / settings.budget : 0,
  };
}
