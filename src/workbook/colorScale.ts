/**
 * A colour scale as Excel paints it (a ColorScale conditional format): a value
 * between two of the scale's points gets the colour linearly between theirs,
 * channel by channel in RGB; below the first point the first colour, above the
 * last the last. The preview's grid and the map step both paint with it, so a
 * decile has one colour on the sheet and on the map.
 */

export type Rgb = readonly [number, number, number];

/** "#F8696B" → [248, 105, 107]. */
export function rgbOf(hex: string): Rgb {
  const n = parseInt(hex.replace("#", ""), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** [248, 105, 107] → "#f8696b". */
export function hexOf(color: Rgb): string {
  return `#${color.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}

/**
 * The colour at `value` on the scale through `points` (ascending, one per colour).
 * @example colorOnScale([rgbOf("#F8696B"), rgbOf("#FFEB84"), rgbOf("#63BE7B")], [1, 5.5, 10], 1) // [248, 105, 107]
 */
export function colorOnScale(colors: readonly Rgb[], points: readonly number[], value: number): Rgb {
  let i = 0;
  while (i < points.length - 2 && value > points[i + 1]) i++;
  const span = points[i + 1] - points[i];
  const t = span > 0 ? Math.min(1, Math.max(0, (value - points[i]) / span)) : 0;
  const [a, b] = [colors[i], colors[i + 1]];
  return [0, 1, 2].map((k) => Math.round(a[k] + (b[k] - a[k]) * t)) as unknown as Rgb;
}
