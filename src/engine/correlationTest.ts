import { CORRELATION_CONFIDENCE, FISHER_Z_VARIANCE } from "./constants";
import { type CorrelationMethod, kendallStatistics, pearson, spearman } from "./correlation";
import { normalCdf, normalQuantile, studentTCdf } from "./distributions";
import { completePairs } from "./pairs";
import { type CorrelationStrength, correlationStrength } from "./strength";

/** Fewest complete pairs for a p-value (t has n − 2 ≥ 1 degrees of freedom). */
export const MIN_PAIRS_FOR_P = 3;

/** Fewest complete pairs for the confidence interval, per method (Fisher's z needs n − offset ≥ 1). */
export const MIN_PAIRS_FOR_INTERVAL: Record<CorrelationMethod, number> = {
  pearson: FISHER_Z_VARIANCE.pearson.offset + 1,
  spearman: FISHER_Z_VARIANCE.spearman.offset + 1,
  kendall: FISHER_Z_VARIANCE.kendall.offset + 1,
};

/** A correlation with its test, as =MDI.CORREL(…; TRUE) reports it. */
export interface CorrelationTest {
  readonly method: CorrelationMethod;
  /** The coefficient: r, ρ or τ-b. */
  readonly r: number;
  /** Number of complete pairs used. */
  readonly n: number;
  /** Two-sided p-value; undefined below MIN_PAIRS_FOR_P pairs. */
  readonly p: number | undefined;
  /** Bounds of the 95 % confidence interval; undefined below MIN_PAIRS_FOR_INTERVAL pairs. */
  readonly low: number | undefined;
  readonly high: number | undefined;
  readonly strength: CorrelationStrength;
}

/**
 * Two-sided p of r against ρ = 0 with the t test: t = r √((n − 2)/(1 − r²)),
 * df = n − 2 (Pearson, and Spearman as scipy's spearmanr and R's cor.test
 * with exact = FALSE). Computed from the lower tail so small p keep their digits.
 */
export function tTestP(r: number, n: number): number {
  if (Math.abs(r) === 1) return 0;
  const df = n - 2;
  const t = r * Math.sqrt(df / ((1 - r) * (1 + r)));
  return Math.min(1, 2 * studentTCdf(-Math.abs(t), df));
}

/**
 * Two-sided p of Kendall's S by the normal approximation with the
 * tie-corrected variance (scipy.stats.kendalltau(method="asymptotic")).
 */
export function kendallP(s: number, varianceOfS: number): number {
  return Math.min(1, 2 * normalCdf(-Math.abs(s) / Math.sqrt(varianceOfS)));
}

/**
 * Confidence interval by Fisher's z: tanh(atanh r ± z_{.975} · se), with
 * se = √(factor/(n − offset)) — 1/(n − 3) for Pearson, 1.06/(n − 3) for
 * Spearman and 0.437/(n − 4) for Kendall (Fieller, Hartley & Pearson 1957).
 *
 * @example fisherInterval(0.997054486, 5, "pearson") // [0.953926, 0.999816]
 */
export function fisherInterval(r: number, n: number, method: CorrelationMethod): [number, number] {
  const { factor, offset } = FISHER_Z_VARIANCE[method];
  const se = Math.sqrt(factor / (n - offset));
  const zCritical = normalQuantile(1 - (1 - CORRELATION_CONFIDENCE) / 2);
  const z = Math.atanh(r); // ±Infinity at |r| = 1: the interval is then [r, r]
  return [Math.tanh(z - zCritical * se), Math.tanh(z + zCritical * se)];
}

/**
 * The coefficient of two columns with n, two-sided p, 95 % interval and
 * Cohen's strength label. Pairs with a missing value are dropped first.
 *
 * @see docs/method.md §7
 * @example correlationTest([10, 20, 30, 40, 50], [0.8, 0.75, 0.6, 0.62, 0.4], "pearson").r // -0.943688…
 * @throws {EngineError} LENGTH_MISMATCH, TOO_FEW_VALUES below 2 pairs, ZERO_VARIANCE
 */
export function correlationTest(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  method: CorrelationMethod,
): CorrelationTest {
  const pairs = completePairs(x, y);
  const n = pairs.x.length;
  let r: number;
  let p: number | undefined;
  if (method === "kendall") {
    const stats = kendallStatistics(pairs.x, pairs.y);
    r = stats.tau;
    p = n >= MIN_PAIRS_FOR_P ? kendallP(stats.s, stats.varianceOfS) : undefined;
  } else {
    r = method === "pearson" ? pearson(pairs.x, pairs.y) : spearman(pairs.x, pairs.y);
    p = n >= MIN_PAIRS_FOR_P ? tTestP(r, n) : undefined;
  }
  const interval = n >= MIN_PAIRS_FOR_INTERVAL[method] ? fisherInterval(r, n, method) : undefined;
  return {
    method,
    r,
    n,
    p,
    low: interval?.[0],
    high: interval?.[1],
    strength: correlationStrength(r),
  };
}
