/**
 * The map's colours (src/taskpane/map/mapColors.ts): a decile has on the map exactly the colour the MDI
 * sheet's colour scale gives its cell (Excel interpolates a 3-colour scale linearly in RGB between its
 * points: red #F8696B at decile 1, yellow #FFEB84 at 5.5, green #63BE7B at 10); gaps are grey and counted.
 */
import { colorScalePainter } from "../../../src/preview/format/colorScale";
import {
  NO_AREA_COLOR,
  NO_DATA_COLOR,
  changeShading,
  coverageShading,
  decileColor,
  decileShading,
  niceStep,
  scoreShading,
  shapeFills,
} from "../../../src/taskpane/map/mapColors";
import { DECILE_COLORS, DECILE_POINTS } from "../../../src/taskpane/plan/resultsSheet";
import type { SheetModel } from "../../../src/workbook/model";

test("decile colours: the scale's end and middle colours, and decile 3 by hand", () => {
  expect(decileColor(1)).toBe("#f8696b");
  expect(decileColor(10)).toBe("#63be7b");
  expect(decileColor(5.5)).toBe("#ffeb84");
  // Decile 3: t = (3 − 1) / 4.5 = 0.444 between red (248, 105, 107) and yellow (255, 235, 132):
  // 248 + 7·0.444 = 251.1 → 251 (fb); 105 + 130·0.444 = 162.8 → 163 (a3); 107 + 25·0.444 = 118.1 → 118 (76).
  expect(decileColor(3)).toBe("#fba376");
});

test("each decile has the colour the MDI sheet's decile cells get", () => {
  const sheet: SheetModel = {
    name: "MDI",
    cells: Array.from({ length: 10 }, (_, d) => [{ value: d + 1 }]),
    tables: [],
    charts: [],
    conditionalFormats: [{ kind: "colorScale", address: "A1:A10", colors: DECILE_COLORS, points: DECILE_POINTS }],
  };
  const paint = colorScalePainter(sheet);
  for (let d = 1; d <= 10; d++) {
    const hex = decileColor(d);
    const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    expect(paint(d - 1, 0, d)).toBe(`rgb(${rgb.join(", ")})`);
  }
});

test("deciles in classes; an area without a decile is counted as missing, never as a class", () => {
  const shade = decileShading([1, 1, 10, NaN, 5, 0, 11]);
  expect(Array.from(shade.classOfRow)).toEqual([0, 0, 9, -1, 4, -1, -1]);
  expect(shade.classes.map((c) => c.areas)).toEqual([2, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
  expect(shade.missing).toBe(3);
  expect(shapeFills(shade, Int32Array.from([0, 3, -1]))).toEqual(["#f8696b", NO_DATA_COLOR, NO_AREA_COLOR]);
});

test("a domain by the deciles of its scores among the areas that have one (highest score = decile 1)", () => {
  // 10 scores and a gap: ranks 1..10 by descending score, decile = ceil(10 · rank / 10) = rank.
  const scores = [0.9, 0.8, NaN, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.0];
  const shade = scoreShading(scores);
  expect(Array.from(shade.classOfRow)).toEqual([0, 1, -1, 2, 3, 4, 5, 6, 7, 8, 9]);
  expect(shade.missing).toBe(1);
});

test("coverage: complete in white, less in classes of 10 points down to the orange of the lowest scored share", () => {
  const shade = coverageShading([1, 0.95, 0.9, 0.7, 0.65, 0.2, NaN], 0.65);
  expect(shade.classes.map((c) => [c.from, c.to])).toEqual([
    [1, 1],
    [0.9, 1],
    [0.8, 0.9],
    [0.7, 0.8],
    [0.6, 0.7],
    [0.5, 0.6],
    [0, 0.5],
  ]);
  expect(Array.from(shade.classOfRow)).toEqual([0, 1, 1, 3, 4, 6, -1]);
  expect(shade.classes[0].color).toBe("#ffffff");
  // At or below the threshold (0.65): the scale's low colour #F4B183.
  expect(shade.classes[4].color).toBe("#f4b183");
  expect(shade.classes[6].color).toBe("#f4b183");
});

test("change: six classes symmetric around 0 with a round step, green for less deprived", () => {
  // |change| sorted: 0.1 … 1.0; the 95th percentile (index floor(0.95 · 9) = 8) is 0.9; a third is 0.3 → step 0.2.
  const changes = [-1, -0.9, -0.8, -0.3, -0.1, 0, 0.1, 0.2, 0.5, 0.6, NaN];
  const shade = changeShading(changes);
  expect(shade.classes.map((c) => [c.from, c.to])).toEqual([
    [-Infinity, -0.4],
    [-0.4, -0.2],
    [-0.2, 0],
    [0, 0.2],
    [0.2, 0.4],
    [0.4, Infinity],
  ]);
  expect(Array.from(shade.classOfRow)).toEqual([0, 0, 0, 1, 2, 3, 3, 4, 5, 5, -1]);
  // The most improved class is the decile scale's green end, the most worsened its red end.
  expect(shade.classes[0].color).toBe("#63be7b");
  expect(shade.classes[5].color).toBe("#f8696b");
});

test("round steps", () => {
  expect(niceStep(0.137)).toBeCloseTo(0.1, 12);
  expect(niceStep(0.3)).toBeCloseTo(0.2, 12);
  expect(niceStep(0.04)).toBeCloseTo(0.05, 12);
  expect(niceStep(0)).toBe(1);
});
