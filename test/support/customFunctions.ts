/**
 * Excel's `CustomFunctions` global does not exist in Node: tests install the
 * same stand-in the browser preview uses (src/preview/calc/customFunctionsShim.ts)
 * — the Error class and ErrorCode values Excel uses, and an `associate` that
 * records what a bundle registers — plus helpers to read what a function threw.
 */
import {
  CustomFunctionError,
  ERROR_CODES,
  installCustomFunctionsShim,
  type AssociatedFunctions,
} from "../../src/preview/calc/customFunctionsShim";

export { CustomFunctionError as StubCustomFunctionError };
export const ErrorCode = ERROR_CODES;
export type Registry = AssociatedFunctions;

/** Installs the stand-in on globalThis (idempotent) and returns the functions associated through it. */
export function installCustomFunctionsStub(): Registry {
  return installCustomFunctionsShim();
}

/** The error a custom function threw or returned in a cell, or undefined. */
export function asExcelError(value: unknown): CustomFunctionError | undefined {
  return value instanceof CustomFunctionError ? value : undefined;
}

/** Runs `fn` and returns what it threw (failing the test when it returns normally). */
export function thrown(fn: () => unknown): CustomFunctionError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CustomFunctionError) return error;
    throw new Error(`expected a CustomFunctions.Error, got ${String(error)}`);
  }
  throw new Error("expected a CustomFunctions.Error, but the function returned");
}
