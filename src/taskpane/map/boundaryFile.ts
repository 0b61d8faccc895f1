import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from "geojson";
import { feature as topoFeature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import {
  BoundaryFileError,
  type Boundaries,
  type BoundaryLayer,
  type CoordinateSystem,
  type Shape,
} from "./boundaries";

export { BoundaryFileError } from "./boundaries";
export type { Boundaries, BoundaryLayer, CoordinateSystem, Shape } from "./boundaries";

/**
 * Boundary files as users have them — GeoJSON or TopoJSON, for instance the
 * CBS wijk- en buurtkaart from PDOK or a gemeente's own buurt file — read into
 * plain shapes. Coordinates are WGS84 (lon/lat, as GeoJSON prescribes) or RD New
 * (EPSG:28992, metres, as Dutch government files often are): we detect which
 * and draw RD New as it is, without reprojection (map/projection.ts). Anything
 * else (web mercator, another national grid) is refused with a clear error,
 * since drawing it would put every area in the wrong place.
 *
 * Nothing here leaves the computer: the file is read in the pane, and only its
 * name is kept in the workbook's settings.
 */

/** RD New's valid area (EPSG:28992 bounds, a margin added): x and y in metres. */
const RD_BOUNDS = { minX: -7_000, maxX: 300_000, minY: 289_000, maxY: 629_000 };

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function isPolygonal(geometry: Geometry | null | undefined): geometry is Polygon | MultiPolygon {
  return !!geometry && (geometry.type === "Polygon" || geometry.type === "MultiPolygon");
}

/** The shapes of a feature collection, single feature or bare geometry; lines and points are not areas. */
function shapesOf(json: FeatureCollection | Feature | Geometry): Shape[] {
  const features: Feature[] =
    json.type === "FeatureCollection"
      ? json.features
      : json.type === "Feature"
        ? [json]
        : [{ type: "Feature", properties: {}, geometry: json }];
  const shapes: Shape[] = [];
  for (const f of features) {
    if (!f || !isPolygonal(f.geometry)) continue;
    // A feature's top-level id (TopoJSON's, GeoJSON's optional "id") joins as well as a property.
    const properties = { ...(f.id !== undefined ? { id: f.id } : {}), ...(f.properties ?? {}) };
    shapes.push({ properties, geometry: f.geometry });
  }
  return shapes;
}

/** The box around every coordinate of the shapes. */
export function boundingBox(shapes: readonly Shape[]): Box {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  const visit = (ring: readonly number[][]) => {
    for (const [x, y] of ring) {
      if (x < box.minX) box.minX = x;
      if (x > box.maxX) box.maxX = x;
      if (y < box.minY) box.minY = y;
      if (y > box.maxY) box.maxY = y;
    }
  };
  for (const { geometry } of shapes) {
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    for (const polygon of polygons) for (const ring of polygon) visit(ring);
  }
  return box;
}

/** The coordinate reference a GeoJSON file names (the 2008 "crs" member, which PDOK and QGIS still write). */
function namedCrs(json: unknown): string | undefined {
  const crs = (json as { crs?: { properties?: { name?: unknown } } }).crs;
  const name = crs?.properties?.name;
  return typeof name === "string" ? name : undefined;
}

/**
 * WGS84 or RD New, from the named reference system when there is one and else from where the
 * coordinates lie: within ±180/±90 they are degrees; within RD New's valid area, metres on RD New.
 * @throws BoundaryFileError UNKNOWN_COORDINATES for anything else (e.g. EPSG:3857, whose Dutch y values are ~6.6 million)
 * @example detectCoordinates({ minX: 120000, minY: 480000, maxX: 130000, maxY: 490000 }) // "rd"
 */
export function detectCoordinates(box: Box, crs?: string): CoordinateSystem {
  const boxText = `[${[box.minX, box.minY, box.maxX, box.maxY].map((v) => Math.round(v * 1000) / 1000).join(", ")}]`;
  const named = crs?.replace(/\s+/g, "").toUpperCase();
  const inDegrees = box.minX >= -180 && box.maxX <= 180 && box.minY >= -90 && box.maxY <= 90;
  const inRd =
    box.minX >= RD_BOUNDS.minX &&
    box.maxX <= RD_BOUNDS.maxX &&
    box.minY >= RD_BOUNDS.minY &&
    box.maxY <= RD_BOUNDS.maxY;
  if (named && /(?:^|[^0-9])28992$/.test(named) && inRd) return "rd";
  if (named && /(?:4326|CRS84|4258)$/.test(named) && inDegrees) return "wgs84";
  if (inDegrees) return "wgs84";
  if (inRd) return "rd";
  throw new BoundaryFileError("UNKNOWN_COORDINATES", { box: boxText, crs });
}

function isTopology(json: unknown): json is Topology {
  return typeof json === "object" && json !== null && (json as Topology).type === "Topology";
}

function isGeoJson(json: unknown): json is FeatureCollection | Feature | Geometry {
  const type = (json as { type?: unknown } | null)?.type;
  return (
    typeof type === "string" &&
    ["FeatureCollection", "Feature", "Polygon", "MultiPolygon", "GeometryCollection"].includes(type)
  );
}

/** The layers of a TopoJSON topology: each object as GeoJSON (topojson-client decodes the shared arcs). */
function topologyLayers(topology: Topology): BoundaryLayer[] {
  return Object.entries(topology.objects ?? {}).map(([name, object]) => {
    const converted = topoFeature(topology, object as GeometryCollection) as FeatureCollection | Feature;
    return { name, shapes: shapesOf(converted) };
  });
}

/**
 * Reads a boundary file's text.
 * @param name the file's name (a GeoJSON layer is named after it)
 * @throws BoundaryFileError NOT_JSON, NOT_GEOMETRY (JSON, but not GeoJSON or TopoJSON), NO_POLYGONS (only lines or
 *   points), UNKNOWN_COORDINATES (neither WGS84 nor RD New)
 */
export function readBoundaryText(text: string, name: string): Boundaries {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new BoundaryFileError("NOT_JSON");
  }
  let layers: BoundaryLayer[];
  if (isTopology(json)) layers = topologyLayers(json);
  else if (isGeoJson(json)) {
    const shapes =
      (json as Geometry).type === "GeometryCollection"
        ? (json as { geometries: Geometry[] }).geometries.flatMap((g) => shapesOf(g))
        : shapesOf(json);
    layers = [{ name: name.replace(/\.[^.]*$/, ""), shapes }];
  } else throw new BoundaryFileError("NOT_GEOMETRY");
  layers = layers.filter((l) => l.shapes.length > 0);
  if (layers.length === 0) throw new BoundaryFileError("NO_POLYGONS");
  const coordinates = detectCoordinates(boundingBox(layers.flatMap((l) => l.shapes)), namedCrs(json));
  return { layers, coordinates };
}

/** The shapes of a bundled (or already parsed) TopoJSON topology in WGS84. */
export function boundariesOfTopology(topology: Topology): Boundaries {
  return { layers: topologyLayers(topology), coordinates: "wgs84" };
}
