import { NUMBER_LOCALE } from "../locale";

/**
 * The workbook layer's refusals in English, one per error code: what is wrong
 * and what to do. The Dutch module (nl.ts) has the same keys.
 */

/** What a workbook error's text may name: the sheet, table, address, header, other sheet or chart concerned. */
export interface WorkbookErrorDetails {
  sheet?: string;
  table?: string;
  address?: string;
  header?: string;
  otherSheet?: string;
  chart?: string;
  /** Rows and columns of the data in a selection or table, when it is refused for its size. */
  rows?: number;
  columns?: number;
  /** The most cells one read may hold. */
  limit?: number;
}

const count = new Intl.NumberFormat(NUMBER_LOCALE.en);

export const en = {
  NO_SELECTION: () => "No range is selected. Select the data, headers included, and try again.",
  SELECTION_EMPTY: (d) =>
    `The selection ${d.address} holds no data. Select the data, headers included, or pick a table.`,
  SELECTION_TOO_LARGE: (d) =>
    `The data in ${d.address} is ${count.format(d.rows ?? 0)} rows × ${count.format(d.columns ?? 0)} columns: ` +
    `more than the ${count.format(d.limit ?? 0)} cells Excel passes to an add-in in one read. ` +
    "Select only the columns the index needs (area code, group, population and the indicators), or fewer rows.",
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
  PICTURES_UNSUPPORTED: () =>
    "This version of Excel cannot place pictures (that takes Excel 2019, Microsoft 365 or Excel on the web). " +
    "The map stays visible in the task pane.",
} satisfies Record<string, (d: WorkbookErrorDetails) => string>;

export type WorkbookStrings = typeof en;
