import { NUMBER_LOCALE } from "../locale";

const count = new Intl.NumberFormat(NUMBER_LOCALE.en);

/**
 * Every text of the preview page in English: the page around the task pane
 * (the pane has its own catalogue). The Dutch module (nl.ts) has the same keys.
 */
export const en = {
  title: "MDI for Excel — preview",
  workbook: "Workbook",
  pane: "MDI task pane",
  toolbar: "Workbook actions",
  openFile: "Open file…",
  openFileLabel: "Open an .xlsx or .csv file",
  sample: "Sample workbook",
  export: "Export .xlsx",
  language: "Language (page and pane)",
  loading: (name: string) => `Opening ${name}…`,
  loaded: (name: string, sheets: number, first: string, rows: number) =>
    `${name}: ${sheets} sheet(s); “${first}” has ${count.format(rows)} rows under its header row.`,
  dropHere: "Drop an .xlsx or .csv file to open it",
  exported: (name: string) =>
    `Saved ${name}: values, formulas with their results, tables, formats and the output sheets. ` +
    "Charts are not in the .xlsx (the spreadsheet library cannot write charts); their data tables are, " +
    "and the preview draws the charts again when you open the file here.",
  exportFailed: (detail: string) => `The workbook could not be exported: ${detail}`,
  loadFailed: (detail: string) => `The file could not be opened: ${detail}`,
  sheets: "Sheets",
  grid: (name: string) => `Sheet ${name}`,
  selectAll: "Select all",
  nameBox: "Name Box (selected cell)",
  formulaBar: "Formula or value of the selected cell",
  chart: (title: string) => `Chart: ${title}`,
  dismiss: "Dismiss",
  english: "English",
  dutch: "Nederlands",
  /** TRUE and FALSE as Excel shows them in this language. */
  booleans: { true: "TRUE", false: "FALSE" },
  samples: {
    amsterdam: "Amsterdam, 479 buurten 2019 (CBS)",
    amsterdamTrend: "Amsterdam, buurten 2017 and 2019 (CBS)",
    gemeenten: "Dutch municipalities 2024 (CBS)",
    england: "England, 33,755 LSOAs (IoD2025)",
  },
  /** Why a file could not be opened, by the code of the preview's file error. */
  fileErrors: {
    notSpreadsheet: (name: string) =>
      `“${name}” is not a spreadsheet. Open an .xlsx workbook or a .csv file with a header row.`,
    legacyXls: (name: string) =>
      `“${name}” is an old .xls workbook. Open it in Excel, save it as .xlsx (Excel Workbook), then open that file here.`,
    empty: (name: string) => `“${name}” is empty: there is no data in it.`,
    noNumericColumns: (name: string) =>
      `“${name}” has no column with numbers, so there is nothing to build an index from. ` +
      "Check that the file has a header row, one row per area, and numbers with a decimal point or comma.",
    tooLarge: (name: string, detail: string) =>
      `“${name}” is too large for the preview (${detail}). Use Excel with the add-in for data of this size.`,
  },
};

export type PreviewStrings = typeof en;
