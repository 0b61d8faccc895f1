/**
 * Probability distributions, from stdlib (ports of Cephes/Boost, accurate to a
 * few ulps), so that p-values and normal scores match R and scipy to ~1e-15
 * rather than depending on a hand-rolled series.
 */
import tCdf from "@stdlib/stats-base-dists-t-cdf";
import normCdf from "@stdlib/stats-base-dists-normal-cdf";
import normQuantile from "@stdlib/stats-base-dists-normal-quantile";

/** Φ⁻¹(p) of the standard normal. */
export function normalQuantile(p: number): number {
  return normQuantile(p, 0, 1);
}

/** Φ(x) of the standard normal. */
export function normalCdf(x: number): number {
  return normCdf(x, 0, 1);
}

/** P(T ≤ t) for Student's t with `df` degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  return tCdf(t, df);
}
