/**
 * Shapes to SVG paths (src/taskpane/map/projection.ts) and the standalone map picture (mapSvg.ts):
 * RD New drawn as it is (north up), WGS84 through Mercator whatever the rings' winding, and the picture
 * carrying title, legend, counts and credit as escaped text.
 */
import type { Polygon } from "geojson";
import type { Shape } from "../../../src/taskpane/map/boundaryFile";
import { mapSvgDocument, xmlText } from "../../../src/taskpane/map/mapSvg";
import { projectShapes } from "../../../src/taskpane/map/projection";

function square(x: number, y: number, size: number, clockwise = false): Polygon {
  const ring = [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ];
  return { type: "Polygon", coordinates: [clockwise ? ring.reverse() : ring] };
}

/** The numbers of an SVG path, as [x, y] pairs. */
function points(d: string): number[][] {
  const numbers = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  const out: number[][] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) out.push([numbers[i], numbers[i + 1]]);
  return out;
}

test("RD New: two squares side by side and one north of them, fitted to the width with north up", () => {
  const shapes: Shape[] = [
    { properties: {}, geometry: square(120_000, 485_000, 1000) },
    { properties: {}, geometry: square(121_000, 485_000, 1000) },
    { properties: {}, geometry: square(120_000, 486_000, 1000) },
  ];
  const map = projectShapes(shapes, "rd", { width: 204, maxHeight: 500, margin: 2 });
  // 2 km wide by 2 km tall into 200 px: 100 px per km, a square map.
  expect(map.width).toBe(204);
  expect(map.height).toBe(204);
  const [southWest, southEast, north] = map.paths.map(points);
  expect(Math.min(...southWest.map((p) => p[0]))).toBeCloseTo(2, 1);
  expect(Math.max(...southEast.map((p) => p[0]))).toBeCloseTo(202, 1);
  // North is up: the northern square's y values are the smaller ones.
  expect(Math.max(...north.map((p) => p[1]))).toBeCloseTo(102, 1);
  expect(Math.min(...southWest.map((p) => p[1]))).toBeCloseTo(102, 1);
  expect(Math.max(...southWest.map((p) => p[1]))).toBeCloseTo(202, 1);
});

test("WGS84: a polygon wound either way is drawn as the area, not as the globe minus it", () => {
  for (const clockwise of [false, true]) {
    const shapes: Shape[] = [
      { properties: {}, geometry: square(4.9, 52.35, 0.02, clockwise) },
      { properties: {}, geometry: square(4.92, 52.35, 0.02, clockwise) },
    ];
    const map = projectShapes(shapes, "wgs84", { width: 204, maxHeight: 500, margin: 2 });
    const xs = map.paths.flatMap((d) => points(d).map((p) => p[0]));
    expect(Math.min(...xs)).toBeCloseTo(2, 0);
    expect(Math.max(...xs)).toBeCloseTo(202, 0);
    // Mercator at 52.35° N stretches north–south by 1/cos(52.35°) ≈ 1.636: 0.04° wide by 0.02° tall.
    expect(map.height).toBe(Math.ceil((200 / 2) * 1.6366) + 4);
  }
});

test("the picture: title, legend with counts, credit, all as escaped text, no outside references", () => {
  const svg = mapSvgDocument({
    title: "MDI-kaart: MDI (landelijk deciel)",
    subtitle: "342 van 342 gebieden getekend",
    map: { paths: ["M0,0L10,0L10,10Z", ""], width: 100, height: 80 },
    fills: ["#f8696b", "#d9d9d9"],
    legend: [
      { color: "#f8696b", label: "1 meeste achterstand (35)" },
      { color: "#d9d9d9", label: "geen waarde (0)" },
    ],
    credit: "Kaart: Kadaster / Centraal Bureau voor de Statistiek (CC BY 4.0)",
  });
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(svg).toContain('<path d="M0,0L10,0L10,10Z" fill="#f8696b"/>');
  expect(svg.match(/<path /g)).toHaveLength(1);
  expect(svg).toContain(">1 meeste achterstand (35)<");
  expect(svg).toContain("Kadaster / Centraal Bureau voor de Statistiek");
  expect(svg).not.toMatch(/href|url\(|@import/);
  expect(xmlText(`'s-Gravenhage <"A&B">`)).toBe("&#39;s-Gravenhage &#60;&#34;A&#38;B&#34;&#62;");
});
