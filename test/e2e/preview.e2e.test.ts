/**
 * The browser preview end to end, as a newcomer meets it: `npm start` (started once by the e2e
 * project's globalSetup, exactly as the README says), then headless Chromium on
 * https://localhost:3000/preview.html.
 *
 * - the default sample (Amsterdam, 479 buurten) in the grid; the task pane computes the MDI with its
 *   defaults; the MDI sheet and its charts appear; the export re-opens in exceljs with the same values;
 *   the MDI correlates strongly and negatively with the CBS SES-WOA score (higher status, less deprivation);
 * - england-iod2025.xlsx: 33,755 rows scroll virtualised; mapped to the England preset, the MDI score
 *   reproduces the published IMD score within 0.001;
 * - bad files get a message and leave the page usable; CBS-style CSV opens by drag and drop.
 * Screenshots go to test-results/screenshots/preview-*.png (`npm run screenshots` copies the README's).
 */
import { randomFillSync } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import ExcelJS from "exceljs";
import { sampleCorrelation, sampleRankCorrelation } from "simple-statistics";
import type { Browser, Locator, Page } from "playwright-core";
import { STRINGS as PANE } from "../../src/taskpane/strings";
import { PREVIEW_STRINGS as PAGE } from "../../src/i18n/preview";
import { iod2025 } from "../support/csv";
import { ROOT, launchBrowser, openPreview, screenshot, waitUntilReady, prefix } from "./support";

jest.setTimeout(20 * 60 * 1000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A cell of the grid on screen (zero-based row and column). */
function gridCell(page: Page, row: number, column: number): Locator {
  return page.locator(`[role="grid"] [data-kind="cell"][data-row="${row}"][data-column="${column}"]`);
}

/** Picks an option of a Fluent dropdown in the pane (its listbox opens in a portal). */
async function choose(page: Page, pane: Locator, combobox: string, option: string): Promise<void> {
  await pane.getByRole("combobox", { name: combobox }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** Clicks "Export .xlsx" and opens the download with exceljs. */
async function exportAndReopen(
  page: Page,
  language: "nl" | "en",
): Promise<{ workbook: ExcelJS.Workbook; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 300000 }),
    // The export of 33,755 rows runs on the page's thread: the click returns when it is done.
    page.getByRole("button", { name: PAGE[language].export }).click({ timeout: 300000 }),
  ]);
  const bytes = readFileSync(await download.path());
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  return { workbook, bytes };
}

/** A cell's value as a reader of the file sees it: a formula's cached result, else the value. */
function plain(cell: ExcelJS.Cell): unknown {
  const v = cell.value as unknown;
  if (v && typeof v === "object" && "result" in (v as object)) return (v as { result?: unknown }).result ?? null;
  if (v && typeof v === "object" && "formula" in (v as object)) return null;
  return v;
}

/** The MDI results table of the exported MDI sheet: the header row found by its texts, then the rows. */
function resultsTable(sheet: ExcelJS.Worksheet, language: "nl" | "en"): { header: string[]; rows: unknown[][] } {
  const s = PANE[language].sheet;
  for (let r = 1; r <= Math.min(sheet.rowCount, 20); r++) {
    const header = (sheet.getRow(r).values as unknown[]).slice(1).map((v) => String(v ?? ""));
    if (header.includes(s.area) && header.includes(s.score)) {
      const rows: unknown[][] = [];
      for (let i = r + 1; i <= sheet.rowCount; i++) {
        const row = sheet.getRow(i);
        const values = header.map((_, c) => plain(row.getCell(c + 1)));
        if (values[header.indexOf(s.area)] === null || values[header.indexOf(s.area)] === undefined) break;
        rows.push(values);
      }
      return { header, rows };
    }
  }
  throw new Error(`no results table (headers "${s.area}", "${s.score}") on sheet ${sheet.name}`);
}

/** Counts the painted pixels of a canvas: a chart that was drawn has thousands. */
function paintedPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
    return n;
  });
}

