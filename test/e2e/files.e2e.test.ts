/**
 * Files in the preview, end to end in headless Chromium on `npm start`'s preview:
 * - a Dutch CSV (';', decimal commas, '.' between thousands, CBS's markers) is read right: "1.234" is
 *   1234, "n.v.t." and "x" are missing values and the page says how many, the column stays numeric;
 * - a CSV of 2,000,001 rows (more than Excel's 1,048,576) is refused with a message, quickly, and the
 *   page stays usable. The file is written to a temporary folder, never into the tree.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { PREVIEW_STRINGS as PAGE } from "../../src/i18n/preview";
import { STRINGS as PANE } from "../../src/taskpane/strings";
import { exportWorkbook, plain } from "./exported";
import { launchBrowser, openPreview, prefix } from "./support";

jest.setTimeout(10 * 60 * 1000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("files in headless Chromium", () => {
  test("a Dutch CSV: thousands separators, CBS's markers read as missing and counted", async () => {
    const preview = await openPreview(browser, { language: "nl" });
    const { page } = preview;
    // As a Dutch reader reads it: 1.234 inhabitants is twelve hundred and thirty-four.
    const csv =
      "Buurt;Inwoners;Laag inkomen (%);Jeugdzorg (%)\r\n" +
      "Kop Zeedijk;1.234;12,8;n.v.t.\r\nNieuwmarkt;12.345;9,5;4,1\r\nOude Kerk;987;.;x\r\nLandlust;4.270;14;6\r\n";
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: "buurten.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    const notice = page.locator('[data-notice="warning"]');
    await notice.waitFor({ timeout: 120000 });
    const text = await notice.textContent();
    const nl = PAGE.nl;
    expect(text).toContain(
      nl.csvMissing(3, [nl.csvMarker("n.v.t.", 1), nl.csvMarker(".", 1), nl.csvMarker("x", 1)].join(", ")),
    );
    expect(text).toContain(nl.csvThousands("Inwoners"));

    // The pane finds every column numeric: one "n.v.t." does not turn Jeugdzorg into text.
    const pane = page.getByRole("complementary", { name: nl.pane });
    await pane.getByRole("button", { name: PANE.nl.data.useSelection }).click();
    await pane.getByText(prefix((where) => PANE.nl.data.summary(4, 4, where))).waitFor({ timeout: 120000 });
    const columns = pane.getByRole("table", { name: PANE.nl.data.columnsHeading });
    // Header + the two indicators (Inwoners is the population column): Jeugdzorg is among them.
    await expect(columns.getByRole("row").count()).resolves.toBe(3);
    await columns.getByRole("row", { name: /Jeugdzorg/ }).waitFor();

    const exported = await exportWorkbook(page);
    const sheet = exported.getWorksheet("buurten")!;
    expect([2, 3, 4, 5].map((r) => plain(sheet.getCell(`B${r}`)))).toEqual([1234, 12345, 987, 4270]);
    expect([2, 3, 4, 5].map((r) => plain(sheet.getCell(`D${r}`)))).toEqual([null, 4.1, null, 6]);
    expect(preview.problems).toEqual([]);
    await preview.context.close();
  });

  test("a CSV of 2,000,001 rows is refused with a message within seconds, and the page stays usable", async () => {
    const preview = await openPreview(browser, { language: "en" });
    const { page } = preview;
    const path = resolve(mkdtempSync(resolve(tmpdir(), "mdi-e2e-")), "rows.csv");
    const lines = ["code,x,y"];
    for (let i = 0; i < 2_000_000; i++) lines.push(`E${i},${(i % 997) / 7},${i % 13}`);
    writeFileSync(path, lines.join("\n"));
    const started = Date.now();
    await page.locator('input[type="file"]').setInputFiles(path);
    const error = page.locator('[data-notice="error"]');
    await error.waitFor({ timeout: 120000 });
    const seconds = (Date.now() - started) / 1000;
    console.log(`2,000,001-row CSV refused in ${seconds.toFixed(2)} s (upload included)`);
    expect(await error.textContent()).toContain(PAGE.en.fileErrors.tooManyRows("rows.csv", "2000001"));
    expect(seconds).toBeLessThan(10);
    // Still the sample, still answering.
    await page.getByRole("grid", { name: PAGE.en.grid("Buurten") }).waitFor({ timeout: 5000 });
    expect(preview.problems).toEqual([]);
    await preview.context.close();
  });
});
