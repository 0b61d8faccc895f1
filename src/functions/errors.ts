import { EngineError, type EngineErrorCode } from "../engine/errors";
import { refusalText } from "../i18n/engine";
import { type FunctionStrings, functionStrings } from "../i18n/functions";
import { currentLanguage } from "../i18n/language";
import { DUTCH } from "./translations";

/**
 * The one table from engine refusals to Excel errors. Only #VALUE! and #N/A
 * can carry a message in Excel (a custom function's #DIV/0! is bare), so no
 * spread and too few values give #VALUE! with the message saying which column
 * and why, where Excel's own CORREL and STDEV would show a bare #DIV/0!;
 * #NUM! stays for impossible numbers (a geometric mean over values ≤ 0).
 */
export const EXCEL_ERROR_OF: Record<EngineErrorCode, CustomFunctions.ErrorCode> = {
  TOO_FEW_ROWS: "#VALUE!" as CustomFunctions.ErrorCode,
  WEIGHT_COUNT: "#VALUE!" as CustomFunctions.ErrorCode,
  WEIGHT_INVALID: "#VALUE!" as CustomFunctions.ErrorCode,
  WEIGHT_ZERO: "#VALUE!" as CustomFunctions.ErrorCode,
  DIRECTION_COUNT: "#VALUE!" as CustomFunctions.ErrorCode,
  DIRECTION_INVALID: "#VALUE!" as CustomFunctions.ErrorCode,
  METHOD_UNKNOWN: "#VALUE!" as CustomFunctions.ErrorCode,
  NOT_POSITIVE: "#NUM!" as CustomFunctions.ErrorCode,
  ZERO_VARIANCE: "#VALUE!" as CustomFunctions.ErrorCode,
  LENGTH_MISMATCH: "#VALUE!" as CustomFunctions.ErrorCode,
  PARAMETER_INVALID: "#VALUE!" as CustomFunctions.ErrorCode,
  TOO_FEW_VALUES: "#VALUE!" as CustomFunctions.ErrorCode,
  NUMBER_INVALID: "#NUM!" as CustomFunctions.ErrorCode,
  INFEASIBLE: "#VALUE!" as CustomFunctions.ErrorCode,
};

const WITH_MESSAGE = new Set<string>(["#VALUE!", "#N/A"]);

/** A refusal raised by an adapter while reading Excel's arguments. */
export class InputError extends Error {
  constructor(
    readonly excelCode: CustomFunctions.ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "InputError";
  }
}

/** A CustomFunctions.Error with the message where Excel can show one. */
export function excelError(code: CustomFunctions.ErrorCode, message: string): CustomFunctions.Error {
  return WITH_MESSAGE.has(code) ? new CustomFunctions.Error(code, message) : new CustomFunctions.Error(code);
}

/** The user's name of a parameter: the Dutch one in Dutch Excel. */
export function argumentLabel(functionId: string, parameter: string): string {
  if (currentLanguage() === "nl") return DUTCH[functionId]?.parameters[parameter]?.name ?? parameter;
  return parameter;
}

/** Messages in the user's language for adapter-level problems. */
export function inputMessages(): FunctionStrings["inputs"] {
  return functionStrings().inputs;
}

/**
 * Turns anything thrown while computing into a CustomFunctions.Error: engine
 * refusals by the table above, adapter refusals as raised, and anything else
 * as #VALUE! with a message (never a bare #VALUE!).
 *
 * @param parameterOf maps an engine parameter name to the function's argument
 */
export function toExcelError(
  error: unknown,
  functionId: string,
  parameterOf: (enginParameter: string | undefined) => string,
): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof InputError) return excelError(error.excelCode, error.message);
  if (error instanceof EngineError) {
    const argument = argumentLabel(functionId, parameterOf(error.details.parameter));
    const message = refusalText(currentLanguage(), error.code, error.details, argument);
    return excelError(EXCEL_ERROR_OF[error.code], message);
  }
  const text = error instanceof Error ? error.message : String(error);
  return excelError("#VALUE!" as CustomFunctions.ErrorCode, inputMessages().internal(text));
}

/**
 * Runs a custom function body and converts whatever it throws: the one place
 * every function goes through so that no exception reaches Excel unhandled.
 */
export function guarded<T>(
  functionId: string,
  parameterOf: (engineParameter: string | undefined) => string,
  body: () => T,
): T {
  try {
    return body();
  } catch (error) {
    throw toExcelError(error, functionId, parameterOf);
  }
}
