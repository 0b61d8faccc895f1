/**
 * The `CustomFunctions` global of Excel's custom-functions runtime, for pages
 * that run the functions without Excel (the browser preview): the adapters
 * throw `new CustomFunctions.Error(CustomFunctions.ErrorCode.…, message)` and
 * the metadata plugin appends `CustomFunctions.associate(id, fn)` to each
 * function file, so both must exist before those modules run.
 *
 * Installing is idempotent and never replaces a runtime that is already there
 * (Excel's own, or a test's stub).
 */

/** Excel's error values a custom function may return (CustomFunctions.ErrorCode). */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** An Excel error value raised or returned by a custom function. */
export class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? "");
    this.name = "CustomFunctions.Error";
  }
}

export type AssociatedFunctions = Map<string, (...args: unknown[]) => unknown>;

interface Runtime {
  Error: new (code: string, message?: string) => Error;
  ErrorCode: Record<string, string>;
  associate(
    idOrMap: string | Record<string, (...args: unknown[]) => unknown>,
    fn?: (...args: unknown[]) => unknown,
  ): void;
  /** The functions `associate` recorded, by upper-case id (only on this shim). */
  associated?: AssociatedFunctions;
}

/**
 * Puts a `CustomFunctions` runtime on globalThis unless one exists.
 * @returns the functions associated through the shim (an empty map when another runtime was already installed)
 * @example installCustomFunctionsShim(); new CustomFunctions.Error("#N/A", "no data").code // "#N/A"
 */
export function installCustomFunctionsShim(): AssociatedFunctions {
  const g = globalThis as unknown as { CustomFunctions?: Runtime };
  if (g.CustomFunctions) return g.CustomFunctions.associated ?? new Map();
  const associated: AssociatedFunctions = new Map();
  g.CustomFunctions = {
    Error: CustomFunctionError,
    ErrorCode: { ...ERROR_CODES },
    associate(idOrMap, fn) {
      if (typeof idOrMap === "string") {
        if (fn) associated.set(idOrMap.toUpperCase(), fn);
      } else {
        for (const [id, f] of Object.entries(idOrMap)) associated.set(id.toUpperCase(), f);
      }
    },
    associated,
  };
  return associated;
}

/**
 * The Excel error code of a value a custom function threw or returned (an
 * instance of whichever `CustomFunctions.Error` is installed), else undefined.
 */
export function customFunctionErrorCode(value: unknown): { code: string; message: string } | undefined {
  if (!(value instanceof Error)) return undefined;
  const runtime = (globalThis as unknown as { CustomFunctions?: Runtime }).CustomFunctions;
  const code = (value as { code?: unknown }).code;
  const isRuntimeError = runtime !== undefined && value instanceof runtime.Error;
  if ((isRuntimeError || value instanceof CustomFunctionError) && typeof code === "string") {
    return { code, message: value.message };
  }
  return undefined;
}
