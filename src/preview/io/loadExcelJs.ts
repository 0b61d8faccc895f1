import type ExcelJS from "exceljs";

/**
 * exceljs (about 1 MB) is loaded when a workbook is first read or written, as its own chunk, so the
 * preview's initial script stays small; later calls reuse the same module.
 */
let loading: Promise<typeof ExcelJS> | null = null;

export function loadExcelJs(): Promise<typeof ExcelJS> {
  loading ??= import(/* webpackChunkName: "exceljs" */ "exceljs").then((module) => module.default);
  return loading;
}
