import type { MultiPolygon, Polygon } from "geojson";

/**
 * Boundaries as the map step holds them: layers of shapes with their attributes, in WGS84 or RD New, and the
 * error a boundary file it cannot draw gets. Reading files (boundaryFile.ts) and drawing them
 * (projection.ts) need d3-geo and topojson-client, which load with the map (geo.ts); these types and the
 * error do not.
 */

/** One area's outline with the attributes that may join it to the data. */
export interface Shape {
  readonly properties: Readonly<Record<string, unknown>>;
  readonly geometry: Polygon | MultiPolygon;
}

/** A named set of shapes: a GeoJSON file is one layer; a TopoJSON file has one per object. */
export interface BoundaryLayer {
  readonly name: string;
  readonly shapes: readonly Shape[];
}

export type CoordinateSystem = "wgs84" | "rd";

export interface Boundaries {
  readonly layers: readonly BoundaryLayer[];
  readonly coordinates: CoordinateSystem;
}

export type BoundaryErrorCode = "NOT_JSON" | "NOT_GEOMETRY" | "NO_POLYGONS" | "UNKNOWN_COORDINATES" | "TOO_LARGE";

/** A boundary file we cannot draw; the pane shows its code's text (i18n) with the details. */
export class BoundaryFileError extends Error {
  constructor(
    readonly code: BoundaryErrorCode,
    readonly details: { readonly box?: string; readonly crs?: string } = {},
  ) {
    super(`${code}${details.crs ? ` (${details.crs})` : ""}${details.box ? ` ${details.box}` : ""}`);
    this.name = "BoundaryFileError";
  }
}

/**
 * Largest file we read: the generalised CBS buurtkaart of the whole country as GeoJSON is about 100 MB;
 * beyond this a browser tab runs out of memory parsing it.
 */
export const MAX_BOUNDARY_FILE_BYTES = 200 * 1024 * 1024;
