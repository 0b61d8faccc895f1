import { currentLanguage, type Language } from "../i18n/language";

/**
 * The one error the workbook layer raises itself (Excel's own errors pass
 * through unchanged). The `code` lets the task pane choose what to offer;
 * the message already says what is wrong and what to do, in the user's
 * language.
 */
export type WorkbookErrorCode =
  /** readSelection with no range selected. */
  | "NO_SELECTION"
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
  | "FORMAT_INVALID";

export interface WorkbookErrorDetails {
  sheet?: string;
  table?: string;
  address?: string;
  header?: string;
  otherSheet?: string;
  chart?: string;
}

type Template = (d: WorkbookErrorDetails) => string;

const MESSAGES: Record<Language, Record<WorkbookErrorCode, Template>> = {
  en: {
    NO_SELECTION: () => "No range is selected. Select the data, headers included, and try again.",
    TABLE_NOT_FOUND: (d) => `There is no table named "${d.table}". Choose one of the tables in the list.`,
    TABLE_NAME_INVALID: (d) =>
      `"${d.table}" cannot be a table name: use letters, digits, "_" and ".", starting with a letter, and not a cell address.`,
    TABLE_NAME_TAKEN: (d) =>
      `A table named "${d.table}" already exists on sheet "${d.otherSheet}". Rename or delete that table first.`,
    TABLE_NAME_DUPLICATE: (d) => `The table name "${d.table}" is used twice in one write.`,
    HEADER_INVALID: (d) =>
      `Table "${d.table}" needs a unique, non-empty header for every column ("${d.header ?? ""}" is empty or repeated).`,
    ROW_TOO_LONG: (d) => `A row of table "${d.table}" has more cells than the table has headers.`,
    AREA_OVERLAP: (d) => `Two tables or blocks on sheet "${d.sheet}" overlap at ${d.address}.`,
    SHEET_NAME_INVALID: (d) =>
      `"${d.sheet}" cannot be a sheet name: 1 to 31 characters, none of : \\ / ? * [ ], not starting or ending with '.`,
    SHEET_EXISTS: (d) => `A sheet named "${d.sheet}" already exists.`,
    SHEET_NOT_FOUND: (d) => `There is no sheet named "${d.sheet}".`,
    ADDRESS_INVALID: (d) => `"${d.address}" is not a cell or range address such as B2 or B2:H480.`,
    CHART_EMPTY: (d) => `Chart "${d.chart}" has no series: give it at least one range of values.`,
    FORMAT_INVALID: (d) =>
      `The colour scale on ${d.address} needs 2 or 3 colours, and as many values as colours when values are given.`,
  },
  nl: {
    NO_SELECTION: () => "Er is geen bereik geselecteerd. Selecteer de gegevens met de kopjes en probeer het opnieuw.",
    TABLE_NOT_FOUND: (d) => `Er is geen tabel met de naam "${d.table}". Kies een van de tabellen in de lijst.`,
    TABLE_NAME_INVALID: (d) =>
      `"${d.table}" kan geen tabelnaam zijn: gebruik letters, cijfers, "_" en ".", begin met een letter, en geen celadres.`,
    TABLE_NAME_TAKEN: (d) =>
      `Er bestaat al een tabel "${d.table}" op blad "${d.otherSheet}". Geef die tabel eerst een andere naam of verwijder hem.`,
    TABLE_NAME_DUPLICATE: (d) => `De tabelnaam "${d.table}" komt twee keer voor in één schrijfopdracht.`,
    HEADER_INVALID: (d) =>
      `Tabel "${d.table}" heeft voor elke kolom een uniek, niet-leeg kopje nodig ("${d.header ?? ""}" is leeg of dubbel).`,
    ROW_TOO_LONG: (d) => `Een rij van tabel "${d.table}" heeft meer cellen dan de tabel kopjes heeft.`,
    AREA_OVERLAP: (d) => `Twee tabellen of blokken op blad "${d.sheet}" overlappen bij ${d.address}.`,
    SHEET_NAME_INVALID: (d) =>
      `"${d.sheet}" kan geen bladnaam zijn: 1 tot 31 tekens, geen : \\ / ? * [ ], niet beginnen of eindigen met '.`,
    SHEET_EXISTS: (d) => `Er bestaat al een blad met de naam "${d.sheet}".`,
    SHEET_NOT_FOUND: (d) => `Er is geen blad met de naam "${d.sheet}".`,
    ADDRESS_INVALID: (d) => `"${d.address}" is geen cel- of bereikadres zoals B2 of B2:H480.`,
    CHART_EMPTY: (d) => `Grafiek "${d.chart}" heeft geen reeksen: geef ten minste één bereik met waarden.`,
    FORMAT_INVALID: (d) =>
      `De kleurenschaal op ${d.address} heeft 2 of 3 kleuren nodig, en evenveel waarden als kleuren als er waarden zijn.`,
  },
};

export class WorkbookError extends Error {
  constructor(
    readonly code: WorkbookErrorCode,
    readonly details: WorkbookErrorDetails = {},
  ) {
    super(MESSAGES[currentLanguage()][code](details));
    this.name = "WorkbookError";
  }
}
