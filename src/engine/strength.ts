import { CORRELATION_STRENGTH_THRESHOLDS } from "./constants";

/** Cohen's size classes of a correlation (the words users read live in src/i18n). */
export type CorrelationStrength = "negligible" | "weak" | "moderate" | "strong";

/**
 * The strength of a correlation by Cohen's thresholds on |r| (Cohen 1988,
 * Statistical Power Analysis for the Behavioral Sciences): below .1
 * negligible, below .3 weak, below .5 moderate, from .5 strong. The sign does
 * not matter: turnout's −0.838 in the seed study is "strong".
 *
 * @see docs/method.md §7
 * @example correlationStrength(-0.838) // "strong"
 * @example correlationStrength(0.3) // "moderate"
 */
export function correlationStrength(r: number): CorrelationStrength {
  const size = Math.abs(r);
  if (size < CORRELATION_STRENGTH_THRESHOLDS.weak) return "negligible";
  if (size < CORRELATION_STRENGTH_THRESHOLDS.moderate) return "weak";
  if (size < CORRELATION_STRENGTH_THRESHOLDS.strong) return "moderate";
  return "strong";
}
