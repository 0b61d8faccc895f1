import type { Language } from "../../i18n/language";
import { NUMBER_LOCALE } from "../../i18n/locale";

/**
 * Money and shares as the pane shows them, in the reader's conventions:
 * "€ 1.234.567" and "12,3 %" in Dutch, "€1,234,567" and "12.3 %" in English.
 * Not-a-number shows as "–" (an empty decile), never as "NaN".
 */

const cache = new Map<string, Intl.NumberFormat>();

function formatter(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}:${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(NUMBER_LOCALE[language], options);
    cache.set(key, format);
  }
  return format;
}

const DASH = "–";

/**
 * Whole euros.
 * @example formatEuros(1234567, "nl") // "€ 1.234.567"
 */
export function formatEuros(value: number, language: Language): string {
  if (!Number.isFinite(value)) return DASH;
  return formatter(language, { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(value);
}

/**
 * Euros and cents (per inhabitant).
 * @example formatCents(12.5, "en") // "€12.50"
 */
export function formatCents(value: number, language: Language): string {
  if (!Number.isFinite(value)) return DASH;
  return formatter(language, {
    style: "currency",
    currency: "EUR",
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}

/**
 * A share (0.123) as a percentage with one decimal.
 * @example formatShare(0.1234, "nl") // "12,3 %"
 */
export function formatShare(value: number, language: Language): string {
  if (!Number.isFinite(value)) return DASH;
  const text = formatter(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value * 100);
  return `${text} %`;
}

/**
 * A count with thousands separators.
 * @example formatCount(862965, "nl") // "862.965"
 */
export function formatCount(value: number, language: Language): string {
  if (!Number.isFinite(value)) return DASH;
  return formatter(language, { maximumFractionDigits: 0 }).format(value);
}

/**
 * A share as a percentage with at most one decimal, for rules and thresholds.
 * @example formatPercent(0.65, "nl") // "65 %"
 * @example formatPercent(0.125, "en") // "12.5 %"
 */
export function formatPercent(value: number, language: Language): string {
  if (!Number.isFinite(value)) return DASH;
  return `${formatter(language, { maximumFractionDigits: 1 }).format(value * 100)} %`;
}
