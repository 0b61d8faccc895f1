/**
 * Any file a user drops or picks → a workbook model, or a PreviewFileError saying why not.
 * The content decides, not the name: a zip is read as .xlsx, an OLE compound file is an old
 * .xls, text is read as CSV, anything else is refused.
 */
import type { WorkbookModel } from "../../workbook/model";
import { csvToWorkbook, decodeText } from "./csv";
import { MAX_FILE_BYTES, PreviewFileError } from "./fileError";
import { readXlsx } from "./readXlsx";

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
 * Opens a file's bytes as a workbook.
 * @throws PreviewFileError: "tooLarge" above MAX_FILE_BYTES, "legacyXls" for .xls, "notSpreadsheet"
 *   for binary content or a damaged .xlsx, "empty" without data, "noNumericColumns" without numbers.
 */
export async function openWorkbookFile(fileName: string, data: ArrayBuffer): Promise<WorkbookModel> {
  if (data.byteLength > MAX_FILE_BYTES) {
    throw new PreviewFileError("tooLarge", fileName, `${(data.byteLength / 2 ** 20).toFixed(0)} MB`);
  }
  const bytes = new Uint8Array(data);
  if (bytes.length === 0) throw new PreviewFileError("empty", fileName);
  if (startsWith(bytes, OLE)) throw new PreviewFileError("legacyXls", fileName);
  let model: WorkbookModel;
  if (startsWith(bytes, ZIP)) {
    model = await readXlsx(data, fileName);
  } else if (/\.xls[xm]?$/i.test(fileName)) {
    throw new PreviewFileError("notSpreadsheet", fileName, "not a zip archive");
  } else {
    return csvToWorkbook(decodeText(bytes, fileName), fileName);
  }
  if (model.sheets.every((sheet) => sheet.cells.every((row) => row.every((c) => c.value === "" && !c.formula)))) {
    throw new PreviewFileError("empty", fileName);
  }
  if (!hasNumbers(model)) throw new PreviewFileError("noNumericColumns", fileName);
  return model;
}
