import { EngineError, allocate as allocateBudget } from "../engine";
import { ALLOCATION_RULE, parseChoice } from "./choices";
import { argumentLabel, guarded } from "./errors";
import { asMatrix, readNumberVector } from "./inputs";
import { readMethod, readOptionalNumber, readVector, shapeVector } from "./vectorInputs";

const ID = "ALLOCATE";
/** The rule's α, tier weights and k are one argument in Excel: `parameter`. */
const ARGUMENT_OF: Readonly<Record<string, string>> = {
  universalShare: "parameter",
  tierWeights: "parameter",
  thresholdDecile: "parameter",
};
const parameterOf = (p: string | undefined) => (p === undefined ? "need" : (ARGUMENT_OF[p] ?? p));

/**
 * Budget per area by need, in whole euros that add up exactly to the budget (largest remainder); rules per head, by need, population x need, proportionate universalism, tiers or threshold, with optional floors and caps.
 * @customfunction ALLOCATE
 * @helpurl https://localhost:3000/docs/functions.html#allocate
 * @param budget Total to allocate, in whole euros.
 * @param need One need value per area, higher = more need (e.g. the MDI score).
 * @param [population] Inhabitants per area. Default: every area counts as 1.
 * @param [rule] "popneed" (default: population x need), "perhead", "need", "universal", "tiers" or "threshold".
 * @param [parameter] universal: the universal share alpha, 0 to 1 (default 0.5); tiers: one weight per decile, most deprived first; threshold: k, only deciles 1 to k receive (default 1).
 * @param [floor] Lowest amount per area: one number for all areas, or one per area (blank = none).
 * @param [cap] Highest amount per area: one number for all areas, or one per area (blank = none).
 * @returns One amount in whole euros per area.
 */
export function allocate(
  budget: number,
  need: any[][],
  population?: any[][],
  rule?: string,
  parameter?: any[][],
  floor?: any[][],
  cap?: any[][],
): any[][] {
  return guarded(ID, parameterOf, () => {
    const total = readOptionalNumber(budget, argumentLabel(ID, "budget"));
    if (total === null) {
      throw new EngineError("PARAMETER_INVALID", "no budget given", {
        parameter: "budget",
        value: "",
        expected: "0, 1, 2, …",
      });
    }
    const needs = readVector(need, argumentLabel(ID, "need"));
    const people = population == null ? null : readVector(population, argumentLabel(ID, "population")).values;
    const name = readMethod(rule, argumentLabel(ID, "rule"), "popneed");
    const chosen = name ? parseChoice(ALLOCATION_RULE, name) : "popneed";
    const parameterLabel = argumentLabel(ID, "parameter");
    const result = allocateBudget(total, needs.values, {
      population: people,
      rule: chosen,
      universalShare: chosen === "universal" ? readOptionalNumber(parameter, parameterLabel) : null,
      thresholdDecile: chosen === "threshold" ? readOptionalNumber(parameter, parameterLabel) : null,
      tierWeights: chosen === "tiers" ? readNumberVector(parameter, parameterLabel) : null,
      floor: readBound(floor, argumentLabel(ID, "floor")),
      cap: readBound(cap, argumentLabel(ID, "cap")),
    });
    return shapeVector(result.amounts.length, needs.orientation, (i) => result.amounts[i]);
  });
}

/** A floor or cap: one number for every area, one value per area (blank = none), or null when omitted. */
function readBound(arg: unknown, argument: string): number | Float64Array | null {
  if (arg === null || arg === undefined) return null;
  const matrix = asMatrix(arg, argument);
  if (matrix.length === 1 && matrix[0].length === 1) return readOptionalNumber(matrix[0][0], argument);
  return readVector(matrix, argument).values;
}
