/**
 * The one error the engine throws. Every refusal carries a `code` that the
 * adapters map to an Excel error and a localised message (see
 * `src/functions/errors.ts`), plus the details a message needs to name the
 * argument, the column or the value that is wrong.
 */
export type EngineErrorCode =
  /** No rows, or fewer rows than the method needs. */
  | "TOO_FEW_ROWS"
  /** Number of weights differs from the number of columns. */
  | "WEIGHT_COUNT"
  /** A weight is negative, not finite or not a number. */
  | "WEIGHT_INVALID"
  /** All weights are zero. */
  | "WEIGHT_ZERO"
  /** Number of directions differs from the number of columns. */
  | "DIRECTION_COUNT"
  /** A direction other than 1 or -1. */
  | "DIRECTION_INVALID"
  /** An unknown method name. */
  | "METHOD_UNKNOWN"
  /** A value that must be > 0 (geometric mean) is not. */
  | "NOT_POSITIVE"
  /** All values of a column are equal: no spread to normalise by. */
  | "ZERO_VARIANCE"
  /** Two inputs that must have the same length do not. */
  | "LENGTH_MISMATCH"
  /** A parameter outside its allowed range (e.g. quantiles < 1). */
  | "PARAMETER_INVALID"
  /** Not enough complete pairs or values to compute a statistic. */
  | "TOO_FEW_VALUES"
  /** A number that cannot be used (infinite, or beyond what the method allows). */
  | "NUMBER_INVALID"
  /** Constraints that cannot all hold (e.g. floors above the budget). */
  | "INFEASIBLE";

export interface EngineErrorDetails {
  /** Zero-based column (domain/indicator) the error is about. */
  column?: number;
  /** Zero-based row the error is about. */
  row?: number;
  /** The offending value, for messages. */
  value?: number | string;
  /** What was expected (a count, a bound). */
  expected?: number | string;
  /** What was found. */
  actual?: number | string;
  /** Free-form name of the parameter concerned (engine-side name). */
  parameter?: string;
}

export class EngineError extends Error {
  readonly code: EngineErrorCode;
  readonly details: EngineErrorDetails;

  constructor(code: EngineErrorCode, message: string, details: EngineErrorDetails = {}) {
    super(message);
    this.name = "EngineError";
    this.code = code;
    this.details = details;
  }
}

export function isEngineError(error: unknown): error is EngineError {
  return error instanceof EngineError;
}
