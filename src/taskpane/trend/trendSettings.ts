import type { IndicatorMatches } from "./trendResults";

/**
 * The trend step's choices, stored in the workbook's document settings beside the configuration, so a
 * colleague opening the workbook finds the same earlier table and indicator matches.
 */
export interface TrendSettings {
  /** Name of the earlier period's Excel table. */
  readonly earlierTable: string;
  /** Later indicator → the earlier table's column (null = not matched). */
  readonly matches: IndicatorMatches;
}

/** Key of the document setting. */
export const TREND_SETTING = "mdi.trend";

/** Whether a stored value has the shape of trend settings (settings can hold anything). */
export function isTrendSettings(value: unknown): value is TrendSettings {
  if (!value || typeof value !== "object") return false;
  const v = value as Partial<TrendSettings>;
  return (
    typeof v.earlierTable === "string" &&
    typeof v.matches === "object" &&
    v.matches !== null &&
    Object.values(v.matches).every((m) => m === null || typeof m === "string")
  );
}

/**
 * The matches for the earlier table just read: the stored ones where their column exists there, the
 * defaults (same header) for the rest.
 */
export function restoreMatches(
  defaults: Record<string, string | null>,
  stored: TrendSettings | null,
  earlierTable: string,
  earlierColumns: readonly string[],
): Record<string, string | null> {
  if (!stored || stored.earlierTable !== earlierTable) return defaults;
  const columns = new Set(earlierColumns);
  const restored = { ...defaults };
  for (const name of Object.keys(defaults)) {
    const match = stored.matches[name];
    if (match === null) restored[name] = null;
    else if (typeof match === "string" && columns.has(match)) restored[name] = match;
  }
  return restored;
}
