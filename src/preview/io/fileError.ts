import type { Language } from "../../i18n/language";
import { PREVIEW_STRINGS } from "../../i18n/preview";

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
  | "tooLarge";

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
 * The most cells the preview holds: Office.js reads at most 5,000,000 cells of a range in one
 * request, so the add-in could not read more in one go either.
 */
export const MAX_CELLS = 5_000_000;
