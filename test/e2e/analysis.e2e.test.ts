/**
 * "Ongelijk investeren" and the briefing end to end, in headless Chromium on the browser preview
 * (`npm start`, started once by the e2e project's globalSetup): the MDI of the default sample
 * (Amsterdam, 479 buurten) computed with the pane's defaults, a budget allocated in the allocation
 * panel (figures and chart in the pane, a second rule side by side), the sheet MDI verdeling written
 * with live =MDI.ALLOCATE amounts that add up exactly to the budget, and the sheet MDI briefing.
 * Both sheets are checked in the exported .xlsx, against the MDI sheet of the same export.
 * Screenshots go to test-results/screenshots/allocation.png and briefing.png (`npm run screenshots`
 * copies them for the README).
 */
import ExcelJS from "exceljs";
import type { Browser, Locator } from "playwright-core";
import { STRINGS as PANE } from "../../src/taskpane/strings";
import { PREVIEW_STRINGS as PAGE } from "../../src/i18n/preview";
import { exportWorkbook, plain } from "./exported";
import { launchBrowser, openPreview, screenshot, prefix } from "./support";

jest.setTimeout(20 * 60 * 1000);

const t = PANE.nl;
const BUDGET = 2_500_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The rows of a sheet as plain values (row 1 first), each padded to `width` cells. */
function sheetRows(sheet: ExcelJS.Worksheet, width: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(Array.from({ length: width }, (_, c) => plain(row.getCell(c + 1))));
  }
  return rows;
}

