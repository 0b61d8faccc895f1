import { currentLanguage, type Language } from "../i18n/language";
import { WORKBOOK_STRINGS, type WorkbookErrorDetails } from "../i18n/workbook";

export type { WorkbookErrorDetails };

/**
 * The one error the workbook layer raises itself (Excel's own errors pass
 * through unchanged). The `code` lets the task pane choose what to offer;
 * the message already says what is wrong and what to do, in the user's
 * language.
 */
export type WorkbookErrorCode =
  /** readSelection with no range selected. */
  | "NO_SELECTION"
  /** A selection or table with no value in any cell. */
  | "SELECTION_EMPTY"
  /** A selection or table whose used part holds more than MAX_READ_CELLS cells. */
  | "SELECTION_TOO_LARGE"
  /** readTable with a name no table has. */
  | "TABLE_NOT_FOUND"
  /** A table name Excel refuses (spaces, a cell address, a leading digit…). */
  | "TABLE_NAME_INVALID"
  /** A table name already used by a table on a sheet this write does not replace. */
  | "TABLE_NAME_TAKEN"
  /** Two tables with the same name in one write. */
  | "TABLE_NAME_DUPLICATE"
  /** Empty or repeated column headers (Excel would rename them). */
  | "HEADER_INVALID"
  /** A row longer than the table's header. */
  | "ROW_TOO_LONG"
  /** Two tables or blocks of one sheet cover the same cell. */
  | "AREA_OVERLAP"
  /** A sheet name Excel refuses. */
  | "SHEET_NAME_INVALID"
  /** addSheet with the name of an existing sheet. */
  | "SHEET_EXISTS"
  /** An operation on a sheet that does not exist. */
  | "SHEET_NOT_FOUND"
  /** An A1 address that cannot be read, or a cell outside the sheet. */
  | "ADDRESS_INVALID"
  /** A chart without series. */
  | "CHART_EMPTY"
  /** A colour scale without 2 or 3 colours, or with points that do not match them. */
  | "FORMAT_INVALID"
  /** placePicture where Excel cannot add pictures (no ExcelApi 1.9 shapes). */
  | "PICTURES_UNSUPPORTED";

/** Every code's text in both languages; the compiler checks the catalogue has one for each code. */
const MESSAGES: Readonly<Record<Language, Readonly<Record<WorkbookErrorCode, (d: WorkbookErrorDetails) => string>>>> =
  WORKBOOK_STRINGS;

export class WorkbookError extends Error {
  constructor(
    readonly code: WorkbookErrorCode,
    readonly details: WorkbookErrorDetails = {},
  ) {
    super(MESSAGES[currentLanguage()][code](details));
    this.name = "WorkbookError";
  }
}
