/**
 * The task pane end to end in headless Chromium: the built pane in the browser preview, bound to
 * the in-memory workbook holding the real Dutch sample (examples/amsterdam-buurten-2019.xlsx, CBS
 * Kerncijfers wijken en buurten 2019, 479 buurten). Read the table, check the suggested mapping,
 * change it, weigh, compute with live formulas, then check the MDI table that was written (479 rows,
 * a score recomputed here from docs/method.md's formulas, ranks 1..N, deciles 1..10), the charts, the
 * question before replacing an edited sheet, and the correlation sheet. Screenshots go to
 * test-results/screenshots/taskpane-*.png (`npm run screenshots` copies the README's).
 */
import { resolve } from "node:path";
import ExcelJS from "exceljs";
import { mean, sampleStandardDeviation } from "simple-statistics";
import type { Browser, Locator, Page } from "playwright-core";
import { STRINGS as PANE } from "../../src/taskpane/strings";
import { PREVIEW_STRINGS as PAGE } from "../../src/i18n/preview";
import { exportWorkbook, plain, resultsTable } from "./exported";
import { ROOT, launchBrowser, openPreview, screenshot, prefix } from "./support";

jest.setTimeout(15 * 60 * 1000);

const t = PANE.nl;
const SAMPLE = resolve(ROOT, "examples/amsterdam-buurten-2019.xlsx");

/**
 * The mapping this test uses: the pane's suggestions for the sample, with one change (the AO
 * benefit, arbeidsongeschiktheid, moved from income to health). Direction −1 = higher is better.
 */
const MAPPING: Array<[column: string, domain: keyof typeof t.domainLabels | null, direction: 1 | -1]> = [
  ["Huishoudens met een laag inkomen (%)", "inkomen", 1],
  ["Huishoudens onder of rond sociaal minimum (%)", "inkomen", 1],
  ["Gemiddeld gestandaardiseerd inkomen van huishoudens (x 1 000 euro)", "inkomen", -1],
  ["Personen met bijstand (per 1 000 inwoners)", "inkomen", 1],
  ["Personen met een AO-uitkering (per 1 000 inwoners)", "gezondheid", 1],
  ["Personen met een WW-uitkering (per 1 000 inwoners)", "werk", 1],
  ["Nettoarbeidsparticipatie (%)", "werk", -1],
  ["Opleidingsniveau laag (%)", "opleiding", 1],
  ["Gemiddelde WOZ-waarde van woningen (x 1 000 euro)", "huisvesting", -1],
  ["Huurwoningen in bezit van woningcorporaties (%)", "huisvesting", 1],
  ["Afstand tot huisartsenpraktijk (km)", "woonomgeving", 1],
  ["Afstand tot grote supermarkt (km)", "woonomgeving", 1],
  ["Afstand tot kinderdagverblijf (km)", "woonomgeving", 1],
  ["Afstand tot basisschool (km)", "woonomgeving", 1],
  ["Jongeren met jeugdzorg (%)", "gezondheid", 1],
  ["Wmo-cliënten (per 1 000 inwoners)", "gezondheid", 1],
  ["SES-WOA totaalscore 2019", null, -1],
];

