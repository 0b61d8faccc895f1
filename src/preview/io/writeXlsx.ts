/**
 * A workbook model → .xlsx bytes, with exceljs doing the writing: every sheet with its values,
 * formulas (with their computed results cached, so any reader sees the numbers), number formats,
 * Excel tables, colour scales, frozen header rows, column widths and the add-in's pictures.
 *
 * Charts: exceljs cannot write charts. The sheets keep the data tables the charts are drawn from,
 * and the chart specifications travel in a very hidden sheet (previewState.ts) so the preview
 * draws them again when the file is opened in it; Excel shows the data without the charts.
 *
 * Pictures: exceljs writes PNG, JPEG and GIF but not SVG, so each picture is written as a PNG the
 * caller's rasteriser draws (rasterise.ts in the browser), anchored at its top-left cell with its
 * size; its SVG travels in the hidden sheet, so the preview shows it as it was when the file is
 * opened in it again.
 */
import type ExcelJS from "exceljs";
import { loadExcelJs } from "./loadExcelJs";
import type { Cell, CellError, PictureSpec, SheetModel, WorkbookModel } from "../../workbook/model";
import { formatAddress, parseAddress } from "../../workbook/model";
import { pointsToPixels } from "../format/picture";
import { PREVIEW_STATE_MARK, PREVIEW_STATE_SHEET, encodePreviewState } from "./previewState";
import type { Rasterise } from "./rasterise";

/** The error values an .xlsx file can hold (ECMA-376 ST_CellErrorValue); newer ones (#SPILL!, #CALC!) cannot. */
const FILE_ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);

function isError(value: Cell["value"]): value is CellError {
  return typeof value === "object" && value !== null;
}

/** True for a number no file can hold: an .xlsx cell's number is finite (exceljs would write "Infinity"). */
function nonFinite(value: Cell["value"]): boolean {
  return typeof value === "number" && !Number.isFinite(value);
}

/**
 * A model value as exceljs writes it: errors the file format knows kept, newer ones as #N/A; a
 * non-finite number left blank (the page says how many, from `nonFiniteCells`).
 */
function fileValue(value: Cell["value"]): ExcelJS.CellValue {
  if (isError(value)) return { error: (FILE_ERRORS.has(value.error) ? value.error : "#N/A") as ExcelJS.ErrorValue };
  if (value === "" || nonFinite(value)) return null;
  return value;
}

/** How many cells hold a non-finite number (e.g. 1e309 typed into a cell), which the export leaves blank. */
export function nonFiniteCells(model: WorkbookModel): number {
  let n = 0;
  for (const sheet of model.sheets)
    for (const row of sheet.cells) for (const cell of row) if (cell && nonFinite(cell.value)) n++;
  return n;
}

/**
 * A model cell as an exceljs cell value: a formula keeps its computed result. A formula whose
 * result spills over `spill` (e.g. "C2:C480") is written as an array formula over that area, the
 * way Excel stores one, so the other cells of the area hold its results as values and Excel
 * recalculates the whole area from the one formula.
 */
function cellValue(cell: Cell, spill?: string): ExcelJS.CellValue {
  if (cell.formula) {
    const result = fileValue(cell.value);
    const value = {
      formula: cell.formula.replace(/^=/, ""),
      result: result === null ? undefined : (result as ExcelJS.CellFormulaValue["result"]),
    };
    return spill ? ({ ...value, shareType: "array", ref: spill } as ExcelJS.CellValue) : value;
  }
  return fileValue(cell.value);
}

/** Spill areas by anchor cell ("C2" → "C2:C480"). */
function spillsByAnchor(sheet: SheetModel): Map<string, string> {
  return new Map((sheet.spills ?? []).map((s) => [formatAddress(parseAddress(s.anchor).start), s.address]));
}

/** A table's header names when Excel would accept them (non-empty, unique ignoring case). */
function tableColumns(sheet: SheetModel, address: string): string[] | undefined {
  const range = parseAddress(address);
  const header = sheet.cells[range.start.row] ?? [];
  const names: string[] = [];
  for (let c = range.start.column; c <= range.end.column; c++) {
    const v = header[c]?.value;
    const name = v === undefined || isError(v) ? "" : String(v).trim();
    if (!name || names.some((n) => n.toLowerCase() === name.toLowerCase())) return undefined;
    names.push(name);
  }
  return names;
}

