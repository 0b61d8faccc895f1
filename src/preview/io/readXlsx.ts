/**
 * .xlsx files → a workbook model, with exceljs doing the reading: sheet names and order, values,
 * formulas with the results Excel cached, number formats, Excel tables, colour scales, frozen rows,
 * column widths. A workbook the preview exported brings back its settings and chart specifications
 * (see previewState.ts).
 */
import type ExcelJS from "exceljs";
import { loadExcelJs } from "./loadExcelJs";
import type {
  PageSetup,
  Cell,
  CellError,
  CellValue,
  ColorScaleFormat,
  SheetModel,
  SpillArea,
  TableModel,
  WorkbookModel,
} from "../../workbook/model";
import { MAX_CELLS, PreviewFileError } from "./fileError";
import { PREVIEW_STATE_MARK, PREVIEW_STATE_SHEET, decodePreviewState, type PreviewState } from "./previewState";

/** Days between Excel's day 0 (1899-12-30, 1900 date system) and the Unix epoch. */
const EXCEL_EPOCH_DAYS = 25569;
const MS_PER_DAY = 86400000;

type Primitive = number | string | boolean | Date | { error: string } | null | undefined;

/** An exceljs value that is not a formula, as a model value. Dates become Excel serial numbers. */
function primitive(value: Primitive): CellValue | CellError {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.getTime() / MS_PER_DAY + EXCEL_EPOCH_DAYS;
  if (typeof value === "object") return { error: value.error };
  return value;
}

/** One exceljs cell as a model cell. */
function readCell(cell: ExcelJS.Cell): Cell {
  const raw = cell.value as unknown;
  const numberFormat = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined;
  const bold = cell.font?.bold === true;
  const withFormat = (c: Cell): Cell => ({
    ...c,
    ...(numberFormat ? { numberFormat } : {}),
    ...(bold ? { bold } : {}),
  });
  if (raw === null || raw === undefined) return withFormat({ value: "" });
  if (typeof raw === "object" && !(raw instanceof Date)) {
    const v = raw as Record<string, unknown>;
    if ("formula" in v || "sharedFormula" in v) {
      return withFormat({ value: primitive(v.result as Primitive), formula: `=${cell.formula}` });
    }
    if (Array.isArray(v.richText)) {
      return withFormat({ value: (v.richText as Array<{ text: string }>).map((r) => r.text).join("") });
    }
    if (typeof v.text === "string") return withFormat({ value: v.text });
    if (typeof v.error === "string") return withFormat({ value: { error: v.error } });
    return withFormat({ value: String(cell.text ?? "") });
  }
  return withFormat({ value: primitive(raw as Primitive) });
}

/** The tables exceljs read on a sheet (its typings describe the writing side only). */
function readTables(worksheet: ExcelJS.Worksheet): TableModel[] {
  return (
    worksheet.getTables() as unknown as Array<{
      table?: { name?: string; tableRef?: string; style?: { showRowStripes?: boolean } };
    }>
  )
    .map((t) => t.table)
    .filter(
      (t): t is { name: string; tableRef: string; style?: { showRowStripes?: boolean } } => !!t?.name && !!t.tableRef,
    )
    .map((t) => ({ name: t.name, address: t.tableRef, showBandedRows: t.style?.showRowStripes }));
}

