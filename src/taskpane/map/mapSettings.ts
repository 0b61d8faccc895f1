import { isBundledBoundary, type BundledBoundary } from "./boundaryIds";

/** The document setting that keeps the map step's choices. */
export const MAP_SETTING = "mdi.map";

/**
 * The map's choices as the workbook keeps them: the built-in boundaries by name, or the user's file only as a
 * reference (its name and size: the file itself stays on the user's computer), and what the map shows.
 */
export interface MapSettings {
  readonly boundary: BundledBoundary | { readonly file: string; readonly bytes: number };
  readonly show: string;
}

export function isMapSettings(value: unknown): value is MapSettings {
  if (typeof value !== "object" || value === null) return false;
  const { boundary, show } = value as Partial<MapSettings>;
  const file =
    typeof boundary === "object" &&
    boundary !== null &&
    typeof boundary.file === "string" &&
    typeof boundary.bytes === "number";
  return (isBundledBoundary(boundary) || file) && typeof show === "string";
}
