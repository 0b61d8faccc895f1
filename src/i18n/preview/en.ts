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
    `Saved ${name}: values, formulas with their results, tables, number formats, bold, colour scales, frozen rows, ` +
    "column widths, the output sheets and the pictures the add-in placed, such as the map (as PNG images, without " +
    "their alt text). Not in the file: charts (the spreadsheet library cannot write them; their data tables are " +
    "kept, and the preview draws the charts again when you open the file here), and what the preview does not read " +
    "from a workbook: comments, merged cells, fills and fonts, data validation, hidden rows and columns, defined " +
    "names, hyperlinks (their text is kept), other conditional formats, other pictures and shapes.",
  nonFiniteBlanked: (cells: number) =>
    `${count.format(cells)} cell(s) held a number beyond what Excel holds (such as 1e309): left blank in the file.`,
  /** What reading a CSV file decided, after the "loaded" sentence. */
  csvMissing: (fields: number, markers: string) =>
    `${count.format(fields)} field(s) in number columns read as missing: ${markers}.`,
  csvMarker: (marker: string, fields: number) => `${marker === "" ? "empty" : `“${marker}”`} ${count.format(fields)}×`,
  csvDash: "CBS writes “-” for nil: type 0 where a “-” means zero.",
  csvThousands: (columns: string) => `“.” read as the thousands separator (1.234 = 1234) in: ${columns}.`,
  csvOutOfRange: (fields: number) =>
    `${count.format(fields)} number(s) beyond what Excel holds (such as 1e309) left empty.`,
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
      `“${name}” is too large for the preview (${detail}; it holds at most 5,000,000 cells and 100 MB). ` +
      "Open only the columns and rows the index needs, or use Excel with the add-in.",
    tooManyRows: (name: string, detail: string) =>
      `“${name}” has ${count.format(Number(detail))} rows: more than the 1,048,576 an Excel sheet holds. ` +
      "Split the file (for example by province) or keep only the areas you need, then open it again.",
    tooManyColumns: (name: string, detail: string) =>
      `“${name}” has ${count.format(Number(detail))} columns: more than the 16,384 an Excel sheet holds. ` +
      "Keep only the columns the index needs, then open it again.",
    boundaryFile: (name: string) =>
      `“${name}” is a boundary file, not a spreadsheet: open it in the task pane's Map step ` +
      "(“Open a boundary file…”), or drop it on that step.",
    packed: (name: string, detail: string) =>
      `“${name}” unpacks to far more than its size (${detail}): it is damaged or built to exhaust memory, ` +
      "so the preview does not open it. Open it in Excel and save a copy with only your data.",
  },
};

export type PreviewStrings = typeof en;
