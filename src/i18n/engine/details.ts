import type { EngineErrorDetails } from "../../engine/errors";
import type { Language } from "../language";
import { NUMBER_LOCALE } from "../locale";

/**
 * Pieces of a refusal's text built from its details the same way in every
 * language; the words come from the language's catalogue.
 */

/**
 * " 2" for the zero-based index 1, "" when there is none: "weight 2", "weight".
 * @example ordinal(1) // " 2"
 */
export function ordinal(index: number | undefined): string {
  return index === undefined ? "" : ` ${index + 1}`;
}

/**
 * " (row 3, column 2)" for the row and column a refusal names, in the given words; "" when it names neither.
 * @example rowAndColumn({ row: 2, column: 1 }, "row", "column") // " (row 3, column 2)"
 */
export function rowAndColumn(d: EngineErrorDetails, row: string, column: string): string {
  const parts: string[] = [];
  if (d.row !== undefined) parts.push(`${row} ${d.row + 1}`);
  if (d.column !== undefined) parts.push(`${column} ${d.column + 1}`);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

const amountFormats = new Map<Language, Intl.NumberFormat>();

/**
 * An amount a message quotes, in the language's number conventions with at most 2 decimals; text as given.
 * @example amount(1234.5, "nl") // "1.234,5"
 */
export function amount(value: number | string | undefined, language: Language): string {
  if (typeof value !== "number") return String(value ?? "");
  let format = amountFormats.get(language);
  if (!format)
    amountFormats.set(
      language,
      (format = new Intl.NumberFormat(NUMBER_LOCALE[language], { maximumFractionDigits: 2 })),
    );
  return format.format(value);
}

/** The texts of an INFEASIBLE refusal (=MDI.ALLOCATE's bounds cannot hold the budget), one per case. */
export interface InfeasibleTexts {
  /** " in row 3" for the row of a cap below its floor. */
  readonly inRow: (row: number) => string;
  readonly capBelowFloor: (argument: string, where: string, cap: string, floor: string) => string;
  readonly floorsAboveBudget: (argument: string, floors: string, gap: string, budget: string) => string;
  readonly capsBelowBudget: (argument: string, reach: string, gap: string, budget: string) => string;
  readonly ruleGivesZero: (argument: string, budget: string) => string;
}

/**
 * Bounds that cannot hold a budget, said with the amounts and by how much they miss: a cap below its own
 * floor, floors above the budget, caps below it, or a rule that gives every area 0.
 */
export function infeasibleText(
  argument: string,
  d: EngineErrorDetails,
  texts: InfeasibleTexts,
  language: Language,
): string {
  const num = (v: number | string | undefined) => amount(v, language);
  const gap =
    typeof d.actual === "number" && typeof d.expected === "number" ? num(Math.abs(d.actual - d.expected)) : "";
  if (d.actual === undefined && typeof d.value === "number") {
    const where = d.row === undefined ? "" : texts.inRow(d.row);
    return texts.capBelowFloor(argument, where, num(d.value), num(d.expected));
  }
  if (d.parameter === "floor") return texts.floorsAboveBudget(argument, num(d.actual), gap, num(d.expected));
  if (d.parameter === "cap") return texts.capsBelowBudget(argument, num(d.actual), gap, num(d.expected));
  if (d.actual === 0) return texts.ruleGivesZero(argument, num(d.expected));
  return `${argument}: ${d.value}.`;
}
