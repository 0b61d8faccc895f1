import { weightSensitivity } from "../engine";
import { functionStrings } from "../i18n/functions";
import { readMinCoverage, unscoredError, withMinCoverage } from "./coverageInputs";
import { argumentLabel, guarded } from "./errors";
import { paddedTo, readColumns, readNumberVector, usedRows } from "./inputs";
import { readOptionalNumber } from "./vectorInputs";

const ID = "SENSITIVITY";
const parameterOf = withMinCoverage((p) => p ?? "domains");

/**
 * How robust each area's rank is to the weights: nominal rank, median, 5th and 95th percentile rank when every weight is perturbed by up to +/- noise.
 * @customfunction SENSITIVITY
 * @helpurl https://localhost:3000/docs/functions.html#sensitivity
 * @param domains One row per area, one column per domain. Blank cells are missing values.
 * @param [weights] One weight per domain (a row or a column). Default: equal weights.
 * @param [noise] Largest relative change of each weight, 0 to 1 (default 0.25 = +/- 25 %).
 * @param [runs] Number of perturbed runs (default 200).
 * @param [seed] Whole number that fixes the random draws (default 1): the same seed gives the same result.
 * @param [directions] One direction per domain: 1 = higher is more deprived (default), -1 = higher is less deprived.
 * @param [min_coverage] Share of the weight (above 0, at most 1) an area needs, as in =MDI.SCORE; in every run it is scored over the same domains. Default 1.
 * @returns A header row, then per area: nominal rank, median rank, 5th and 95th percentile rank.
 */
export function sensitivity(
  domains: any[][],
  weights?: any[][],
  noise?: number,
  runs?: number,
  seed?: number,
  directions?: any[][],
  min_coverage?: any,
): any[][] {
  return guarded(ID, parameterOf, () => {
    const label = argumentLabel(ID, "domains");
    const { columns, height } = usedRows(readColumns(domains, label));
    const w = readNumberVector(weights, argumentLabel(ID, "weights"));
    const f = readOptionalNumber(noise, argumentLabel(ID, "noise"));
    const r = readOptionalNumber(runs, argumentLabel(ID, "runs"));
    const s = readOptionalNumber(seed, argumentLabel(ID, "seed"));
    const d = readNumberVector(directions, argumentLabel(ID, "directions"));
    const c = readMinCoverage(min_coverage, ID);
    const result = weightSensitivity(columns, {
      minCoverage: c,
      weights: w,
      directions: d,
      noise: f ?? undefined,
      runs: r ?? undefined,
      seed: s ?? undefined,
    });
    const rows: any[][] = [functionStrings().sensitivityHeader.slice()];
    for (let i = 0; i < result.nominal.length; i++) {
      if (!Number.isFinite(result.nominal[i])) {
        const error = unscoredError(ID, label, result, c, i);
        rows.push([error, error, error, error]);
      } else {
        rows.push([result.nominal[i], result.median[i], result.p5[i], result.p95[i]]);
      }
    }
    return paddedTo(rows, 1 + height, 4);
  });
}
