/**
 * Files in the preview, end to end in headless Chromium on `npm start`'s preview:
 * - a Dutch CSV (';', decimal commas, '.' between thousands, CBS's markers) is read right: "1.234" is
 *   1234, "n.v.t." and "x" are missing values and the page says how many, the column stays numeric;
 * - a CSV of 2,000,001 rows (more than Excel's 1,048,576) is refused with a message, quickly, and the
 *   page stays usable. The file is written to a temporary folder, never into the tree;
 * - a workbook the preview exported with a picture the add-in placed (the map) shows the picture over its
 *   sheet, and exporting it again draws it as a PNG image anchored at its cell.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { PREVIEW_STRINGS as PAGE } from "../../src/i18n/preview";
import { writeXlsx } from "../../src/preview/io/writeXlsx";
import { sheetFromRows } from "../../src/preview/memory/models";
import type { PictureSpec } from "../../src/workbook/model";
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

  test("a picture the add-in placed shows over its sheet and is exported as a PNG at its cell", async () => {
    const preview = await openPreview(browser, { language: "nl" });
    const { page } = preview;
    const map: PictureSpec = {
      name: "MDI_Kaart",
      svg:
        '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300">' +
        '<rect width="400" height="300" fill="#fde0c5"/><path d="M40 40h160v120H40z" fill="#b2182b"/></svg>',
      topLeft: "D2",
      width: 300,
      height: 225,
      description: "Kaart van de MDI-decielen per buurt",
    };
    // A workbook as the preview exports it: the picture travels with its SVG in the hidden sheet.
    const sheet = {
      ...sheetFromRows("Kaart", [
        ["Gebied", "Score"],
        ["A", 1.5],
        ["B", 2.5],
      ]),
      pictures: [map],
    };
    const file = Buffer.from(await writeXlsx({ sheets: [sheet], settings: {} }));
    await page.locator('input[type="file"]').setInputFiles({
      name: "kaart.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: file,
    });
    await page.getByRole("grid", { name: PAGE.nl.grid("Kaart") }).waitFor({ timeout: 120000 });
    const image = page.getByRole("img", { name: map.description });
    await image.waitFor({ timeout: 30000 });
    // Drawn (the page's Content-Security-Policy allows data: images) at 300 × 225 points = 400 × 300 pixels.
    const drawn = await image.evaluate((el) => {
      const img = el as HTMLImageElement;
      const box = img.getBoundingClientRect();
      return { natural: img.naturalWidth, width: box.width, height: box.height };
    });
    expect(drawn).toEqual({ natural: 400, width: 400, height: 300 });

    const exported = await exportWorkbook(page);
    const images = exported.getWorksheet("Kaart")!.getImages();
    expect(images).toHaveLength(1);
    const { tl } = images[0].range as unknown as { tl: { nativeCol: number; nativeRow: number } };
    expect([tl.nativeCol, tl.nativeRow]).toEqual([3, 1]); // D2
    const { extension, buffer } = exported.getImage(Number(images[0].imageId));
    expect(extension).toBe("png");
    // The PNG's own width and height (its IHDR chunk): the picture drawn at twice its size in pixels.
    const png = Buffer.from(buffer as unknown as Uint8Array);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([800, 600]);
    expect(preview.problems).toEqual([]);
    await preview.context.close();
  });
});
