import { FUNCTIONS } from "../../functions/registry";
import type { CellError, CellValue } from "../../workbook/model";
import { customFunctionErrorCode } from "./customFunctionsShim";
import { formulaMessages } from "./formulaMessages";

/**
 * Calling the add-in's custom functions the way Excel does, for the in-memory
 * workbook: omitted optional arguments as null, and whatever the function
 * returns or throws turned into cell values and CellErrors. (Names are
 * resolved as Excel resolves them in functionNames.ts.)
 */

/** A formula's result as a rectangle of values, row-major. */
export type Matrix = unknown[][];

export function cellError(error: string, message?: string): CellError {
  return message === undefined ? { error } : { error, message };
}

export function isCellError(value: unknown): value is CellError {
  return typeof value === "object" && value !== null && typeof (value as CellError).error === "string";
}

/** A CellError for whatever a function threw: its CustomFunctions.Error, or #VALUE! with the message. */
export function thrownToCellError(error: unknown): CellError {
  const excel = customFunctionErrorCode(error);
  if (excel) return cellError(excel.code, excel.message || undefined);
  const text = error instanceof Error ? error.message : String(error);
  return cellError("#VALUE!", formulaMessages().internal(text));
}

const NUM_ERROR: CellError = { error: "#NUM!" };

/**
 * One element of a function's result as a cell shows it: null → 0 (Excel
 * shows 0 for null inside an array), NaN/±Infinity → #NUM!, errors → CellError.
 */
export function toCellValue(x: unknown): CellValue | CellError {
  switch (typeof x) {
    case "number":
      return Number.isFinite(x) ? x : NUM_ERROR;
    case "string":
    case "boolean":
      return x;
    case "undefined":
      return 0;
    case "object":
      if (x === null) return 0;
      if (isCellError(x)) return x;
      if (customFunctionErrorCode(x)) return thrownToCellError(x);
      return cellError("#VALUE!", formulaMessages().notValue);
    default:
      return cellError("#VALUE!", formulaMessages().notValue);
  }
}

/** A function's result as a rectangle (a scalar is 1 × 1; a 1-D array is one row), or an error. */
export function resultMatrix(result: unknown): Matrix | CellError {
  if (result !== null && typeof result === "object" && typeof (result as { then?: unknown }).then === "function") {
    return cellError("#VALUE!", formulaMessages().pending);
  }
  if (!Array.isArray(result)) return [[result]];
  if (result.length === 0) return cellError("#VALUE!", formulaMessages().empty);
  if (!Array.isArray(result[0])) return [result];
  for (const row of result) if (!Array.isArray(row)) return cellError("#VALUE!", formulaMessages().notValue);
  if ((result[0] as unknown[]).length === 0) return cellError("#VALUE!", formulaMessages().empty);
  return result as Matrix;
}

/**
 * Calls a registered function with Excel's argument conventions: arguments
 * left out at the end arrive as null, as Excel passes them.
 * @returns what the function returned, or a CellError for what it threw
 */
export function callFunction(id: string, args: unknown[]): unknown {
  const fn = FUNCTIONS[id];
  const padded = args.length < fn.length ? args.concat(new Array(fn.length - args.length).fill(null)) : args;
  try {
    return fn(...padded);
  } catch (error) {
    return thrownToCellError(error);
  }
}
