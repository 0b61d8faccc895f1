import {
  type CorrelationMethod,
  MIN_PAIRS_FOR_INTERVAL,
  MIN_PAIRS_FOR_P,
  correlation,
  correlationTest,
} from "../engine";
import { ENGINE_STRINGS } from "../i18n/engine";
import { FUNCTION_STRINGS } from "../i18n/functions";
import { currentLanguage } from "../i18n/language";
import { CORRELATION_METHOD, parseChoice } from "./choices";
import { InputError, argumentLabel, excelError, guarded, inputMessages } from "./errors";
import { readFlag, readMethod, readNumbersLeniently } from "./vectorInputs";

const ID = "CORREL";
const NA = "#N/A" as CustomFunctions.ErrorCode;
const parameterOf = (p: string | undefined) => p ?? "x";

/**
 * Correlation of two ranges: Pearson (as Excel's CORREL), Spearman or Kendall tau-b; with detail, also p, n, 95 % interval and strength.
 * @customfunction CORREL
 * @helpurl https://localhost:3000/docs/functions.html#correl
 * @param x First range, e.g. the MDI score per area. Pairs with a blank, text or TRUE/FALSE on either side are left out.
 * @param y Second range of the same size, e.g. a comparison indicator such as turnout.
 * @param [method] "pearson" (default), "spearman" (Pearson of the ranks) or "kendall" (tau-b).
 * @param [detail] FALSE (default): the coefficient only. TRUE: 6 rows with the coefficient, p (two-sided), n, 95% interval and strength.
 * @returns The coefficient, or a 6 × 2 table with labels when detail is TRUE.
 */
export function correl(x: any[][], y: any[][], method?: string, detail?: boolean): any[][] {
  return guarded(ID, parameterOf, () => {
    const xs = readNumbersLeniently(x, argumentLabel(ID, "x"));
    const ys = readNumbersLeniently(y, argumentLabel(ID, "y"));
    if (xs.length !== ys.length) {
      // Excel's CORREL gives #N/A for ranges with different numbers of cells.
      throw new InputError(NA, inputMessages().sizeMismatch(argumentLabel(ID, "y"), xs.length, ys.length));
    }
    const m = readMethod(method, argumentLabel(ID, "method"), "spearman");
    const chosen: CorrelationMethod = m ? parseChoice(CORRELATION_METHOD, m) : "pearson";
    if (!readFlag(detail, argumentLabel(ID, "detail"))) return [[correlation(xs, ys, chosen)]];

    const test = correlationTest(xs, ys, chosen);
    const language = currentLanguage();
    const labels = FUNCTION_STRINGS[language].correl;
    const orMissing = (value: number | undefined, minimum: number, what: string) =>
      value === undefined ? excelError(NA, inputMessages().tooFewPairs(what, minimum)) : value;
    return [
      [labels[chosen], test.r],
      [labels.p, orMissing(test.p, MIN_PAIRS_FOR_P, labels.p)],
      [labels.n, test.n],
      [labels.low, orMissing(test.low, MIN_PAIRS_FOR_INTERVAL[chosen], labels.low)],
      [labels.high, orMissing(test.high, MIN_PAIRS_FOR_INTERVAL[chosen], labels.high)],
      [labels.strength, ENGINE_STRINGS[language].strength[test.strength]],
    ];
  });
}