/** "NL — niet-officieel" (England's weights on the Dutch domains, docs/method.md §3), then income set to 0.3. */
const WEIGHTS: Record<string, number> = {
  inkomen: 0.3,
  werk: 0.225,
  opleiding: 0.135,
  gezondheid: 0.135,
  huisvesting: 0.093,
  woonomgeving: 0.093,
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function choose(page: Page, pane: Locator, combobox: string, option: string): Promise<void> {
  await pane.getByRole("combobox", { name: combobox }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** The sample's data sheet: header and rows, blanks as null. */
async function sampleData(): Promise<{ header: string[]; rows: unknown[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(SAMPLE);
  const sheet = workbook.getWorksheet("Buurten")!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: unknown[][] = [];
  for (let r = 2; r <= sheet.rowCount; r++) rows.push(header.map((_, c) => plain(sheet.getCell(r, c + 1))));
  return { header, rows };
}

/** The pane's default missing-value rule (docs/method.md §5): 65 % of the weight at either level. */
const MIN_COVERAGE = 0.65;

/**
 * The MDI of every buurt recomputed here, from docs/method.md's formulas and simple-statistics, not from
 * the add-in's engine: each indicator oriented and z-scored over the buurten that have it (sample
 * sd); a domain is the mean of the indicators a buurt has when they are at least 65 % of the domain's
 * indicators (§5, coverage rule), else none; each domain ranked (1 = highest, ties at the minimum) among the
 * buurten with that domain, exponentially transformed X = −23 ln(1 − R (1 − e^(−100/23))), R = (N − r + 1)/N;
 * the MDI is Σ_present w X · Σ w / Σ_present w when the domains present carry at least 65 % of the weight.
 */
function expectedScores(header: string[], rows: unknown[][]): Array<number | null> {
  const domains = Object.keys(WEIGHTS);
  const domainValues = domains.map((domain) => {
    const columns = MAPPING.filter(([, d]) => d === domain).map(([column, , direction]) => {
      const index = header.indexOf(column);
      const values = rows.map((row) => (typeof row[index] === "number" ? direction * (row[index] as number) : null));
      const present = values.filter((v): v is number => v !== null);
      const m = mean(present);
      const sd = sampleStandardDeviation(present);
      return values.map((v) => (v === null ? null : (v - m) / sd));
    });
    return rows.map((_, i) => {
      const present = columns.map((c) => c[i]).filter((v): v is number => v !== null);
      return present.length / columns.length < MIN_COVERAGE ? null : mean(present);
    });
  });
  const transformed = domainValues.map((values) => {
    const present = values.filter((v): v is number => v !== null);
    const n = present.length;
    return values.map((v) => {
      if (v === null) return null;
      const rank = 1 + present.filter((other) => other > v).length;
      const R = (n - rank + 1) / n;
      return -23 * Math.log(1 - R * (1 - Math.exp(-100 / 23)));
    });
  });
  const total = domains.reduce((sum, domain) => sum + WEIGHTS[domain], 0);
  return rows.map((_, i) => {
    let weighted = 0;
    let present = 0;
    domains.forEach((domain, d) => {
      if (transformed[d][i] === null) return;
      weighted += WEIGHTS[domain] * (transformed[d][i] as number);
      present += WEIGHTS[domain];
    });
    return present < MIN_COVERAGE * total - 1e-12 ? null : (weighted * total) / present;
  });
}

/** The written MDI table, read from the preview's .xlsx export (with every formula's computed value). */
async function exportedTable(page: Page): Promise<{ header: string[]; rows: unknown[][] }> {
  const sheet = (await exportWorkbook(page)).getWorksheet("MDI")!;
  expect(plain(sheet.getCell("A1"))).toBe(t.sheet.title);
  expect(plain(sheet.getCell("A2"))).toBe(t.sheet.legend);
  return resultsTable(sheet);
}

/** Painted pixels of a canvas: a drawn chart has thousands. */
function paintedPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
    return n;
  });
}

describe("task pane in headless Chromium, Amsterdam sample", () => {
  test("map, weigh, compute: the MDI table, its charts, asking before replacing, and the correlation", async () => {
    const preview = await openPreview(browser, { language: "nl", width: 1600, height: 1000 });
    const { page } = preview;
    const pane = page.getByRole("complementary", { name: PAGE.nl.pane });

    // 1. Data: the sample's Excel table.
    await pane.getByRole("button", { name: t.data.useTable }).click();
    await pane.getByText(prefix((where) => t.data.summary(479, 21, where))).waitFor({ timeout: 120000 });
    await expect(pane.getByRole("combobox", { name: new RegExp(`^${t.data.areaColumn}`) }).textContent()).resolves.toBe(
      "Buurt",
    );
    await screenshot(page, "taskpane-data");

    // 2. Domains: the suggestions from the CBS headers, then one change.
    await pane.getByRole("tab", { name: t.steps.domains }).click();
    for (const [column, domain, direction] of MAPPING) {
      const suggested = column.startsWith("Personen met een AO") ? "inkomen" : domain;
      await expect(pane.getByRole("combobox", { name: t.domains.domainOf(column) }).textContent()).resolves.toBe(
        suggested ? t.domainLabels[suggested] : t.domains.notUsed,
      );
      if (domain) {
        const better = pane.getByRole("switch", { name: t.domains.directionOf(column) });
        await expect(better.isChecked()).resolves.toBe(direction === -1);
      }
    }
    await choose(
      page,
      pane,
      t.domains.domainOf("Personen met een AO-uitkering (per 1 000 inwoners)"),
      t.domainLabels.gezondheid,
    );
    await expect(
      pane.getByRole("switch", { name: t.domains.domainSwitch(t.domainLabels.gezondheid, 3) }).isChecked(),
    ).resolves.toBe(true);
    await screenshot(page, "taskpane-domains");

    // 3. Weights: the unofficial Dutch preset, then income up to 0.3.
    await pane.getByRole("tab", { name: t.steps.weights }).click();
    await choose(page, pane, t.weights.preset, t.weights.presets["nl-unofficial"]);
    const income = pane.getByRole("textbox", { name: t.weights.weightOf(t.domainLabels.inkomen) });
    await income.fill("-1");
    await expect(income.getAttribute("aria-invalid")).resolves.toBe("true");
    await pane.getByText(t.weights.negative).waitFor();
    await income.fill("0,3");
    await expect(income.getAttribute("aria-invalid")).resolves.not.toBe("true");
    await expect(pane.getByRole("textbox", { name: t.weights.sum }).inputValue()).resolves.toBe("0,981");
    await screenshot(page, "taskpane-weights");

    // 4. Compute with live formulas (the default).
    await pane.getByRole("tab", { name: t.steps.compute }).click();
    await pane.getByRole("heading", { name: t.method.heading }).waitFor();
    await screenshot(page, "taskpane-compute");
    await pane.getByRole("button", { name: t.compute.button, exact: true }).click();
    await pane.getByText(prefix((sheets) => t.compute.done(479, sheets))).waitFor({ timeout: 600000 });
    const tabs = page.getByRole("tablist", { name: PAGE.nl.sheets });
    for (const name of ["MDI", "MDI berekening"]) await tabs.getByRole("tab", { name, exact: true }).waitFor();
    const grid = page.getByRole("grid", { name: "Werkblad MDI" });
    await grid.waitFor();
    await screenshot(page, "taskpane-mdi-sheet");

    // The charts the pane asked for, drawn from the sheet: the decile distribution (national: 99 wijken are too
    // many for one stacked column each; their counts are a table beside it), profile, scatter.
    const charts = page.locator(`[data-sheet="MDI"] [data-chart] canvas`);
    await expect(charts.count()).resolves.toBe(3);
    const types = await charts.evaluateAll((list) => list.map((c) => c.getAttribute("data-chart-type")));
    expect(types).toEqual(["ColumnClustered", "ColumnClustered", "XYScatter"]);
    for (let i = 0; i < 3; i++) {
      await charts.nth(i).scrollIntoViewIfNeeded();
      expect(await paintedPixels(charts.nth(i))).toBeGreaterThan(1000);
    }
    const scatterLabel = (await charts.nth(2).getAttribute("aria-label")) ?? "";
    expect(scatterLabel).toMatch(/MDI en SES-WOA totaalscore 2019 \(r = −0,\d\d\)/);
    await charts
      .nth(0)
      .evaluate((c) => c.closest("[data-chart]")!.scrollIntoView({ block: "center", inline: "center" }));
    await screenshot(page, "taskpane-charts");

    // The table as written, every formula computed: 479 rows, the scores, ranks 1..N, deciles 1..10.
    const { header, rows } = await exportedTable(page);
    expect(header).toEqual([
      t.sheet.area,
      "Wijk",
      ...["inkomen", "werk", "opleiding", "gezondheid", "huisvesting", "woonomgeving"].map(
        (d) => t.domainLabels[d as keyof typeof t.domainLabels],
      ),
      t.sheet.score,
      t.sheet.rank,
      t.sheet.decile,
      t.sheet.groupDecile("Wijk"),
      t.sheet.coverage,
    ]);
    expect(rows).toHaveLength(479);
    const { header: dataHeader, rows: dataRows } = await sampleData();
    const expected = expectedScores(dataHeader, dataRows);
    const score = header.indexOf(t.sheet.score);
    const rank = header.indexOf(t.sheet.rank);
    const decile = header.indexOf(t.sheet.decile);
    const scored: number[] = [];
    rows.forEach((row, i) => {
      expect(row[0]).toBe(dataRows[i][dataHeader.indexOf("Buurt")]);
      if (expected[i] === null) expect([i, row[score]]).toEqual([i, "#N/A"]);
      else {
        expect(row[score] as number).toBeCloseTo(expected[i] as number, 6);
        scored.push(i);
      }
    });
    const n = scored.length;
    console.log(`Amsterdam: ${n} of 479 buurten scored (the others have less than 65 % of the weight: #N/A)`);
    expect(n).toBeGreaterThanOrEqual(370);
    const first = scored.find((i) => rows[i][rank] === 1)!;
    console.log(
      `Most deprived: ${String(rows[first][0])}, MDI ${(rows[first][score] as number).toFixed(4)} (recomputed ${(expected[first] as number).toFixed(4)})`,
    );
    // Competition ranks: rank = 1 + the number of buurten with a higher score; decile = ceil(10 rank / N).
    for (const i of scored) {
      const s = rows[i][score] as number;
      const higher = scored.filter((j) => (rows[j][score] as number) > s).length;
      expect([i, rows[i][rank]]).toEqual([i, higher + 1]);
      expect([i, rows[i][decile]]).toEqual([i, Math.ceil((10 * (higher + 1)) / n)]);
    }
    expect(Math.min(...scored.map((i) => rows[i][rank] as number))).toBe(1);
    expect(new Set(scored.map((i) => rows[i][decile]))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));

    // 5. An edit to the add-in's sheet, then Compute again: the pane asks first.
    await grid.evaluate((element) => element.parentElement!.scrollTo(0, 0)); // virtualised: A1 back on screen (the grid scrolls in its sheet area)
    await grid.locator('[data-kind="cell"][data-row="0"][data-column="0"]').click();
    const formulaBar = page.getByRole("textbox", { name: PAGE.nl.formulaBar });
    await formulaBar.fill("Mijn titel");
    await formulaBar.press("Enter");
    await pane.getByRole("button", { name: t.compute.button, exact: true }).click();
    const dialog = page.getByRole("alertdialog", { name: t.compute.replaceTitle });
    await dialog.waitFor();
    await expect(dialog.getByText(t.compute.edited("MDI")).count()).resolves.toBe(1);
    await screenshot(page, "taskpane-replace-dialog");
    await dialog.getByRole("button", { name: t.compute.replace }).click();
    await pane.getByText(prefix((sheets) => t.compute.done(479, sheets))).waitFor({ timeout: 600000 });
    await expect(grid.locator('[data-kind="cell"][data-row="0"][data-column="0"]').textContent()).resolves.toBe(
      t.sheet.title,
    );

    // 6. Correlation with the SES-WOA score: strong and negative (higher status, less deprivation).
    await pane.getByRole("tab", { name: t.steps.compare }).click();
    await pane.getByText(t.compare.caveat).first().waitFor();
    await pane.getByRole("button", { name: t.compare.button }).click();
    await pane.getByText(t.compare.done("MDI samenhang")).waitFor({ timeout: 300000 });
    const ses = pane.getByRole("table", { name: t.compare.tableCaption }).getByRole("row", { name: /SES-WOA/ });
    const cells = await ses.getByRole("cell").allTextContents();
    console.log(`Samenhang MDI – SES-WOA 2019: ${cells.join(" | ")}`);
    expect(cells).toContain(t.strength.strong);
    // n: the scored buurten that also have an SES-WOA score (the correlation takes complete pairs).
    const ses2019 = dataHeader.indexOf("SES-WOA totaalscore 2019");
    expect(cells[0]).toContain(`n = ${scored.filter((i) => typeof dataRows[i][ses2019] === "number").length}`);
    expect(Number(cells[1].replace("−", "-").replace(",", "."))).toBeLessThan(-0.5);
    await tabs.getByRole("tab", { name: "MDI samenhang", exact: true }).waitFor();
    await screenshot(page, "taskpane-samenhang");

    expect(preview.problems).toEqual([]);
    await preview.context.close();
  });
});
