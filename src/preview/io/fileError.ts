import type { Language } from "../../i18n/language";
import { PREVIEW_STRINGS } from "../../i18n/preview";
import { MAX_READ_CELLS } from "../../workbook/payload";

/**
 * Why a file could not be opened in the preview. The code selects a message in the
 * user's language (src/i18n/preview); `detail` carries what the reading library
 * said, for the curious and for bug reports.
 */
export type FileErrorCode =
  /** Not a workbook or a text table at all (an image, random bytes, a damaged .xlsx). */
  | "notSpreadsheet"
  /** An Excel 97–2003 .xls file, which the .xlsx library cannot read. */
  | "legacyXls"
  /** No cell holds anything. */
  | "empty"
  /** Cells, but no column with numbers: nothing to build an index from. */
  | "noNumericColumns"
  /** More bytes or cells than the preview holds in memory. */
  | "tooLarge"
  /** More rows than an Excel sheet holds (1,048,576); the detail is the number of rows. */
  | "tooManyRows"
  /** More columns than an Excel sheet holds (16,384); the detail is the number of columns. */
  | "tooManyColumns"
  /** An .xlsx that unpacks to far more than its size (a zip bomb) or than a tab can hold. */
  | "packed"
  /** A boundary file (GeoJSON, TopoJSON): it belongs on the pane's map, not in the grid. */
  | "boundaryFile";

export class PreviewFileError extends Error {
  constructor(
    readonly code: FileErrorCode,
    /** The file's name, shown in the message. */
    readonly fileName: string,
    readonly detail?: string,
  ) {
    super(`${fileName}: ${code}${detail ? ` (${detail})` : ""}`);
    this.name = "PreviewFileError";
  }
}

/** The message for a file that could not be opened, in the user's language. */
export function fileErrorMessage(error: PreviewFileError, language: Language): string {
  return PREVIEW_STRINGS[language].fileErrors[error.code](error.fileName, error.detail ?? "");
}

/**
 * The largest file the preview reads, in bytes. Beyond this a browser tab runs short of memory
 * long before the workbook is usable; Excel with the add-in handles larger data.
 */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/**
 * The most cells the preview holds: the most the pane reads from one range (5,000,000, what
 * Office.js reads in one request), so the add-in could not read more in one go either.
 */
export const MAX_CELLS = MAX_READ_CELLS;
