/**
 * A small seeded pseudo-random generator, so that a Monte Carlo analysis is
 * reproducible: the same seed gives the same numbers on every machine.
 *
 * mulberry32 (Tommy Ettinger, 2017, public domain): a 32-bit state advanced by
 * the odd constant 0x6D2B79F5 (a Weyl sequence, period 2^32) and scrambled by
 * two multiply–xorshift rounds; it passes gjrand and PractRand up to 2^32
 * outputs, plenty for a few thousand weight draws. Not for cryptography.
 *
 * @see https://gist.github.com/tommyettinger/46a874533244883189143505d203312c
 * @param seed any whole number; only its low 32 bits are used
 * @returns a function giving the next number in [0, 1) on each call
 * @example const next = mulberry32(1); next() // 0.6270739405881613
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
