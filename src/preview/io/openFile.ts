/**
 * Any file a user drops or picks → a workbook model, or a PreviewFileError saying why not.
 * The content decides, not the name: a zip is read as .xlsx, an OLE compound file is an old
 * .xls, text is read as CSV, anything else is refused.
 */
import type { WorkbookModel } from "../../workbook/model";
import type { CsvReport } from "./csv";
import { MAX_FILE_BYTES, PreviewFileError } from "./fileError";
import { readXlsx } from "./readXlsx";
import { checkXlsxSize } from "./xlsxSize";

/** An opened file: its workbook, and for a CSV file what reading it decided. */
export interface OpenedFile {
  model: WorkbookModel;
  csv?: CsvReport;
}

/** "PK\x03\x04": every .xlsx is a zip archive. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The OLE compound-file signature of Excel 97–2003 .xls files. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** True when some sheet has a number below its first row: an indicator column to work with. */
function hasNumbers(model: WorkbookModel): boolean {
  return model.sheets.some((sheet) =>
    sheet.cells.some((row, r) => r > 0 && row.some((c) => typeof c.value === "number")),
  );
}

/**
 * Opens a file's bytes as a workbook. Sizes are checked before parsing: bytes first, then the rows
 * and columns (a CSV's in one pass over its text, an .xlsx's from its zip directory and sheet
 * dimensions).
 * @throws PreviewFileError: "tooLarge" above MAX_FILE_BYTES or MAX_CELLS, "tooManyRows" and
 *   "tooManyColumns" beyond Excel's sheet, "packed" for a zip bomb, "legacyXls" for .xls,
 *   "notSpreadsheet" for binary content or a damaged .xlsx, "empty" without data,
 *   "noNumericColumns" without numbers, "boundaryFile" for a .geojson, .topojson or .json file.
 */
export async function openWorkbookFile(fileName: string, data: ArrayBuffer): Promise<OpenedFile> {
  if (data.byteLength > MAX_FILE_BYTES) {
    throw new PreviewFileError("tooLarge", fileName, `${(data.byteLength / 2 ** 20).toFixed(0)} MB`);
  }
  // Boundaries dropped on the workbook: the map step reads them (drop them on its map), not the grid.
  if (/\.(geo|topo)?json$/i.test(fileName)) throw new PreviewFileError("boundaryFile", fileName);
  const bytes = new Uint8Array(data);
  if (bytes.length === 0) throw new PreviewFileError("empty", fileName);
  if (startsWith(bytes, OLE)) throw new PreviewFileError("legacyXls", fileName);
  if (!startsWith(bytes, ZIP)) {
    if (/\.xls[xm]?$/i.test(fileName)) throw new PreviewFileError("notSpreadsheet", fileName, "not a zip archive");
    // The CSV reader (papaparse) is its own chunk of the bundle, loaded when a CSV file is first opened.
    const { csvToWorkbook, decodeText } = await import(/* webpackChunkName: "csv" */ "./csv");
    const { model, report } = csvToWorkbook(decodeText(bytes, fileName), fileName);
    return { model, csv: report };
  }
  await checkXlsxSize(bytes, fileName);
  const model = await readXlsx(data, fileName);
  if (model.sheets.every((sheet) => sheet.cells.every((row) => row.every((c) => c.value === "" && !c.formula)))) {
    throw new PreviewFileError("empty", fileName);
  }
  if (!hasNumbers(model)) throw new PreviewFileError("noNumericColumns", fileName);
  return { model };
}