/** Colour scales from the sheet's conditional formats; other kinds are not part of the model. */
function readColorScales(worksheet: ExcelJS.Worksheet): ColorScaleFormat[] {
  const formats = (worksheet as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
  const scales: ColorScaleFormat[] = [];
  for (const format of formats ?? []) {
    for (const rule of format.rules) {
      if (rule.type !== "colorScale" || !rule.color?.length) continue;
      const colors = rule.color.map((c) => `#${(c.argb ?? "FF000000").slice(-6).toLowerCase()}`);
      const cfvo = rule.cfvo ?? [];
      const points =
        cfvo.length === colors.length && cfvo.every((v) => v.type === "num")
          ? cfvo.map((v) => Number(v.value))
          : undefined;
      scales.push(
        points
          ? { kind: "colorScale", address: format.ref, colors, points }
          : { kind: "colorScale", address: format.ref, colors },
      );
    }
  }
  return scales;
}

function readSheet(worksheet: ExcelJS.Worksheet, fileName: string, cellCount: { n: number }): SheetModel {
  const cells: Cell[][] = [];
  const spills: SpillArea[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      while (out.length < columnNumber - 1) out.push({ value: "" });
      out.push(readCell(cell));
      // An array formula (how Excel stores a spilled result) covers its area with one formula.
      const value = cell.value as { shareType?: string; ref?: string } | null;
      if (
        value &&
        typeof value === "object" &&
        value.shareType === "array" &&
        value.ref &&
        value.ref !== cell.address
      ) {
        spills.push({ anchor: cell.address, address: value.ref });
      }
    });
    while (cells.length < rowNumber - 1) cells.push([]);
    cells.push(out);
    cellCount.n += out.length;
    if (cellCount.n > MAX_CELLS) throw new PreviewFileError("tooLarge", fileName, `more than ${MAX_CELLS} cells`);
  });
  // Trailing empty cells and rows (formatted but blank) are not part of the used range.
  for (const row of cells)
    while (row.length && row[row.length - 1].value === "" && !row[row.length - 1].formula) row.pop();
  while (cells.length && cells[cells.length - 1].length === 0) cells.pop();

  const frozen = worksheet.views?.find((v) => v.state === "frozen") as { ySplit?: number } | undefined;
  const columnWidths: number[] = [];
  const columnCount = cells.reduce((max, row) => Math.max(max, row.length), 0);
  for (let c = 1; c <= columnCount; c++) {
    const width = worksheet.getColumn(c).width;
    columnWidths.push(typeof width === "number" ? width : 8.43);
  }
  return {
    name: worksheet.name,
    cells,
    tables: readTables(worksheet),
    charts: [],
    conditionalFormats: readColorScales(worksheet),
    columnWidths,
    ...(spills.length ? { spills } : {}),
    frozenRows: frozen?.ySplit || undefined,
    ...pageSetupOf(worksheet),
    visible: worksheet.state === "visible" || worksheet.state === undefined ? undefined : false,
  };
}

/** The print layout when the file scales the sheet to fit pages (every sheet has a default orientation). */
function pageSetupOf(worksheet: ExcelJS.Worksheet): { pageSetup?: PageSetup } {
  const setup = worksheet.pageSetup;
  if (!setup?.fitToPage) return {};
  const pageSetup: PageSetup = {};
  if (setup.orientation === "landscape" || setup.orientation === "portrait") pageSetup.orientation = setup.orientation;
  if (setup.fitToPage) {
    pageSetup.fitToPagesWide = setup.fitToWidth ?? 1;
    pageSetup.fitToPagesTall = setup.fitToHeight ?? 1;
  }
  return { pageSetup };
}

/**
 * Reads an .xlsx file's bytes.
 * @throws PreviewFileError "notSpreadsheet" when exceljs cannot open it (not a zip, not a workbook),
 *   "tooLarge" beyond MAX_CELLS cells.
 */
export async function readXlsx(bytes: ArrayBuffer, fileName: string): Promise<WorkbookModel> {
  const workbook = new (await loadExcelJs()).Workbook();
  try {
    await workbook.xlsx.load(bytes as never);
  } catch (error) {
    throw new PreviewFileError("notSpreadsheet", fileName, error instanceof Error ? error.message : String(error));
  }
  const state = readPreviewState(workbook);
  const cellCount = { n: 0 };
  const sheets = workbook.worksheets
    .filter((worksheet) => !(state && worksheet.name === PREVIEW_STATE_SHEET))
    .map((worksheet) => {
      const pictures = state?.pictures?.[worksheet.name];
      return {
        ...readSheet(worksheet, fileName, cellCount),
        charts: state?.charts[worksheet.name] ?? [],
        ...(pictures?.length ? { pictures } : {}),
      };
    });
  return { sheets, settings: state?.settings ?? {} };
}

/** The settings, charts and pictures of a workbook the preview exported, when it is one. */
function readPreviewState(workbook: ExcelJS.Workbook): PreviewState | undefined {
  const worksheet = workbook.getWorksheet(PREVIEW_STATE_SHEET);
  if (!worksheet) return undefined;
  const column = worksheet.getColumn(1).values as unknown[];
  if (column[1] !== PREVIEW_STATE_MARK) return undefined;
  return decodePreviewState(column.slice(2).filter((v): v is string => typeof v === "string"));
}