function writeSheet(workbook: ExcelJS.Workbook, sheet: SheetModel): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(sheet.name, {
    state: sheet.visible === false ? "hidden" : "visible",
    views: sheet.frozenRows ? [{ state: "frozen", ySplit: sheet.frozenRows }] : undefined,
    // The print layout the add-in asked for (e.g. the briefing on one page).
    pageSetup: sheet.pageSetup
      ? {
          orientation: sheet.pageSetup.orientation,
          fitToPage: Boolean(sheet.pageSetup.fitToPagesWide || sheet.pageSetup.fitToPagesTall),
          fitToWidth: sheet.pageSetup.fitToPagesWide ?? 0,
          fitToHeight: sheet.pageSetup.fitToPagesTall ?? 0,
        }
      : undefined,
  });
  const spills = spillsByAnchor(sheet);
  const valueAt = (cell: Cell, r: number, c: number): ExcelJS.CellValue =>
    cellValue(cell, cell.formula ? spills.get(formatAddress({ row: r, column: c })) : undefined);
  // Tables first: exceljs writes a table's cells when it is added; the loop below then sets every
  // cell (the same values) with its number format.
  for (const table of sheet.tables) {
    const columns = tableColumns(sheet, table.address);
    if (!columns) continue; // Excel refuses a table without unique headers: the cells are still written.
    const range = parseAddress(table.address);
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = range.start.row + 1; r <= range.end.row; r++) {
      const row: ExcelJS.CellValue[] = [];
      for (let c = range.start.column; c <= range.end.column; c++) {
        const cell = sheet.cells[r]?.[c];
        row.push(cell ? valueAt(cell, r, c) : null);
      }
      rows.push(row);
    }
    worksheet.addTable({
      name: table.name,
      ref: formatAddress(range.start),
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: table.showBandedRows ?? true },
      columns: columns.map((name) => ({ name, filterButton: true })),
      rows,
    });
  }
  sheet.cells.forEach((row, r) => {
    if (!row.length) return;
    const excelRow = worksheet.getRow(r + 1);
    row.forEach((cell, c) => {
      if (cell.value === "" && !cell.formula && !cell.numberFormat) return;
      const target = excelRow.getCell(c + 1);
      target.value = valueAt(cell, r, c);
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
      if (cell.bold) target.font = { bold: true };
    });
  });
  sheet.columnWidths?.forEach((width, c) => {
    if (width > 0) worksheet.getColumn(c + 1).width = width;
  });
  for (const format of sheet.conditionalFormats) {
    const colors = format.colors.map((hex) => ({ argb: `FF${hex.replace("#", "").toUpperCase()}` }));
    const cfvo: ExcelJS.Cvfo[] = format.points
      ? format.points.map((value) => ({ type: "num", value }))
      : colors.length === 3
        ? [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }]
        : [{ type: "min" }, { type: "max" }];
    worksheet.addConditionalFormatting({
      ref: format.address,
      rules: [{ type: "colorScale", priority: 1, cfvo, color: colors }],
    });
  }
  return worksheet;
}

/** The sheet's pictures as PNG images over its cells, from their top-left cells at their size in pixels. */
async function writePictures(
  workbook: ExcelJS.Workbook,
  worksheet: ExcelJS.Worksheet,
  pictures: readonly PictureSpec[],
  rasterise: Rasterise,
): Promise<void> {
  for (const picture of pictures) {
    const { start } = parseAddress(picture.topLeft);
    const image = workbook.addImage({ base64: await rasterise(picture), extension: "png" });
    worksheet.addImage(image, {
      tl: { col: start.column, row: start.row },
      ext: { width: pointsToPixels(picture.width), height: pointsToPixels(picture.height) },
      editAs: "oneCell",
    });
  }
}

/**
 * The workbook as .xlsx bytes.
 * @param rasterise draws a picture as PNG; without it the pictures are kept for the preview only (hidden sheet)
 * @example await writeXlsx({ sheets: [...], settings: {} }) // Uint8Array starting with "PK"
 */
export async function writeXlsx(model: WorkbookModel, rasterise?: Rasterise): Promise<Uint8Array> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = "MDI for Excel (preview)";
  for (const sheet of model.sheets) {
    const worksheet = writeSheet(workbook, sheet);
    if (rasterise && sheet.pictures?.length) await writePictures(workbook, worksheet, sheet.pictures, rasterise);
  }

  const charts = Object.fromEntries(model.sheets.filter((s) => s.charts.length).map((s) => [s.name, s.charts]));
  const pictures = Object.fromEntries(
    model.sheets.filter((s) => s.pictures?.length).map((s) => [s.name, s.pictures as PictureSpec[]]),
  );
  if (Object.keys(charts).length || Object.keys(pictures).length || Object.keys(model.settings).length) {
    const state = workbook.addWorksheet(PREVIEW_STATE_SHEET, { state: "veryHidden" });
    state.getCell(1, 1).value = PREVIEW_STATE_MARK;
    encodePreviewState({ settings: model.settings, charts, pictures }).forEach((chunk, i) => {
      state.getCell(i + 2, 1).value = chunk;
    });
  }
  const buffer = await workbook.xlsx.writeBuffer({ zip: { compression: "DEFLATE" } } as never);
  return new Uint8Array(buffer as ArrayBuffer);
}
