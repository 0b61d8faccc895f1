/**
 * Missing values end to end in headless Chromium on `npm start`'s preview, with the real Amsterdam sample
 * (examples/amsterdam-buurten-2019.xlsx, CBS 2019, 479 buurten, small counts suppressed): the pane's
 * default rule (65 % of the weight at either level, docs/method.md §5) scores at least 370 buurten, every
 * buurt without any figure stays without a score, and the MDI sheet has its coverage column. The same
 * computation with `preview.html?emptyCells=zero` (empty cells reach the functions as 0, as on older
 * Excel desktop builds) gives identical MDI scores: the formulas the pane writes keep a blank a blank.
 * Expected counts come from the sample file itself, read here with exceljs.
 * Screenshot: test-results/screenshots/taskpane-missing.png (the README's "Ontbrekende waarden").
 */
import { resolve } from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { STRINGS as PANE } from "../../src/taskpane/strings";
import { PREVIEW_STRINGS as PAGE } from "../../src/i18n/preview";
import { exportWorkbook, plain, resultsTable } from "./exported";
import { ROOT, launchBrowser, openPreview, prefix, screenshot } from "./support";

jest.setTimeout(20 * 60 * 1000);

const t = PANE.nl;
const SAMPLE = resolve(ROOT, "examples/amsterdam-buurten-2019.xlsx");
/** Columns of the sample that are not indicators: codes, names, inhabitants and the comparator. */
const NOT_INDICATORS = new Set(["Buurtcode", "Buurt", "Wijk", "Inwoners (aantal)", "SES-WOA totaalscore 2019"]);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The rows of the sample in which no indicator has a figure (all suppressed or absent). */
async function buurtenWithoutData(): Promise<Set<string>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(SAMPLE);
  const sheet = workbook.getWorksheet("Buurten")!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const indicators = header.map((h, c) => (NOT_INDICATORS.has(h) ? -1 : c)).filter((c) => c >= 0);
  const none = new Set<string>();
  for (let r = 2; r <= sheet.rowCount; r++) {
    if (indicators.every((c) => typeof plain(sheet.getCell(r, c + 1)) !== "number")) {
      none.add(String(plain(sheet.getCell(r, header.indexOf("Buurt") + 1))));
    }
  }
  return none;
}

/** Opens the preview, reads the sample's table and computes the MDI with every default; returns the MDI table. */
async function computeDefaults(page: Page, onWeights?: () => Promise<void>) {
  const pane = page.getByRole("complementary", { name: PAGE.nl.pane });
  await pane.getByRole("button", { name: t.data.useTable }).click();
  await pane.getByText(prefix((where) => t.data.summary(479, 21, where))).waitFor({ timeout: 120000 });
  await pane.getByRole("tab", { name: t.steps.weights }).click();
  await pane.getByRole("heading", { name: t.weights.missing.heading }).waitFor();
  if (onWeights) await onWeights();
  await pane.getByRole("tab", { name: t.steps.compute }).click();
  await pane.getByRole("button", { name: t.compute.button, exact: true }).click();
  await pane.getByText(prefix((sheets) => t.compute.done(479, sheets))).waitFor({ timeout: 600000 });

  const { header, rows } = resultsTable((await exportWorkbook(page)).getWorksheet("MDI")!);
  return { header, rows, pane };
}

/** The MDI scores of the first run, for the comparison with the older-desktop emulation. */
let normalScores: unknown[] = [];

describe("missing values in headless Chromium, Amsterdam sample", () => {
  test("the default rule scores at least 370 buurten, leaves those without data unscored, and shows coverage", async () => {
    const preview = await openPreview(browser, { language: "nl", width: 1600, height: 1000 });
    const { page } = preview;
    const { header, rows, pane } = await computeDefaults(page, async () => {
      const outcome = page.getByText(prefix((n) => t.weights.missing.outcome(n as unknown as number, 479)));
      await outcome.scrollIntoViewIfNeeded();
      console.log(`Weights step: ${await outcome.textContent()}`);
      await screenshot(page, "taskpane-missing");
    });
    // The notice after computing says how many have no score and why.
    const notice = await pane
      .getByText(/geen score/)
      .first()
      .textContent();
    console.log(`Notice: ${notice}`);

    expect(header[header.length - 1]).toBe(t.sheet.coverage);
    const score = header.indexOf(t.sheet.score);
    const coverage = header.length - 1;
    const scored = rows.filter((row) => typeof row[score] === "number");
    console.log(`Scored: ${scored.length} of ${rows.length} buurten`);
    expect(rows).toHaveLength(479);
    expect(scored.length).toBeGreaterThanOrEqual(370);

    const none = await buurtenWithoutData();
    console.log(`Buurten without any figure: ${none.size}`);
    expect(none.size).toBeGreaterThan(0);
    for (const row of rows) {
      // Coverage 0; exceljs reads a formula's cached result of 0 back as no result, hence `?? 0`.
      if (none.has(String(row[0]))) expect([row[0], row[score], row[coverage] ?? 0]).toEqual([row[0], "#N/A", 0]);
    }
    // Every scored buurt rests on at least 65 % of the domain weight; some on less than all of it.
    for (const row of scored) expect(row[coverage] as number).toBeGreaterThanOrEqual(0.65 - 1e-12);
    const partial = scored.filter((row) => (row[coverage] as number) < 1).length;
    console.log(`Scored over part of the domains: ${partial}`);
    expect(partial).toBeGreaterThan(0);
    expect(notice).toContain(`${rows.length - scored.length} gebieden krijgen geen score`);

    normalScores = rows.map((row) => row[score]);
    expect(preview.problems).toEqual([]);
    await preview.context.close();
  });

  test("?emptyCells=zero (older desktop builds) gives identical MDI scores", async () => {
    expect(normalScores).toHaveLength(479);
    const preview = await openPreview(browser, { language: "nl", width: 1600, height: 1000, query: "emptyCells=zero" });
    const { header, rows } = await computeDefaults(preview.page);
    const score = header.indexOf(t.sheet.score);
    expect(rows.map((row) => row[score])).toEqual(normalScores);
    expect(preview.problems).toEqual([]);
    await preview.context.close();
  });
});
