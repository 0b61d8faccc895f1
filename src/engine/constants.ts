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
