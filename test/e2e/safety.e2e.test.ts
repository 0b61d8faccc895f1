/**
 * Safe with people's workbooks, end to end in headless Chromium on `npm start`'s preview:
 * - a note typed on the add-in's sheet MDI survives Compute: the pane asks first, names the changed cell,
 *   Cancel keeps everything, and "write to new sheets" puts the results on "MDI (2)" beside the note;
 * - data text that Excel would read as a formula (=HYPERLINK, =WEBSERVICE: CSV injection) is written as
 *   text, never as a live formula, also in the exported .xlsx;
 * - data on a sheet called "mdi" (mdi.csv) keeps its data: the results go to "MDI (2)".
 */
import type { Browser, Page } from "playwright-core";
import { STRINGS as PANE } from "../../src/taskpane/strings";
import { PREVIEW_STRINGS as PAGE } from "../../src/i18n/preview";
import { CBS_HEADERS, CBS_ROWS } from "../taskpane/fixtures";
import { exportWorkbook, plain } from "./exported";
import { launchBrowser, openPreview, prefix } from "./support";

jest.setTimeout(20 * 60 * 1000);

const t = PANE.nl;
const HYPERLINK = '=HYPERLINK("https://example.org","klik")';
const WEBSERVICE = '=WEBSERVICE("https://example.org")';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A CSV field, quoted when it holds a comma or a quote (RFC 4180). */
function field(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The test sample as mdi.csv, its first two area names formula-like. */
function injectedCsv(): Buffer {
  const rows = CBS_ROWS.map((row, i) =>
    i === 0 ? [HYPERLINK, ...row.slice(1)] : i === 1 ? [WEBSERVICE, ...row.slice(1)] : row,
  );
  const text = [CBS_HEADERS, ...rows].map((row) => row.map(field).join(",")).join("\n");
  return Buffer.from(text, "utf8");
}

async function computeButton(page: Page) {
  const pane = page.getByRole("complementary", { name: PAGE.nl.pane });
  await pane.getByRole("tab", { name: t.steps.compute }).click();
  return pane.getByRole("button", { name: t.compute.button, exact: true });
}

describe("safety in headless Chromium", () => {
  test("a note on MDI survives Compute: asked first, Cancel keeps it, new sheets write beside it", async () => {
    const preview = await openPreview(browser, { language: "nl", width: 1600, height: 1000 });
    const { page } = preview;
    const pane = page.getByRole("complementary", { name: PAGE.nl.pane });
    await pane.getByRole("button", { name: t.data.useTable }).click();
    await pane.getByText(prefix((where) => t.data.summary(479, 21, where))).waitFor({ timeout: 120000 });
    await (await computeButton(page)).click();
    await pane.getByText(prefix((sheets) => t.compute.done(479, sheets))).waitFor({ timeout: 600000 });

    // A note in A3, an empty cell of MDI that the add-in did not write.
    const grid = page.getByRole("grid", { name: "Werkblad MDI" });
    await grid.evaluate((element) => element.parentElement!.scrollTo(0, 0));
    await grid.locator('[data-kind="cell"][data-row="2"][data-column="0"]').click();
    const formulaBar = page.getByRole("textbox", { name: PAGE.nl.formulaBar });
    await formulaBar.fill("Mijn notitie");
    await formulaBar.press("Enter");

    await (await computeButton(page)).click();
    const dialog = page.getByRole("alertdialog", { name: t.compute.replaceTitle });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain("A3");
    await dialog.getByRole("button", { name: t.compute.cancel }).click();
    const note = grid.locator('[data-kind="cell"][data-row="2"][data-column="0"]');
    await expect(note.textContent()).resolves.toBe("Mijn notitie");

    await (await computeButton(page)).click();
    await dialog.waitFor();
    const newSheets = prefix(t.safety.newSheets).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    await dialog.getByRole("button", { name: new RegExp(`^${newSheets}`) }).click();
    await pane.getByText(prefix(t.safety.writtenToNew)).waitFor({ timeout: 600000 });
    const tabs = page.getByRole("tablist", { name: PAGE.nl.sheets });
    await tabs.getByRole("tab", { name: "MDI (2)", exact: true }).waitFor();
    await tabs.getByRole("tab", { name: "MDI", exact: true }).click();
    await expect(note.textContent()).resolves.toBe("Mijn notitie");
    expect(preview.problems).toEqual([]);
    await preview.context.close();
  });

  test("mdi.csv with formula-like area names: the data sheet is kept and the names stay text", async () => {
    const preview = await openPreview(browser, { language: "nl", width: 1600, height: 1000 });
    const { page } = preview;
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: "mdi.csv", mimeType: "text/csv", buffer: injectedCsv() });
    await page.getByRole("grid", { name: "Werkblad mdi" }).waitFor({ timeout: 120000 });
    const pane = page.getByRole("complementary", { name: PAGE.nl.pane });
    await pane.getByRole("button", { name: t.data.useSelection }).click();
    await pane.getByText(prefix((where) => t.data.summary(12, CBS_HEADERS.length, where))).waitFor({ timeout: 120000 });
    await pane.getByRole("tab", { name: t.steps.compute }).click();
    await pane.getByRole("radio", { name: t.compute.outputs.values }).check();
    await pane.getByRole("button", { name: t.compute.button, exact: true }).click();
    await pane.getByText(prefix((data) => t.safety.dataSheetKept(data, "x"))).waitFor({ timeout: 120000 });
    await pane.getByText(prefix((sheets) => t.compute.done(12, sheets))).waitFor({ timeout: 120000 });

    const exported = await exportWorkbook(page);
    const data = exported.getWorksheet("mdi")!;
    expect(plain(data.getCell("A1"))).toBe(CBS_HEADERS[0]);
    expect(plain(data.getCell("C4"))).toBe(CBS_ROWS[2][2]);
    const results = exported.getWorksheet("MDI (2)")!;
    const names = [results.getCell("A5"), results.getCell("A6")];
    // Written as text: the cell holds the string, not a formula that would call an outside address.
    expect(names.map((cell) => cell.value)).toEqual([HYPERLINK, WEBSERVICE]);
    expect(names.map((cell) => cell.formula)).toEqual([undefined, undefined]);
    expect(preview.problems).toEqual([]);
    await preview.context.close();
  });
});
