/**
 * Reading boundary files (src/taskpane/map/boundaryFile.ts): GeoJSON and TopoJSON, hand-made, and the
 * bundled Kadaster/CBS files; WGS84 told from RD New (EPSG:28992) by the coordinates and the named crs,
 * anything else refused.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  BoundaryFileError,
  boundariesOfTopology,
  boundingBox,
  detectCoordinates,
  readBoundaryText,
} from "../../../src/taskpane/map/boundaryFile";

/** A square of side `size` at (x, y), wound counter-clockwise as RFC 7946 asks. */
function square(x: number, y: number, size: number): number[][][] {
  return [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ],
  ];
}

function collection(features: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ type: "FeatureCollection", ...extra, features });
}

function polygonFeature(properties: Record<string, unknown>, coordinates: number[][][]) {
  return { type: "Feature", properties, geometry: { type: "Polygon", coordinates } };
}

describe("which coordinates", () => {
  // Amsterdam in RD New: x 110–135 km, y 475–495 km (the Amersfoort origin is at 155 000, 463 000).
  const amsterdamRd = { minX: 110_000, minY: 475_000, maxX: 135_000, maxY: 495_000 };
  // Amsterdam in WGS84.
  const amsterdamWgs = { minX: 4.72, minY: 52.27, maxX: 5.08, maxY: 52.43 };
  // Amsterdam in web mercator (EPSG:3857): x ≈ 525 000–566 000, y ≈ 6 850 000–6 880 000.
  const amsterdamWebMercator = { minX: 525_000, minY: 6_850_000, maxX: 566_000, maxY: 6_880_000 };

  test("degrees are WGS84, metres within RD New's area are RD New", () => {
    expect(detectCoordinates(amsterdamWgs)).toBe("wgs84");
    expect(detectCoordinates(amsterdamRd)).toBe("rd");
    expect(detectCoordinates(amsterdamRd, "urn:ogc:def:crs:EPSG::28992")).toBe("rd");
    expect(detectCoordinates(amsterdamWgs, "urn:ogc:def:crs:OGC:1.3:CRS84")).toBe("wgs84");
  });

  test("web mercator or another grid is refused, with the extent and the crs the file names", () => {
    expect(() => detectCoordinates(amsterdamWebMercator, "EPSG:3857")).toThrow(BoundaryFileError);
    try {
      detectCoordinates(amsterdamWebMercator, "EPSG:3857");
    } catch (error) {
      expect((error as BoundaryFileError).code).toBe("UNKNOWN_COORDINATES");
      expect((error as BoundaryFileError).details).toEqual({
        box: "[525000, 6850000, 566000, 6880000]",
        crs: "EPSG:3857",
      });
    }
  });
});

describe("GeoJSON", () => {
  test("RD New squares with buurtcodes: one layer named after the file, coordinates RD", () => {
    const text = collection(
      [
        polygonFeature({ buurtcode: "BU03630000" }, square(120_000, 485_000, 500)),
        polygonFeature({ buurtcode: "BU03630001" }, square(120_500, 485_000, 500)),
        { type: "Feature", properties: { naam: "a point" }, geometry: { type: "Point", coordinates: [1, 2] } },
      ],
      { crs: { type: "name", properties: { name: "urn:ogc:def:crs:EPSG::28992" } } },
    );
    const boundaries = readBoundaryText(text, "buurten_2019.geojson");
    expect(boundaries.coordinates).toBe("rd");
    expect(boundaries.layers).toHaveLength(1);
    expect(boundaries.layers[0].name).toBe("buurten_2019");
    // The point is no area.
    expect(boundaries.layers[0].shapes.map((s) => s.properties.buurtcode)).toEqual(["BU03630000", "BU03630001"]);
    expect(boundingBox(boundaries.layers[0].shapes)).toEqual({
      minX: 120_000,
      minY: 485_000,
      maxX: 121_000,
      maxY: 485_500,
    });
  });

  test("a byte-order mark, a single feature, a feature id", () => {
    const text = "\ufeff" + JSON.stringify({ ...polygonFeature({}, square(5, 52, 0.1)), id: "GM0363" });
    const boundaries = readBoundaryText(text, "a.json");
    expect(boundaries.coordinates).toBe("wgs84");
    expect(boundaries.layers[0].shapes[0].properties).toEqual({ id: "GM0363" });
  });

  test("what cannot be drawn says why", () => {
    const code = (text: string) => {
      try {
        readBoundaryText(text, "f.json");
      } catch (error) {
        return (error as BoundaryFileError).code;
      }
      return "read";
    };
    expect(code("Gemeente;Code\nAmsterdam;GM0363")).toBe("NOT_JSON");
    expect(code(JSON.stringify({ gemeenten: [1, 2] }))).toBe("NOT_GEOMETRY");
    expect(
      code(collection([{ type: "Feature", properties: {}, geometry: { type: "Point", coordinates: [5, 52] } }])),
    ).toBe("NO_POLYGONS");
    expect(code(collection([polygonFeature({}, square(525_000, 6_850_000, 1000))]))).toBe("UNKNOWN_COORDINATES");
  });
});

