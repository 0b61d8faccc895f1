/**
 * Magnitudes outside [2^−500, 2^500] are rescaled before sums of squares,
 * which overflow to Infinity above about 1.3e154 and underflow to 0 below
 * about 1.5e−154.
 */
const LARGE = 2 ** 500;
const SMALL = 2 ** -500;
/** Largest exponent a scale factor may have: 2^1000 is finite, 2^1074 is not. */
const MAX_EXPONENT = 1000;

/**
 * A power of two that brings max |v| near 1 when the values are so large or so
 * small that their squares would overflow or underflow; 1 otherwise.
 * Multiplying by a power of two is exact, and correlations and normalisations
 * do not change with a positive scale, so the result is the same without
 * Infinity or 0 along the way.
 *
 * @example squaresSafeScale([1e308, -3]) // 2^-1024
 * @example squaresSafeScale([1e-300, 2e-300]) // 2^995
 * @example squaresSafeScale([2, 4, 6]) // 1
 */
export function squaresSafeScale(values: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const a = Math.abs(values[i]);
    if (a > max) max = a;
  }
  if (max === 0 || (max >= SMALL && max <= LARGE)) return 1;
  return 2 ** Math.min(MAX_EXPONENT, -Math.ceil(Math.log2(max)));
}

/** `values` multiplied in place by squaresSafeScale(values); returns the same array. */
export function scaleForSquares(values: Float64Array): Float64Array {
  const scale = squaresSafeScale(values);
  if (scale !== 1) for (let i = 0; i < values.length; i++) values[i] *= scale;
  return values;
}
