/**
 * Numbers of the method, in one place, with their source.
 */

/**
 * Exponential transformation constant of the English Indices of Deprivation
 * (IoD2019 Technical Report, Stage 5; Scottish Indices of Deprivation 2003,
 * Appendix 5): X = -23 ln(1 - R (1 - e^(-100/23))).
 * With 23, 10 % of areas score above 50 and the most deprived scores 100.
 */
export const EXP_TRANSFORM_SCALE = 23;

/** Upper end of the exponential scale: the most deprived area gets exactly this. */
export const EXP_TRANSFORM_MAX = 100;

/** Default number of quantile groups for a decile. */
export const DEFAULT_QUANTILES = 10;

/** Bounds of the min-max rescaling that makes values safe for a geometric mean. */
export const GEOMEAN_RESCALE_MIN = 1;
export const GEOMEAN_RESCALE_MAX = 100;

/** Cohen's thresholds for the strength of a correlation (|r|). */
export const CORRELATION_STRENGTH_THRESHOLDS = { weak: 0.1, moderate: 0.3, strong: 0.5 } as const;

/** Confidence level of the interval =MDI.CORREL reports. */
export const CORRELATION_CONFIDENCE = 0.95;

/**
 * Variance factors of Fisher's z for rank correlations: var(atanh ρ_s) ≈ 1.06/(n − 3)
 * and var(atanh τ_b) ≈ 0.437/(n − 4) (Fieller, Hartley & Pearson 1957, Biometrika 44,
 * "Tests for rank correlation coefficients. I"; recommended by Bonett & Wright 2000,
 * Psychometrika 65). Pearson's r uses the exact 1/(n − 3).
 */
export const FISHER_Z_VARIANCE = {
  pearson: { factor: 1, offset: 3 },
  spearman: { factor: 1.06, offset: 3 },
  kendall: { factor: 0.437, offset: 4 },
} as const;

/**
 * Larger-area summaries (IoD2019 Technical Report, Appendix N; docs/method.md §6):
 * local concentration averages the ranks of the most deprived areas holding
 * this share of the larger area's population.
 */
export const LOCAL_CONCENTRATION_SHARE = 0.1;

/**
 * Extent weights ω by national percentile p (1 = most deprived 1 %): 1 up to
 * p = 10, then 0.95 at p = 11 falling by 0.9/19 a percentile to 0.05 at
 * p = 30, and 0 beyond (IoD2019 Technical Report, Appendix N).
 */
export const EXTENT_WEIGHTS = { fullUpTo: 10, slopeFrom: 11, slopeTo: 30, start: 0.95, fall: 0.9 / 19 } as const;

/** Weight noise of the sensitivity analysis: ±25 %, 200 runs (COINr's defaults; docs/method.md §9). */
export const DEFAULT_SENSITIVITY_NOISE = 0.25;
export const DEFAULT_SENSITIVITY_RUNS = 200;
/** Seed used when none is given, so that an unseeded analysis is still reproducible. */
export const DEFAULT_SENSITIVITY_SEED = 1;

/** Proportionate universalism: share of the budget shared per head when no α is given. */
export const DEFAULT_UNIVERSAL_SHARE = 0.5;