describe("TopoJSON", () => {
  test("a hand-made topology: two squares sharing an arc, each object a layer", () => {
    // Arcs (not quantized): 0 the shared edge x = 1 from (1,0) to (1,1); 1 the left square's other edges; 2 the right's.
    const topology = {
      type: "Topology",
      arcs: [
        [
          [5.1, 52.0],
          [5.1, 52.1],
        ],
        [
          [5.1, 52.1],
          [5.0, 52.1],
          [5.0, 52.0],
          [5.1, 52.0],
        ],
        [
          [5.1, 52.0],
          [5.2, 52.0],
          [5.2, 52.1],
          [5.1, 52.1],
        ],
      ],
      objects: {
        wijken: {
          type: "GeometryCollection",
          geometries: [
            { type: "Polygon", arcs: [[0, 1]], properties: { wijkcode: "WK036300" } },
            { type: "Polygon", arcs: [[2, ~0]], properties: { wijkcode: "WK036301" } },
          ],
        },
        stad: { type: "GeometryCollection", geometries: [{ type: "Polygon", arcs: [[1, 2]], id: "GM0363" }] },
      },
    };
    const boundaries = readBoundaryText(JSON.stringify(topology), "wijken.topojson");
    expect(boundaries.coordinates).toBe("wgs84");
    expect(boundaries.layers.map((l) => [l.name, l.shapes.length])).toEqual([
      ["wijken", 2],
      ["stad", 1],
    ]);
    const right = boundaries.layers[0].shapes[1];
    expect(right.properties).toEqual({ wijkcode: "WK036301" });
    // Arc 2 then arc 0 reversed: a closed ring of 5 points around the right square.
    expect(right.geometry).toEqual({
      type: "Polygon",
      coordinates: [
        [
          [5.1, 52.0],
          [5.2, 52.0],
          [5.2, 52.1],
          [5.1, 52.1],
          [5.1, 52.0],
        ],
      ],
    });
    expect(boundaries.layers[1].shapes[0].properties).toEqual({ id: "GM0363" });
  });

  test.each([
    ["gemeente_2024", 342],
    ["provincie_2024", 12],
    ["gemeente_2019", 355],
  ])("the bundled %s: %i areas in WGS84 within the Netherlands", (name, areas) => {
    const file = resolve(__dirname, `../../../data/netherlands/boundaries/${name}.topojson`);
    const boundaries = boundariesOfTopology(JSON.parse(readFileSync(file, "utf8")));
    expect(boundaries.layers).toHaveLength(1);
    const shapes = boundaries.layers[0].shapes;
    expect(shapes).toHaveLength(areas);
    expect(new Set(shapes.map((s) => s.properties.statcode)).size).toBe(areas);
    // The extent the data README gives: about 3.358–7.218 E, 50.75–53.554 N.
    const box = boundingBox(shapes);
    expect(box.minX).toBeCloseTo(3.358, 2);
    expect(box.maxX).toBeCloseTo(7.218, 2);
    expect(box.maxY).toBeCloseTo(53.554, 2);
    expect(detectCoordinates(box)).toBe("wgs84");
  });
});
