/**
 * The map step end to end in headless Chromium on `npm start`'s preview:
 * - the sample "Gemeenten 2024 (CBS)" computed with the pane's defaults: the built-in gemeente boundaries
 *   of 2024 are chosen by themselves, joined on Gemeentecode = statcode, and all 342 gemeenten are drawn in
 *   their decile colours with the legend and the Kadaster/CBS credit; the map placed in the workbook shows
 *   as a picture on the sheet MDI and stays an image in the exported .xlsx;
 * - the Amsterdam sample with a boundary file of the user's, opened through the file input: hand-made
 *   squares in RD New (EPSG:28992) carrying the 479 real buurtcodes, plus one shape with an unknown code;
 *   at least 300 buurten coloured, the unknown shape reported.
 * Screenshots: test-results/screenshots/taskpane-map-gemeenten.png and taskpane-map-amsterdam.png (the README's).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { PREVIEW_STRINGS as PAGE } from "../../src/i18n/preview";
import { NO_AREA_COLOR, NO_DATA_COLOR, decileColor } from "../../src/taskpane/map/mapColors";
import { STRINGS as PANE } from "../../src/taskpane/strings";
import { readCsv } from "../support/csv";
import { seriousViolations } from "./axe";
import { exportWorkbook, plain } from "./exported";
import { ROOT, launchBrowser, openPreview, prefix, screenshot, waitUntilReady } from "./support";

jest.setTimeout(20 * 60 * 1000);

const t = PANE.nl;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a sample, reads its first table and computes with every default. */
async function computeSample(
  page: Page,
  sample: string,
  grid: string,
  { areas, columns }: { areas: number; columns: number },
): Promise<Locator> {
  await page.getByRole("button", { name: new RegExp(PAGE.nl.sample) }).click();
  await page.getByRole("menuitem", { name: sample }).click();
  await page.getByRole("grid", { name: grid }).waitFor({ timeout: 120000 });
  await waitUntilReady(page);
  const pane = page.getByRole("complementary", { name: PAGE.nl.pane });
  await pane.getByRole("button", { name: t.data.useTable }).click();
  await pane.getByText(prefix((where) => t.data.summary(areas, columns, where))).waitFor({ timeout: 120000 });
  await pane.getByRole("tab", { name: t.steps.compute }).click();
  await pane.getByRole("button", { name: t.compute.button, exact: true }).click();
  await pane.getByText(prefix((sheets) => t.compute.done(areas, sheets))).waitFor({ timeout: 600000 });
  return pane;
}

/** The fills of the map's shapes in the pane, by kind: decile colours, grey (no value), pale (no area). */
async function fills(pane: Locator): Promise<{ deciles: number; noValue: number; noArea: number; shapes: number }> {
  const all = await pane
    .getByTestId("mdi-map")
    .locator("path[data-shape]")
    .evaluateAll((paths) => paths.map((p) => p.getAttribute("fill") ?? ""));
  const decileColors = new Set(Array.from({ length: 10 }, (_, d) => decileColor(d + 1)));
  return {
    deciles: all.filter((f) => decileColors.has(f)).length,
    noValue: all.filter((f) => f === NO_DATA_COLOR).length,
    noArea: all.filter((f) => f === NO_AREA_COLOR).length,
    shapes: all.length,
  };
}

