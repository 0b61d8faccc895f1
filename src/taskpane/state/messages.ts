import { EngineError } from "../../engine/errors";
import { refusalText } from "../../i18n/engine";
import type { Language } from "../../i18n/language";
import { WORKBOOK_STRINGS } from "../../i18n/workbook";
import { WorkbookError } from "../../workbook/errors";
import { ComputeError } from "../compute/results";
import type { Problem } from "../model/validate";
import type { Strings } from "../strings";

/** Text of an error for a message bar; ComputeErrors say which domain or indicator and what to change. */
export function errorText(error: unknown, strings: Strings, language: Language): string {
  if (error instanceof ComputeError) {
    const { stage, engineError } = error;
    let where: string;
    let argument: string;
    if (stage.kind === "domain") {
      where = strings.errors.domainWhere(strings.domainLabels[stage.domain]);
      argument = stage.indicator ?? strings.domainLabels[stage.domain];
    } else if (stage.kind === "comparator") {
      where = strings.errors.comparatorWhere(stage.column);
      argument = stage.column;
    } else {
      where = strings.errors.indexWhere;
      argument = strings.sheet.score;
    }
    return strings.errors.compute(where, engineText(engineError, argument, language));
  }
  if (error instanceof EngineError) return engineText(error, strings.sheet.score, language);
  // The pane's language, which the user may have switched away from Office's.
  if (error instanceof WorkbookError) return WORKBOOK_STRINGS[language][error.code](error.details);
  return error instanceof Error ? error.message : String(error);
}

/** The engine's refusal in the user's language, naming `argument`. */
export function engineText(error: EngineError, argument: string, language: Language): string {
  return refusalText(language, error.code, error.details, argument);
}

/** What to do about a problem that blocks computing. */
export function problemText(problem: Problem, strings: Strings): string {
  const t = strings.problems;
  switch (problem.kind) {
    case "noArea":
      return t.noArea;
    case "tooFewRows":
      return t.tooFewRows(problem.rows);
    case "noDomains":
      return t.noDomains;
    case "weight":
      return t.weight(strings.domainLabels[problem.domain]);
    case "weightsZero":
      return t.weightsZero;
    case "textInIndicator":
      return t.textInIndicator(problem.column, problem.row + 1, problem.value);
    case "textBetweenIndicators":
      return t.textBetweenIndicators(strings.domainLabels[problem.domain], problem.column);
  }
}
