/**
 * The preview's .xlsx export as a reader of the file sees it: the tests check what the pane wrote through
 * the exported workbook (every formula with its computed value), not through the page's internals.
 */
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { PREVIEW_STRINGS as PAGE } from "../../src/i18n/preview";

/** A cell's value: a formula's cached result (an error as its text, e.g. "#N/A"), else the value; blank = null. */
export function plain(cell: ExcelJS.Cell): unknown {
  const v = cell.value as unknown;
  const result = v && typeof v === "object" && "formula" in (v as object) ? (v as { result?: unknown }).result : v;
  if (result && typeof result === "object" && "error" in (result as object)) return (result as { error: string }).error;
  return result ?? null;
}

/** Clicks the preview's Export button (Dutch page) and reads the downloaded workbook. */
export async function exportWorkbook(page: Page): Promise<ExcelJS.Workbook> {
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 300000 }),
    page.getByRole("button", { name: PAGE.nl.export }).click({ timeout: 300000 }),
  ]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  return workbook;
}

/** The MDI results table of the sheet MDI: its header (row 4) and its rows until the first blank area. */
export function resultsTable(sheet: ExcelJS.Worksheet): { header: string[]; rows: unknown[][] } {
  // Array.from: exceljs leaves empty cells as holes, which map() would skip.
  const header = Array.from(sheet.getRow(4).values as unknown[])
    .slice(1)
    .map((v) => (v === undefined || v === null ? "" : String(v)));
  const width = header.indexOf("") < 0 ? header.length : header.indexOf("");
  const rows: unknown[][] = [];
  for (let r = 5; r <= sheet.rowCount; r++) {
    const values = header.slice(0, width).map((_, c) => plain(sheet.getCell(r, c + 1)));
    if (values[0] === null || values[0] === undefined) break;
    rows.push(values);
  }
  return { header: header.slice(0, width), rows };
}
