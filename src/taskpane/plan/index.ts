import type { OutputSheet } from "../../workbook/port";
import { calculationLayout, calculationSheet, unusedCalculationSheet } from "./calculationSheet";
import type { PlanInput } from "./planInput";
import { resultsSheet } from "./resultsSheet";

export { correlationSheet } from "./correlationSheet";
export { methodLines, missingOutcome, type MissingOutcome } from "./methodText";
export { describeSource, TABLE_NAMES, type PlanInput } from "./planInput";

/**
 * The sheets one "Compute" writes: in formulas mode the calculation sheet and
 * the MDI sheet that refers to it; in values mode the MDI sheet alone, plus a
 * "not in use" calculation sheet when one is left from an earlier formulas run
 * (the port cannot delete sheets).
 */
export function computePlan(input: PlanInput, options: { calculationSheetExists: boolean }): OutputSheet[] {
  if (input.config.output === "formulas") {
    const layout = calculationLayout(input);
    return [calculationSheet(input, layout), resultsSheet(input, layout)];
  }
  const sheets = [resultsSheet(input, null)];
  if (options.calculationSheetExists) sheets.unshift(unusedCalculationSheet(input));
  return sheets;
}
