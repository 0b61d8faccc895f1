/**
 * A stand-in for Excel's `CustomFunctions` global, which does not exist in
 * Node: the Error class and ErrorCode values Excel uses, and an `associate`
 * that records what the bundle registers.
 */
export class StubCustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? "");
    this.name = "CustomFunctions.Error";
  }
}

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export type Registry = Map<string, (...args: unknown[]) => unknown>;

/** Installs the stub on globalThis (idempotent) and returns the registry of associated functions. */
export function installCustomFunctionsStub(): Registry {
  const g = globalThis as unknown as { CustomFunctions?: { registry?: Registry } };
  if (g.CustomFunctions?.registry) return g.CustomFunctions.registry;
  const registry: Registry = new Map();
  g.CustomFunctions = {
    registry,
    Error: StubCustomFunctionError,
    ErrorCode,
    associate(idOrMap: string | Record<string, (...args: unknown[]) => unknown>, fn?: (...args: unknown[]) => unknown) {
      if (typeof idOrMap === "string") registry.set(idOrMap.toUpperCase(), fn!);
      else for (const [id, f] of Object.entries(idOrMap)) registry.set(id.toUpperCase(), f);
    },
  } as never;
  return registry;
}

/** The error a custom function threw or returned in a cell, or undefined. */
export function asExcelError(value: unknown): StubCustomFunctionError | undefined {
  return value instanceof StubCustomFunctionError ? value : undefined;
}

/** Runs `fn` and returns what it threw (failing the test when it returns normally). */
export function thrown(fn: () => unknown): StubCustomFunctionError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StubCustomFunctionError) return error;
    throw new Error(`expected a CustomFunctions.Error, got ${String(error)}`);
  }
  throw new Error("expected a CustomFunctions.Error, but the function returned");
}
