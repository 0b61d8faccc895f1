import { DEFAULT_QUANTILES } from "./constants";

/** What one need decile receives, against what equal per head would give it. */
export interface DecileAllocation {
  /** Need decile, 1 = the 10 % of areas with the most need. */
  readonly decile: number;
  readonly areas: number;
  readonly population: number;
  /** Whole euros allocated to the decile. */
  readonly amount: number;
  /** amount / population (NaN for a decile without inhabitants). */
  readonly perHead: number;
  /** What the decile would get per head: B · population / Σ population. */
  readonly equalAmount: number;
  /** amount − equalAmount: more (+) or less (−) than equal per head. */
  readonly difference: number;
}

/**
 * Euros, inhabitants and euros per head per need decile, against what equal
 * per head would give each decile. Areas without a decile (no need value) are
 * left out.
 * @example allocationByDecile([600, 400], [1, 1], [1, 2], 1000)[0] // { decile: 1, amount: 600, equalAmount: 500, difference: 100, … }
 */
export function allocationByDecile(
  amounts: ArrayLike<number>,
  population: ArrayLike<number>,
  deciles: ArrayLike<number>,
  budget: number,
  quantiles: number = DEFAULT_QUANTILES,
): DecileAllocation[] {
  const areas = new Float64Array(quantiles);
  const people = new Float64Array(quantiles);
  const euros = new Float64Array(quantiles);
  let totalPopulation = 0;
  for (let i = 0; i < amounts.length; i++) {
    totalPopulation += population[i];
    const d = deciles[i];
    if (d !== d) continue;
    areas[d - 1]++;
    people[d - 1] += population[i];
    euros[d - 1] += amounts[i];
  }
  const result: DecileAllocation[] = [];
  for (let d = 0; d < quantiles; d++) {
    const equalAmount = totalPopulation > 0 ? (budget * people[d]) / totalPopulation : 0;
    result.push({
      decile: d + 1,
      areas: areas[d],
      population: people[d],
      amount: euros[d],
      perHead: people[d] > 0 ? euros[d] / people[d] : NaN,
      equalAmount,
      difference: euros[d] - equalAmount,
    });
  }
  return result;
}

/**
 * Share of the budget going to need deciles 1 … `upTo` (0 for a budget of 0).
 * @example shareOfBudget(allocationByDecile([600, 400], [1, 1], [1, 2], 1000), 1000, 1) // 0.6
 */
export function shareOfBudget(byDecile: readonly DecileAllocation[], budget: number, upTo: number): number {
  if (budget === 0) return 0;
  let sum = 0;
  for (const d of byDecile) if (d.decile <= upTo) sum += d.amount;
  return sum / budget;
}