/** Reads the sample's table into the pane ("Use table") and waits until it says what it read. */
async function useTable(page: Page, language: "nl" | "en", rows: number, columns: number): Promise<void> {
  const t = PANE[language];
  const pane = page.getByRole("complementary", { name: PAGE[language].pane });
  await pane.getByRole("button", { name: t.data.useTable }).click();
  await pane.getByText(prefix((where) => t.data.summary(rows, columns, where))).waitFor({ timeout: 120000 });
}

/** "Compute" in the pane; waits for its "done" message and the MDI sheet's tab. */
async function computeWithPane(page: Page, language: "nl" | "en", rows: number): Promise<void> {
  const t = PANE[language];
  const pane = page.getByRole("complementary", { name: PAGE[language].pane });
  await pane.getByRole("tab", { name: t.steps.compute }).click();
  await pane.getByRole("button", { name: t.compute.button, exact: true }).click();
  await pane.getByText(prefix((sheets) => t.compute.done(rows, sheets))).waitFor({ timeout: 600000 });
  await page
    .getByRole("tablist", { name: PAGE[language].sheets })
    .getByRole("tab", { name: "MDI", exact: true })
    .waitFor();
}

describe("npm start → preview.html", () => {
  test("opens on the Amsterdam sample: grid with headers, formats, sheet tabs; nothing from another origin", async () => {
    const preview = await openPreview(browser, { language: "nl" });
    const { page } = preview;
    const grid = page.getByRole("grid", { name: "Werkblad Buurten" });
    await expect(grid.getByRole("columnheader", { name: "A", exact: true }).count()).resolves.toBe(1);
    await expect(grid.getByRole("rowheader", { name: "2", exact: true }).count()).resolves.toBe(1);
    // KWB 2019 (data/netherlands): Kop Zeedijk, 1035 inhabitants, 15,3 % low income; Dutch number formats.
    await expect(gridCell(page, 1, 1).textContent()).resolves.toBe("Kop Zeedijk");
    await expect(gridCell(page, 1, 3).textContent()).resolves.toBe("1.035");
    await expect(gridCell(page, 1, 4).textContent()).resolves.toBe("15,3");
    // Stationsplein e.o. (row 7): low income suppressed in the source: an empty cell, not 0.
    await expect(gridCell(page, 6, 1).textContent()).resolves.toBe("Stationsplein e.o.");
    await expect(gridCell(page, 6, 4).textContent()).resolves.toBe("");
    const tabs = page.getByRole("tablist", { name: PAGE.nl.sheets });
    await expect(tabs.getByRole("tab").count()).resolves.toBe(2);
    for (const name of ["Buurten", "Bron"])
      await expect(tabs.getByRole("tab", { name, exact: true }).count()).resolves.toBe(1);
    await expect(
      page.getByRole("complementary", { name: PAGE.nl.pane }).getByRole("heading", { name: PANE.nl.app.title }).count(),
    ).resolves.toBe(1);
    await screenshot(page, "preview-workbook");

    // Keyboard and formula bar: move to E2 with the arrow keys, type a Dutch decimal, see it in the grid.
    await gridCell(page, 1, 1).click();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    const nameBox = page.getByRole("textbox", { name: PAGE.nl.nameBox, exact: true });
    await expect(nameBox.inputValue()).resolves.toBe("E2");
    const formulaBar = page.getByRole("textbox", { name: PAGE.nl.formulaBar, exact: true });
    await expect(formulaBar.inputValue()).resolves.toBe("15,3");
    await formulaBar.fill("20,5");
    await formulaBar.press("Enter");
    await expect(gridCell(page, 1, 4).textContent()).resolves.toBe("20,5");
    expect(preview.problems).toEqual([]);
    await preview.context.close();
  });

  test("computes the MDI of the default sample with the pane's defaults; MDI sheet, charts, export, SES-WOA", async () => {
    const preview = await openPreview(browser, { language: "nl" });
    const { page } = preview;
    const t = PANE.nl;
    const pane = page.getByRole("complementary", { name: PAGE.nl.pane });
    await useTable(page, "nl", 479, 21);
    await screenshot(page, "preview-pane-data");
    await pane.getByRole("tab", { name: t.steps.domains }).click();
    await screenshot(page, "preview-pane-domains");
    await computeWithPane(page, "nl", 479);

    // The MDI sheet is shown, with the results table and at least one drawn chart.
    const grid = page.getByRole("grid", { name: "Werkblad MDI" });
    await grid.waitFor();
    const headerTexts = await grid.locator('[data-kind="cell"]').allTextContents();
    for (const header of [t.sheet.area, t.sheet.score, t.sheet.rank, t.sheet.decile])
      expect(headerTexts).toContain(header);
    const chartCount = await page.locator(`[data-sheet="MDI"] [data-chart] canvas`).count();
    expect(chartCount).toBeGreaterThanOrEqual(1);
    const decileChart = page.locator(`[data-sheet="MDI"] canvas[aria-label^="${PAGE.nl.chart("")}"]`).first();
    await decileChart.scrollIntoViewIfNeeded();
    expect(await paintedPixels(decileChart)).toBeGreaterThan(1000);
    await screenshot(page, "preview-mdi");
    await decileChart.evaluate((c) => c.closest("[data-chart]")!.scrollIntoView({ block: "center", inline: "center" }));
    await screenshot(page, "preview-charts");

    // Export → exceljs: the data sheet as the example had it, the results sheet with the grid's values.
    const { workbook: exported, bytes } = await exportAndReopen(page, "nl");
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(resolve(ROOT, "examples/amsterdam-buurten-2019.xlsx"));
    const before = original.getWorksheet("Buurten")!;
    const after = exported.getWorksheet("Buurten")!;
    for (let r = 1; r <= before.rowCount; r++) {
      expect([r, (after.getRow(r).values as unknown[]).slice(1)]).toEqual([
        r,
        (before.getRow(r).values as unknown[]).slice(1),
      ]);
    }
    const mdi = exported.getWorksheet("MDI");
    expect(mdi).toBeDefined();
    const { header, rows } = resultsTable(mdi!, "nl");
    expect(rows).toHaveLength(479);
    const score = header.indexOf(t.sheet.score);
    const rank = header.indexOf(t.sheet.rank);
    const decile = header.indexOf(t.sheet.decile);
    const scored = rows.filter((row) => typeof row[score] === "number");
    expect(scored.length).toBeGreaterThan(200);
    // Ranks 1..N over the scored areas (ties share the lowest rank), deciles 1..10.
    const ranks = scored.map((row) => row[rank] as number).sort((a, b) => a - b);
    expect(ranks[0]).toBe(1);
    expect(ranks[ranks.length - 1]).toBeLessThanOrEqual(scored.length);
    expect(new Set(scored.map((row) => row[decile]))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));

    // The MDI against the CBS SES-WOA 2019 score, buurt by buurt (same row order as the data sheet).
    const buurten = (after.getRow(1).values as unknown[]).slice(1).map(String);
    const sesColumn = buurten.indexOf("SES-WOA totaalscore 2019") + 1;
    const nameColumn = buurten.indexOf("Buurt") + 1;
    const pairs: Array<[number, number]> = [];
    rows.forEach((row, i) => {
      expect(row[header.indexOf(t.sheet.area)]).toBe(after.getCell(i + 2, nameColumn).value);
      const ses = after.getCell(i + 2, sesColumn).value;
      if (typeof row[score] === "number" && typeof ses === "number") pairs.push([row[score] as number, ses]);
    });
    const pearson = sampleCorrelation(
      pairs.map((p) => p[0]),
      pairs.map((p) => p[1]),
    );
    const spearman = sampleRankCorrelation(
      pairs.map((p) => p[0]),
      pairs.map((p) => p[1]),
    );
    console.log(
      `MDI (pane defaults) vs SES-WOA 2019, ${pairs.length} buurten: Pearson r = ${pearson.toFixed(3)}, Spearman ρ = ${spearman.toFixed(3)}`,
    );
    expect(pearson).toBeLessThanOrEqual(-0.5);
    expect(spearman).toBeLessThanOrEqual(-0.5);

    // Re-opened in the preview, the export brings back its sheets and draws its charts again.
    await page.locator('input[type="file"]').setInputFiles({
      name: "amsterdam-buurten-2019-mdi.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: bytes,
    });
    await waitUntilReady(page);
    await page.getByRole("tablist", { name: PAGE.nl.sheets }).getByRole("tab", { name: "MDI", exact: true }).click();
    // The charts float over the grid from the sheet's scroller (a grid may hold only rows).
    expect(await page.locator('[data-sheet="MDI"] [data-chart] canvas').count()).toBe(chartCount);
    expect(preview.problems).toEqual([]);
    await preview.context.close();
  });

  test("england-iod2025.xlsx: 33,755 rows scroll virtualised; the England preset reproduces the published IMD score", async () => {
    const preview = await openPreview(browser, { language: "en" });
    const { page } = preview;
    const t = PANE.en;
    await page.getByRole("button", { name: new RegExp(PAGE.en.sample) }).click();
    await page.getByRole("menuitem", { name: PAGE.en.samples.england }).click();
    await page.getByRole("grid", { name: "Sheet LSOA 2021" }).waitFor({ timeout: 180000 });
    await waitUntilReady(page);

    // Virtualised: a few dozen rows in the DOM, whatever the scroll position; each jump redrawn within frames.
    const grid = page.getByRole("grid", { name: "Sheet LSOA 2021" });
    expect(Number(await grid.getAttribute("aria-rowcount"))).toBeGreaterThan(33756);
    const frames = await grid.evaluate(async (grid) => {
      // The grid scrolls inside its sheet's scroller, the element around it.
      const element = grid.parentElement!;
      const nextFrame = () => new Promise((done) => requestAnimationFrame(done));
      // Jumps anywhere in the sheet: the DOM keeps only the rows on screen.
      let maxRows = 0;
      for (let i = 0; i < 30; i++) {
        element.scrollTop = ((i * 7919) % 33700) * 22;
        await nextFrame();
        await nextFrame();
        maxRows = Math.max(maxRows, element.querySelectorAll('[role="row"]').length);
      }
      // Scrolling as a mouse wheel does (120 px a frame): the time between frames.
      element.scrollTop = 0;
      await nextFrame();
      const times: number[] = [];
      let last = performance.now();
      for (let i = 0; i < 120; i++) {
        element.scrollTop += 120;
        await nextFrame();
        const now = performance.now();
        times.push(now - last);
        last = now;
      }
      times.sort((a, b) => a - b);
      return { median: times[60], maxRows };
    });
    console.log(
      `England grid: median ${frames.median.toFixed(1)} ms between frames while scrolling, at most ${frames.maxRows} rows in the DOM`,
    );
    expect(frames.maxRows).toBeLessThan(150);
    // Smooth: at least 20 frames a second in the development build on a small CI machine.
    expect(frames.median).toBeLessThan(50);
    await grid.focus();
    await page.keyboard.press("Control+End");
    await grid.getByRole("rowheader", { name: "33756", exact: true }).waitFor();

    // Map the seven published ranks to the England domains; rank 1 = most deprived, so higher = better.
    const pane = page.getByRole("complementary", { name: PAGE.en.pane });
    await useTable(page, "en", 33755, 11);
    await pane.getByRole("tab", { name: t.steps.domains }).click();
    await choose(page, pane, t.domains.domainSet, t.domains.domainSets.england);
    const ranks: Array<[string, keyof typeof t.domainLabels]> = [
      ["Income domain rank (1 = most deprived)", "income"],
      ["Employment domain rank (1 = most deprived)", "employment"],
      ["Education, skills and training domain rank (1 = most deprived)", "education"],
      ["Health deprivation and disability domain rank (1 = most deprived)", "health"],
      ["Crime domain rank (1 = most deprived)", "crime"],
      ["Barriers to housing and services domain rank (1 = most deprived)", "barriers"],
      ["Living environment domain rank (1 = most deprived)", "living"],
    ];
    for (const [column, domain] of ranks) {
      await choose(page, pane, t.domains.domainOf(column), t.domainLabels[domain]);
      await pane.getByRole("switch", { name: t.domains.directionOf(column) }).check();
    }
    for (const column of [
      "IMD score (published)",
      "IMD rank (published, 1 = most deprived)",
      "IMD decile (published, 1 = most deprived 10%)",
    ]) {
      await choose(page, pane, t.domains.domainOf(column), t.domains.notUsed);
    }
    await pane.getByRole("tab", { name: t.steps.weights }).click();
    await choose(page, pane, t.weights.preset, t.weights.presets.england);
    const started = Date.now();
    await computeWithPane(page, "en", 33755);
    console.log(
      `England: compute and write through the pane in ${((Date.now() - started) / 1000).toFixed(1)} s (development build)`,
    );
    await screenshot(page, "preview-england");

    const { workbook: exported } = await exportAndReopen(page, "en");
    const { header, rows } = resultsTable(exported.getWorksheet("MDI")!, "en");
    expect(rows).toHaveLength(33755);
    const published = iod2025();
    const byCode = new Map(published.codes.map((code, i) => [code, published.score[i]]));
    const area = header.indexOf(t.sheet.area);
    const score = header.indexOf(t.sheet.score);
    let worst = 0;
    for (const row of rows) {
      const expected = byCode.get(row[area] as string);
      expect(expected).toBeDefined();
      worst = Math.max(worst, Math.abs((row[score] as number) - (expected as number)));
    }
    console.log(`England: max |MDI score − published IMD score| = ${worst.toFixed(5)} over ${rows.length} LSOAs`);
    expect(worst).toBeLessThan(0.001);
    expect(preview.problems).toEqual([]);
    await preview.context.close();
  });

  test("bad files get a clear message and leave the page usable; CBS-style CSV opens by drag and drop", async () => {
    const preview = await openPreview(browser, { language: "nl" });
    const { page } = preview;
    // 50 MB of random bytes that start like an .xlsx (a zip) but are not one.
    const junk = Buffer.alloc(50 * 1024 * 1024);
    randomFillSync(junk);
    junk.write("PK\x03\x04", 0, "latin1");
    const junkPath = resolve(mkdtempSync(resolve(tmpdir(), "mdi-e2e-")), "rommel.xlsx");
    writeFileSync(junkPath, junk);
    await page.locator('input[type="file"]').setInputFiles(junkPath);
    const error = page.locator('[data-notice="error"]');
    await error.waitFor({ timeout: 120000 });
    expect(await error.textContent()).toContain(PAGE.nl.fileErrors.notSpreadsheet("rommel.xlsx"));
    await screenshot(page, "preview-bad-file");
    // Still the sample, still working.
    await expect(gridCell(page, 1, 1).textContent()).resolves.toBe("Kop Zeedijk");

    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: "leeg.csv", mimeType: "text/csv", buffer: Buffer.alloc(0) });
    await page.locator('[data-notice="error"]', { hasText: "leeg.csv" }).waitFor();

    // A CBS export: BOM, ';', decimal commas, '.' for suppressed, codes with leading zeros.
    const csv =
      "\uFEFFRegiocode;Gemeente;Inkomen (1 000 euro);Laag inkomen (%)\r\n0363;Amsterdam;32,3;12,8\r\n0014;Groningen;.;15\r\n";
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], "inkomen.csv", { type: "text/csv" }));
      return transfer;
    }, csv);
    const workbook = page.getByRole("region", { name: PAGE.nl.workbook });
    await workbook.dispatchEvent("dragover", { dataTransfer });
    await workbook.dispatchEvent("drop", { dataTransfer });
    await page.getByRole("grid", { name: "Werkblad inkomen" }).waitFor();
    await expect(gridCell(page, 1, 0).textContent()).resolves.toBe("0363");
    await expect(gridCell(page, 1, 2).textContent()).resolves.toBe("32,3");
    await expect(gridCell(page, 2, 2).textContent()).resolves.toBe("");
    await expect(gridCell(page, 2, 3).textContent()).resolves.toBe("15");
    expect(preview.problems).toEqual([]);
    await preview.context.close();
  });
});