/** The table under the header row that starts with `first` and holds `column`: its header and rows until a blank. */
function tableUnder(rows: unknown[][], first: string, column: string): { header: string[]; body: unknown[][] } {
  const at = rows.findIndex((r) => r[0] === first && r.includes(column));
  if (at < 0) throw new Error(`no header row "${first} … ${column}"`);
  const header = rows[at].map((v) => String(v ?? ""));
  const body: unknown[][] = [];
  for (let r = at + 1; r < rows.length && rows[r][0] !== null && rows[r][0] !== "" && rows[r][0] !== undefined; r++) {
    body.push(rows[r]);
  }
  return { header, body };
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

describe("npm start → preview.html: allocation and briefing", () => {
  test("allocates a budget by the MDI and writes MDI verdeling and MDI briefing", async () => {
    const preview = await openPreview(browser, { language: "nl" });
    const { page } = preview;
    const pane = page.getByRole("complementary", { name: PAGE.nl.pane });
    const tabs = page.getByRole("tablist", { name: PAGE.nl.sheets });

    // The MDI of the default sample with the pane's defaults.
    await pane.getByRole("button", { name: t.data.useTable }).click();
    await pane.getByText(prefix((where) => t.data.summary(479, 21, where))).waitFor({ timeout: 120000 });
    await pane.getByRole("tab", { name: t.steps.compute }).click();
    await pane.getByRole("button", { name: t.compute.button, exact: true }).click();
    await pane.getByText(prefix((sheets) => t.compute.done(479, sheets))).waitFor({ timeout: 600000 });

    // The allocation panel: need = the MDI score of the MDI sheet, population × need by default.
    const a = t.allocation;
    await pane.getByRole("tab", { name: a.tab }).click();
    // Buurten with inhabitants but no MDI: the panel asks before sharing anything out (never a silent € 0).
    // The question for any number of buurten (more than one) and inhabitants, as a pattern.
    const pattern = a.unscored
      .question(2, "@")
      .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
      .replace(/^2/, "(\\d+)")
      .replace("@", "[\\d.]+");
    const question = pane.getByText(new RegExp(`^${pattern}$`));
    await question.waitFor({ timeout: 120000 });
    const asked = (await question.textContent()) ?? "";
    console.log(`Allocation question: ${asked}`);
    const figures = pane.getByRole("table", { name: a.figuresCaption });
    await expect(figures.count()).resolves.toBe(0);
    await pane.getByRole("radio", { name: a.unscored.leaveOut }).check();
    await figures.waitFor({ timeout: 120000 });
    expect(await pane.getByRole("combobox", { name: new RegExp(`^${a.need}`) }).textContent()).toContain(a.needMdi);
    const budget = pane.getByRole("textbox", { name: new RegExp(`^${a.budget}`) });
    await budget.fill("2.500.000");
    const deciles = pane.getByRole("table", { name: a.decileCaption });
    await expect(deciles.getByRole("row").count()).resolves.toBe(11);
    const shareText = await figures
      .getByRole("row", { name: new RegExp(`^${a.share10}`) })
      .getByRole("cell")
      .nth(1)
      .textContent();
    const share10 = Number((shareText ?? "").replace(/[^0-9,]/g, "").replace(",", "."));
    // Population × need sends the most deprived 10 % of areas more than 10 % of the budget.
    expect(share10).toBeGreaterThan(10);

    // A second rule side by side in one click; the chart in the pane draws both.
    await pane.getByRole("button", { name: a.compareButton(a.rules.perhead) }).click();
    await expect(figures.getByRole("columnheader").count()).resolves.toBe(3);
    const chart = pane.locator(`canvas[aria-label^="${prefix(a.chartLabel)}"]`);
    await chart.scrollIntoViewIfNeeded();
    await page.waitForFunction(
      (c) => {
        const canvas = c as HTMLCanvasElement;
        const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
        for (let i = 3; i < data.length; i += 40) if (data[i] > 0) return true;
        return false;
      },
      await chart.elementHandle(),
      { timeout: 60000 },
    );
    expect(await paintedPixels(chart)).toBeGreaterThan(1000);

    // Write MDI verdeling.
    await pane.getByRole("button", { name: a.write }).click();
    await pane.getByText(a.done("MDI verdeling")).waitFor({ timeout: 300000 });
    await tabs.getByRole("tab", { name: "MDI verdeling", exact: true }).waitFor();
    const grid = page.getByRole("grid", { name: "Werkblad MDI verdeling" });
    await grid.waitFor();
    expect(await grid.locator('[data-kind="cell"]').allTextContents()).toContain(a.sheet.title);
    await chart.scrollIntoViewIfNeeded();
    await screenshot(page, "allocation");

    // The briefing.
    await pane.getByRole("tab", { name: t.briefing.tab }).click();
    await pane.getByRole("button", { name: t.briefing.button }).click();
    await pane.getByText(t.briefing.done("MDI briefing")).waitFor({ timeout: 300000 });
    const briefingGrid = page.getByRole("grid", { name: "Werkblad MDI briefing" });
    await briefingGrid.waitFor();
    const briefingCells = await briefingGrid.locator('[data-kind="cell"]').allTextContents();
    expect(briefingCells).toContain(t.briefing.sheet.keyFigures);
    expect(briefingCells).toContain(t.briefing.sheet.caveat);
    await screenshot(page, "briefing");

    // The exported workbook: amounts add up exactly to the budget; the briefing agrees with the MDI sheet.
    const exported = await exportWorkbook(page);
    const s = a.sheet;
    const allocation = sheetRows(exported.getWorksheet("MDI verdeling")!, 30);
    const { header, body } = tableUnder(allocation, s.area, s.amount);
    const amount = header.indexOf(s.amount);
    const inhabitants = header.indexOf(s.inhabitants);
    const perInhabitant = header.indexOf(s.perInhabitant);
    const amounts = body.map((row) => row[amount] as number);
    expect(body.length).toBeGreaterThan(200);
    for (const x of amounts) expect(Number.isInteger(x) && x >= 0).toBe(true);
    expect(amounts.reduce((sum, x) => sum + x, 0)).toBe(BUDGET);
    // The answer is stated on the sheet, with the number of buurten the question named.
    const statement = allocation.find((row) => row[0] === s.unscored)?.[1];
    const count = new RegExp(`^${pattern}$`).exec(asked)![1];
    expect(String(statement)).toBe(s.unscoredLeftOut(Number(count), /\(([\d.]+) inwoners\)/.exec(asked)![1]));
    for (const row of body) {
      expect(
        Math.abs((row[perInhabitant] as number) - (row[amount] as number) / (row[inhabitants] as number)),
      ).toBeLessThan(0.005);
    }
    const totalRow = allocation.find((row) => row.includes(s.total))!;
    expect(totalRow[totalRow.indexOf(s.total) + 3]).toBe(BUDGET);
    console.log(
      `MDI verdeling: ${body.length} buurten, Σ amounts = ${BUDGET}; share to the most deprived 10 %: ${shareText}`,
    );

    const mdi = sheetRows(exported.getWorksheet("MDI")!, 20);
    const results = tableUnder(mdi, t.sheet.area, t.sheet.score);
    const rank = results.header.indexOf(t.sheet.rank);
    const areaOfRank = new Map(results.body.map((row) => [row[rank], row[0]]));
    const briefing = sheetRows(exported.getWorksheet("MDI briefing")!, 9);
    expect(String(briefing[0][0])).toMatch(/^MDI-briefing: /);
    const b = t.briefing.sheet;
    const figure = (label: string) => briefing.find((row) => row[0] === label)?.[3];
    expect(figure(b.areas)).toBe(479);
    expect(figure(b.scored)).toBe(results.body.filter((row) => typeof row[rank] === "number").length);
    const most = tableUnder(briefing, b.area, b.rank);
    expect(most.body.slice(0, 10).map((row) => row[0])).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((r) => areaOfRank.get(r)),
    );
    expect(briefing.some((row) => row[5] === b.caveat)).toBe(true);
    expect(preview.problems).toEqual([]);
    await preview.context.close();
  });
});
