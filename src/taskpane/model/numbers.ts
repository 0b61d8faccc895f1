import type { Language } from "../../i18n/language";

/**
 * Numbers as people type and read them in the pane: Dutch uses a decimal
 * comma ("0,225"), English a point; both are accepted when typing.
 */

/** Why a typed weight cannot be used, or null. */
export type NumberProblem = "text" | "negative" | null;

export interface ParsedNumber {
  /** The number, NaN when the text is not one. */
  readonly value: number;
  readonly problem: NumberProblem;
}

/**
 * Reads a non-negative number typed with a decimal comma or point; thousands
 * separators are not accepted (is "1.000" one or a thousand?).
 *
 * @example parseNonNegative("0,225") // { value: 0.225, problem: null }
 * @example parseNonNegative("-1") // { value: -1, problem: "negative" }
 * @example parseNonNegative("veel") // { value: NaN, problem: "text" }
 */
export function parseNonNegative(text: string): ParsedNumber {
  const trimmed = text.trim().replace(/\s+/g, "");
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?$/.test(trimmed)) return { value: NaN, problem: "text" };
  const value = Number(trimmed.replace(",", "."));
  if (!Number.isFinite(value)) return { value: NaN, problem: "text" };
  return { value, problem: value < 0 ? "negative" : null };
}

/**
 * A number for display, at most `digits` decimals, trailing zeros dropped,
 * decimal comma in Dutch.
 *
 * @example formatNumber(0.225, "nl") // "0,225"
 * @example formatNumber(1 / 7, "en", 3) // "0.143"
 */
export function formatNumber(value: number, language: Language, digits = 3): string {
  if (!Number.isFinite(value)) return "";
  const rounded = Number(value.toFixed(digits));
  const text = String(Object.is(rounded, -0) ? 0 : rounded);
  return language === "nl" ? text.replace(".", ",") : text;
}

/** A fixed number of decimals (for statistics: "−0,838"), with a true minus sign. */
export function formatFixed(value: number, language: Language, digits: number): string {
  if (!Number.isFinite(value)) return "";
  const text = Math.abs(value).toFixed(digits);
  const sign = value < 0 && Number(text) !== 0 ? "\u2212" : "";
  return sign + (language === "nl" ? text.replace(".", ",") : text);
}
