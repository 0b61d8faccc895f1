import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { geoArea, geoIdentity, geoMercator, geoPath, type GeoPermissibleObjects, type GeoStream } from "d3-geo";
import type { CoordinateSystem, Shape } from "./boundaries";

/**
 * Shapes to SVG path data, fitted to a box. WGS84 goes through d3-geo's
 * Mercator (at Dutch latitudes it keeps shapes recognisable, and it is what
 * people know from web maps); RD New is already a flat projection in metres, so
 * it is only scaled and flipped (y grows northwards), never reprojected.
 *
 * d3-geo works on the sphere, where a ring's winding says which side is inside:
 * a polygon wound the other way (as RFC 7946 GeoJSON is) would be read as the
 * whole globe minus the area. Such polygons are turned round first. The SVG is
 * filled with the even-odd rule, so holes stay holes whatever their winding.
 *
 * After projection, points closer than half a pixel to the last one kept are
 * dropped (radial-distance simplification): a national buurt file has
 * detail far below a pixel at pane size, and its full outlines would make the
 * picture too large for Excel (Excel on the web refuses requests over 5 MB).
 */

export interface ProjectedMap {
  /** Path data per shape ("" for a shape with nothing to draw). */
  readonly paths: readonly string[];
  readonly width: number;
  readonly height: number;
}

/** Coordinates written with one decimal (a tenth of a pixel): enough for the eye, small enough for 14,000 buurten. */
const DIGITS = 1;

/** Points closer than this (in pixels, squared) to the last one kept are dropped. */
const TOLERANCE_SQUARED = 0.5 * 0.5;

/**
 * A stream that passes on a line's points at least half a pixel apart, always its last point (so rings
 * stay closed where they were).
 */
function radialFilter(out: GeoStream): GeoStream {
  let lastX = 0;
  let lastY = 0;
  let first = true;
  let pending: [number, number] | null = null;
  return {
    point(x, y) {
      if (first || (x - lastX) ** 2 + (y - lastY) ** 2 >= TOLERANCE_SQUARED) {
        out.point(x, y);
        lastX = x;
        lastY = y;
        first = false;
        pending = null;
      } else pending = [x, y];
    },
    lineStart() {
      first = true;
      pending = null;
      out.lineStart();
    },
    lineEnd() {
      if (pending) out.point(pending[0], pending[1]);
      pending = null;
      out.lineEnd();
    },
    polygonStart: () => out.polygonStart(),
    polygonEnd: () => out.polygonEnd(),
    sphere: () => out.sphere?.(),
  };
}

function reversedPolygon(rings: number[][][]): number[][][] {
  return rings.map((ring) => [...ring].reverse());
}

/** The shape wound as d3-geo expects (its spherical area under a hemisphere). */
function wound(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  if (geometry.type === "Polygon") {
    return geoArea(geometry) > 2 * Math.PI
      ? { ...geometry, coordinates: reversedPolygon(geometry.coordinates) }
      : geometry;
  }
  return {
    ...geometry,
    coordinates: geometry.coordinates.map((rings) =>
      geoArea({ type: "Polygon", coordinates: rings }) > 2 * Math.PI ? reversedPolygon(rings) : rings,
    ),
  };
}

/**
 * Projects the shapes into a `width` wide box, as tall as their shape needs (at most `maxHeight`), with `margin`
 * pixels around.
 */
export function projectShapes(
  shapes: readonly Shape[],
  coordinates: CoordinateSystem,
  { width, maxHeight, margin = 4 }: { width: number; maxHeight: number; margin?: number },
): ProjectedMap {
  const features: Feature[] = shapes.map((s) => ({
    type: "Feature",
    properties: {},
    geometry: coordinates === "wgs84" ? wound(s.geometry) : s.geometry,
  }));
  const collection: FeatureCollection = { type: "FeatureCollection", features };
  const projection = coordinates === "wgs84" ? geoMercator() : geoIdentity().reflectY(true);
  // Fitted as d3's fitExtent fits, from one measuring pass: the bounds at scale 150, then the scale that
  // fills the width (or the most height allowed) and the translation that centres the map in its box.
  projection.scale(150).translate([0, 0]);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(collection as GeoPermissibleObjects);
  const inner = width - 2 * margin;
  const across = x1 - x0 > 0 ? inner / (x1 - x0) : 1;
  const height = Math.min(maxHeight, Math.max(1, Math.ceil(across * (y1 - y0))) + 2 * margin);
  const k = y1 - y0 > 0 ? Math.min(across, (height - 2 * margin) / (y1 - y0)) : across;
  projection
    .scale(150 * k)
    .translate([margin + (inner - k * (x1 + x0)) / 2, margin + (height - 2 * margin - k * (y1 + y0)) / 2]);
  const simplified = { stream: (out: GeoStream) => projection.stream(radialFilter(out)) };
  const fitted = geoPath(simplified).digits(DIGITS);
  return { paths: features.map((f) => fitted(f as GeoPermissibleObjects) ?? ""), width, height };
}
