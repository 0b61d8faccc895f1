import { EngineError } from "../../src/engine";

/** Runs `fn` and returns the EngineError it threw (failing the test when it returns or throws anything else). */
export function engineError(fn: () => unknown): EngineError {
  try {
    fn();
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw error;
  }
  throw new Error("expected an EngineError");
}
