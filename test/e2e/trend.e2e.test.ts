/**
 * The Ontwikkeling (trend) step end to end in headless Chromium on `npm start`'s preview: the sample
 * "Amsterdam, buurten 2017 en 2019 (CBS)" (examples/amsterdam-buurten-2017-2019.xlsx), its first table
 * (2019) computed with the pane's defaults, the trend step run with its defaults (earlier period: the
 * other table, Buurten2017; buurten matched by Buurtcode; indicators by header), and the sheet
 * MDI ontwikkeling checked in the exported workbook: at least 300 buurten with both scores, a transition
 * table whose cells add up to them, the two-speeds table, the method notes. The figures are checked against
 * an independent recomputation in test/taskpane/trend.test.ts; here the whole path through the pane is.
 * Screenshot: test-results/screenshots/taskpane-trend.png (the README's).
 */
import type { Browser } from "playwright-core";
import { STRINGS as PANE } from "../../src/taskpane/strings";
import { PREVIEW_STRINGS as PAGE } from "../../src/i18n/preview";
import { exportWorkbook, plain } from "./exported";
import { launchBrowser, openPreview, prefix, screenshot, waitUntilReady } from "./support";

jest.setTimeout(20 * 60 * 1000);

const t = PANE.nl;
const s = t.trend.sheet;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the trend step in headless Chromium, Amsterdam 2017 → 2019", () => {
  test("computes MDI ontwikkeling with the defaults: matched buurten, transitions, two speeds, the notes", async () => {
    const preview = await openPreview(browser, { language: "nl", width: 1600, height: 1000 });
    const { page } = preview;
    await page.getByRole("button", { name: new RegExp(PAGE.nl.sample) }).click();
    await page.getByRole("menuitem", { name: PAGE.nl.samples.amsterdamTrend }).click();
    await page.getByRole("grid", { name: "Werkblad Buurten 2019" }).waitFor({ timeout: 120000 });
    await waitUntilReady(page);
    const pane = page.getByRole("complementary", { name: PAGE.nl.pane });

    // The later period: the first table, computed with every default.
    await pane.getByRole("button", { name: t.data.useTable }).click();
    await pane.getByText(prefix((where) => t.data.summary(479, 16, where))).waitFor({ timeout: 120000 });
    await pane.getByRole("tab", { name: t.steps.compute }).click();
    await pane.getByRole("button", { name: t.compute.button, exact: true }).click();
    await pane.getByText(prefix((sheets) => t.compute.done(479, sheets))).waitFor({ timeout: 600000 });

    // The trend step: the other table is offered, buurten matched by code, all 11 indicators by header.
    await pane.getByRole("tab", { name: t.trend.tab }).click();
    await pane.getByRole("heading", { name: t.trend.heading }).waitFor();
    await expect(pane.getByRole("combobox", { name: t.trend.earlier }).textContent()).resolves.toBe("Buurten2017");
    await pane.getByText(`${t.trend.key("Buurtcode")} ${t.trend.areasMatched(479, 0, 0)}`).waitFor({ timeout: 120000 });
    await pane.getByText(t.trend.matchedCount(11, 11)).waitFor();
    await pane.getByRole("button", { name: t.trend.button }).click();
    await pane.getByText(prefix((sheet) => t.trend.done(sheet, 0))).waitFor({ timeout: 300000 });
    // The summary starts with a number: found by its fixed middle part.
    const middle = t.trend.summary(1, 1).split(" ").slice(1, 6).join(" ");
    const summary = await pane.getByText(middle, { exact: false }).textContent();
    console.log(`Trend: ${summary}`);
    await page
      .getByRole("tablist", { name: PAGE.nl.sheets })
      .getByRole("tab", { name: "MDI ontwikkeling", exact: true })
      .waitFor();
    await pane.getByRole("button", { name: t.trend.button }).scrollIntoViewIfNeeded();
    await screenshot(page, "taskpane-trend");

    // The sheet as written, read from the exported workbook.
    const sheet = (await exportWorkbook(page)).getWorksheet("MDI ontwikkeling")!;
    const rows: unknown[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      rows.push(Array.from({ length: 40 }, (_, c) => plain(sheet.getCell(r, c + 1))));
    }
    expect(rows[1][0]).toBe(s.absolute);
    expect(rows[2][0]).toBe(s.relative);
    const header = rows.findIndex((row) => row[0] === "Buurtcode");
    const earlier = rows[header].indexOf(s.earlier);
    const later = rows[header].indexOf(s.later);
    const body = rows.slice(header + 1).filter((row) => typeof row[0] === "string" && row[0] !== "");
    expect(body).toHaveLength(479);
    const both = body.filter((row) => typeof row[earlier] === "number" && typeof row[later] === "number").length;
    console.log(`MDI ontwikkeling: ${both} of 479 buurten with a score in 2017 and 2019`);
    expect(both).toBeGreaterThanOrEqual(300);

    // The 10 × 10 transition table adds up to the buurten with both scores.
    const at = (text: string) => {
      for (let r = 0; r < rows.length; r++) {
        const c = rows[r].indexOf(text);
        if (c >= 0) return { r, c };
      }
      throw new Error(`"${text}" not on the sheet`);
    };
    const corner = at(s.earlierLater);
    let total = 0;
    for (let e = 1; e <= 10; e++) {
      for (let l = 1; l <= 10; l++) total += rows[corner.r + e][corner.c + l] as number;
    }
    expect(total).toBe(both);

    // Two speeds: ten earlier deciles with their areas and mean change.
    const speeds = at(s.speeds);
    const table = rows.slice(speeds.r + 2, speeds.r + 12).map((row) => row.slice(speeds.c, speeds.c + 5));
    expect(table.map((row) => row[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(table.reduce((sum, row) => sum + (row[1] as number), 0)).toBe(both);
    console.log(
      `Two speeds (mean change by 2017 decile): ${table.map((row) => (row[4] as number).toFixed(3)).join(", ")}`,
    );
    expect(
      rows.some((row) => String(row[corner.c] ?? "").startsWith(prefix((n) => s.persistent(n as unknown as number)))),
    ).toBe(true);

    // The briefing now includes the trend.
    await pane.getByRole("tab", { name: t.briefing.tab }).click();
    await pane.getByRole("button", { name: t.briefing.button }).click();
    await pane.getByText(t.briefing.done("MDI briefing")).waitFor({ timeout: 300000 });
    const briefing = (await exportWorkbook(page)).getWorksheet("MDI briefing")!;
    const texts: unknown[] = [];
    briefing.eachRow((row) => row.eachCell((cell) => texts.push(plain(cell))));
    expect(texts).toContain(t.briefing.sheet.trend);
    expect(preview.problems).toEqual([]);
    await preview.context.close();
  });
});
