/**
 * The names of the boundary sets that ship with the add-in (data/netherlands/boundaries), apart from the
 * code that loads them, so the settings can name them without pulling the map into the pane's first bundle.
 */
export const BUNDLED_BOUNDARIES = ["gemeente_2024", "provincie_2024", "gemeente_2019"] as const;

export type BundledBoundary = (typeof BUNDLED_BOUNDARIES)[number];

export function isBundledBoundary(value: unknown): value is BundledBoundary {
  return typeof value === "string" && (BUNDLED_BOUNDARIES as readonly string[]).includes(value);
}