describe("the map step in headless Chromium", () => {
  test("gemeenten 2024: 342 gemeenten in their decile colours, legend and credit; placed as a picture", async () => {
    const preview = await openPreview(browser, { language: "nl", width: 1600, height: 1100 });
    const { page } = preview;
    const pane = await computeSample(page, PAGE.nl.samples.gemeenten, "Werkblad Gemeenten", {
      areas: 342,
      columns: 16,
    });

    await pane.getByRole("tab", { name: t.map.tab }).click();
    await pane.getByRole("heading", { name: t.map.heading }).waitFor();
    await pane.getByTestId("mdi-map").waitFor({ timeout: 120000 });
    await expect(pane.getByRole("combobox", { name: t.map.boundaries }).textContent()).resolves.toBe(
      t.map.bundled.gemeente_2024,
    );
    const join = await pane.getByTestId("mdi-map-join").textContent();
    console.log(`Map, gemeenten: ${join}`);
    expect(join).toContain(t.map.joined(342, 342, "Gemeentecode", "statcode"));
    expect(join).toContain(t.map.withoutArea(0));
    const counted = await fills(pane);
    console.log(`Map, gemeenten: fills ${JSON.stringify(counted)}`);
    // Every gemeente drawn: in its decile's colour, or grey where it has no MDI. CBS suppresses the income of five
    // small gemeenten (Ameland, Renswoude, Rozendaal, Schiermonnikoog, Vlieland: examples.test.ts), which leaves
    // them under the 65 % rule; they are counted in the legend, never painted as a decile.
    expect(counted.shapes).toBe(342);
    expect(counted.deciles + counted.noValue).toBe(342);
    expect(counted.noValue).toBe(5);
    // The legend: ten deciles and "no value", with the counts adding up to the gemeenten.
    const legend = pane.getByRole("list", { name: t.map.legend });
    await expect(legend.getByRole("listitem").count()).resolves.toBe(11);
    await legend.getByText(t.map.legendNoData(5)).waitFor();
    const perDecile = await legend.getByRole("listitem").allTextContents();
    const counts = perDecile.map((text) => Number(/\((\d+)\)$/.exec(text)?.[1]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(342);
    await pane.getByText(t.map.credit).waitFor();

    // Keyboard: the map takes focus and the arrow keys walk the gemeenten in rank order, read out live.
    await pane.getByTestId("mdi-map").focus();
    await page.keyboard.press("Home");
    const first = await pane.getByText(/: MDI .*, rang 1, deciel 1$/).textContent();
    console.log(`Map, first by rank: ${first}`);
    await page.keyboard.press("ArrowRight");
    await pane.getByText(/, rang 2, deciel 1$/).waitFor();
    // The table alternative.
    await pane.getByRole("button", { name: t.map.showTable }).click();
    await expect(
      pane
        .getByRole("table", { name: t.map.title(t.map.shows.mdi) })
        .getByRole("row")
        .count(),
    ).resolves.toBe(101);

    expect(await seriousViolations(page)).toEqual([]);
    await pane.getByTestId("mdi-map").scrollIntoViewIfNeeded();
    await screenshot(page, "taskpane-map-gemeenten");

    // Into the workbook: a picture on the sheet MDI, kept as an image by the export.
    await pane.getByRole("button", { name: t.map.place }).click();
    // Beside the table (9 columns), the Methode block, the charts and their numbers: column AH, the header row.
    await pane.getByText(t.map.placed("MDI!AH4")).waitFor({ timeout: 120000 });
    await page.getByRole("tablist", { name: PAGE.nl.sheets }).getByRole("tab", { name: "MDI", exact: true }).click();
    await page.getByRole("img", { name: t.map.description(342, t.map.shows.mdi) }).waitFor({ timeout: 60000 });
    const exported = await exportWorkbook(page);
    const mdi = exported.getWorksheet("MDI")!;
    expect(mdi.getImages()).toHaveLength(1);
    // The grey ones are exactly the gemeenten without a score on the sheet.
    const header = [...Array(mdi.rowCount).keys()]
      .map((r) => r + 1)
      .find((r) => plain(mdi.getCell(r, 1)) === t.sheet.area)!;
    const scoreColumn = (mdi.getRow(header).values as unknown[]).indexOf(t.sheet.score);
    const unscored: string[] = [];
    for (let r = header + 1; r <= header + 342; r++) {
      if (typeof plain(mdi.getCell(r, scoreColumn)) !== "number") unscored.push(String(plain(mdi.getCell(r, 1))));
    }
    expect(unscored.sort()).toEqual(["Ameland", "Renswoude", "Rozendaal", "Schiermonnikoog", "Vlieland"]);
    expect(preview.problems).toEqual([]);
    await preview.context.close();
  });

  test("Amsterdam with the user's own RD New file: ≥ 300 buurten coloured, the unknown shape reported", async () => {
    // The user's file: a 25 × 20 grid of 200 m squares in RD New around Amsterdam, one per real buurtcode of the
    // CBS Kerncijfers wijken en buurten 2019, plus a square with a code no buurt has.
    const codes = readCsv("netherlands/cbs_kwb2019_amsterdam_gemeente_wijken_buurten.csv")
      .filter((r) => r["Regioaanduiding.Soort.regio..omschrijving."].trim() === "Buurt")
      .map((r) => r["Regioaanduiding.Codering..code."].trim());
    expect(codes).toHaveLength(479);
    const square = (i: number) => {
      const x = 118_000 + (i % 25) * 200;
      const y = 484_000 + Math.floor(i / 25) * 200;
      return [
        [
          [x, y],
          [x + 200, y],
          [x + 200, y + 200],
          [x, y + 200],
          [x, y],
        ],
      ];
    };
    const features = [...codes, "BU03639999"].map((code, i) => ({
      type: "Feature",
      properties: { buurtcode: code, buurtnaam: code === "BU03639999" ? "Onbekende buurt" : `Buurt ${i + 1}` },
      geometry: { type: "Polygon", coordinates: square(i) },
    }));
    const folder = resolve(ROOT, "test-results/map");
    mkdirSync(folder, { recursive: true });
    const file = resolve(folder, "buurten_amsterdam_rd.geojson");
    writeFileSync(
      file,
      JSON.stringify({
        type: "FeatureCollection",
        crs: { type: "name", properties: { name: "urn:ogc:def:crs:EPSG::28992" } },
        features,
      }),
    );

    const preview = await openPreview(browser, { language: "nl", width: 1600, height: 1100 });
    const { page } = preview;
    const pane = await computeSample(page, PAGE.nl.samples.amsterdam, "Werkblad Buurten", {
      areas: 479,
      columns: 21,
    });
    await pane.getByRole("tab", { name: t.map.tab }).click();
    // No built-in boundaries fit buurten: the pane says so and asks for a file.
    await pane.getByText(t.map.noBundledMatch).waitFor({ timeout: 120000 });
    // A file in web mercator (EPSG:3857), dropped on the step, is refused with what to do, and nothing is drawn.
    const mercator = JSON.stringify({
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: { buurtcode: codes[0] },
          geometry: {
            type: "Polygon",
            coordinates: [
              [
                [545_000, 6_867_000],
                [545_200, 6_867_000],
                [545_200, 6_867_200],
                [545_000, 6_867_000],
              ],
            ],
          },
        },
      ],
    });
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], "buurten_webmercator.geojson", { type: "application/geo+json" }));
      return transfer;
    }, mercator);
    await pane.getByTestId("mdi-map-step").dispatchEvent("dragover", { dataTransfer });
    await pane.getByTestId("mdi-map-step").dispatchEvent("drop", { dataTransfer });
    await pane
      .getByText(prefix((box) => t.map.fileErrors.UNKNOWN_COORDINATES("buurten_webmercator.geojson", box, "")))
      .waitFor();
    await expect(pane.getByTestId("mdi-map").count()).resolves.toBe(0);
    await pane.getByTestId("mdi-map-file").setInputFiles(file);
    await pane.getByTestId("mdi-map").waitFor({ timeout: 120000 });
    const join = await pane.getByTestId("mdi-map-join").textContent();
    console.log(`Map, Amsterdam: ${join}`);
    expect(join).toContain(t.map.joined(479, 479, "Buurtcode", "buurtcode"));
    expect(join).toContain(t.map.withoutShape(0));
    expect(join).toContain(t.map.withoutArea(1));
    await pane.getByText(`${t.map.shapesWithoutArea} (1)`).click();
    await pane.getByRole("list", { name: t.map.shapesWithoutArea }).getByText("Onbekende buurt (BU03639999)").waitFor();
    const counted = await fills(pane);
    console.log(`Map, Amsterdam: fills ${JSON.stringify(counted)}`);
    expect(counted.shapes).toBe(480);
    expect(counted.deciles).toBeGreaterThanOrEqual(300);
    expect(counted.deciles + counted.noValue).toBe(479);
    expect(counted.noArea).toBe(1);
    await pane.getByText(t.map.ownCredit("buurten_amsterdam_rd.geojson")).waitFor();
    // The workbook keeps only the file's name and size.
    await pane.getByTestId("mdi-map").scrollIntoViewIfNeeded();
    await screenshot(page, "taskpane-map-amsterdam");
    expect(preview.problems).toEqual([]);
    await preview.context.close();
  });
});
