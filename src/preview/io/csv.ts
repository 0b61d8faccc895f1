/**
 * CSV files → a workbook model, with papaparse doing the parsing. What this module adds is what
 * Dutch statistics files need: UTF-8, Windows-1252 or UTF-16 (Excel's "Unicode text"); the
 * delimiter detected among ",", ";" and tab; numbers with decimal commas ("3,5") read as numbers
 * only when the whole column is numeric in that style, and "." as the thousands separator in a
 * file that writes decimal commas; codes with leading zeros ("0363") kept as text; CBS's markers
 * and empty fields as empty cells, never 0, and counted; the size checked before parsing.
 */
import Papa from "papaparse";
import type { Cell, CellValue, WorkbookModel } from "../../workbook/model";
import { formatAddress } from "../../workbook/model";
import { classifyColumn, isMissing, parseNumber, writesDecimalComma, type NumberStyle } from "./csvNumbers";
import { checkCsvShape } from "./csvShape";
import { PreviewFileError } from "./fileError";
import { sheetNameFromFile, tableNameFromSheet } from "./names";

/** What reading a CSV file decided, for the page to say. */
export interface CsvReport {
  /** Fields of numeric columns read as missing, by the marker as written in lower case ("" = empty). */
  missing: Record<string, number>;
  /** Headers of the columns whose "." was read as the thousands separator. */
  thousands: string[];
  /** Numbers beyond what Excel holds (e.g. 1e309), left empty. */
  outOfRange: number;
}

/**
 * Text from a file's bytes: UTF-16 after its byte-order mark, UTF-8 (byte-order mark dropped), else
 * Windows-1252 (older Excel and StatLine exports). Bytes that are no text at all (NUL bytes, many control characters) are refused.
 * @throws PreviewFileError "notSpreadsheet" for binary content.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  // Excel's "Unicode text" is UTF-16 little-endian with a byte-order mark (and tabs between fields).
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const sample = bytes.subarray(0, 65536);
  let control = 0;
  for (const b of sample) {
    if (b === 0) throw new PreviewFileError("notSpreadsheet", fileName, "binary content (NUL bytes)");
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (control > sample.length * 0.01) throw new PreviewFileError("notSpreadsheet", fileName, "binary content");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  return text.replace(/^\uFEFF/, "");
}

/**
 * A CSV text as a one-sheet workbook: the first row is the header, numeric columns become numbers,
 * and the data is an Excel table (so the task pane can pick it by name). The rows and columns are
 * counted before anything is parsed.
 * @throws PreviewFileError "empty" when there are no fields, "noNumericColumns" when no column is
 *   numeric, "tooManyRows"/"tooManyColumns" beyond Excel's sheet, "tooLarge" beyond MAX_CELLS cells.
 */
export function csvToWorkbook(text: string, fileName: string): { model: WorkbookModel; report: CsvReport } {
  const guess = Papa.parse<string[]>(text.slice(0, 65536), {
    delimitersToGuess: [",", ";", "\t"],
    preview: 200,
    skipEmptyLines: "greedy",
  });
  const delimiter = guess.meta.delimiter || ",";
  checkCsvShape(text, delimiter, fileName);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: "greedy" });
  const rows = parsed.data.map((row) => row.map((field) => field.trim()));
  while (rows.length && rows[rows.length - 1].every((f) => f === "")) rows.pop();
  if (rows.length === 0 || rows.every((row) => row.every((f) => f === ""))) {
    throw new PreviewFileError("empty", fileName);
  }
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const [header, ...body] = rows;
  if (body.length === 0) throw new PreviewFileError("empty", fileName, "a header row only");
  const columns = Array.from({ length: width }, (_, c) => body.map((row) => row[c] ?? ""));
  const first = columns.map((fields) => classifyColumn(fields));
  // A file that writes decimal commas groups thousands with ".".
  const decimalComma = first.some((style, c) => style === "comma" && writesDecimalComma(columns[c]));
  const styles: NumberStyle[] = decimalComma
    ? columns.map((fields, c) => (first[c] === "point" ? classifyColumn(fields, true) : first[c]))
    : first;
  if (styles.every((s) => s === "text")) {
    throw new PreviewFileError("noNumericColumns", fileName, `delimiter "${delimiter}"`);
  }
  const report: CsvReport = {
    missing: {},
    thousands: header.filter((_, c) => first[c] === "point" && styles[c] === "comma"),
    outOfRange: 0,
  };
  const cell = (f: string, style: NumberStyle): Cell => {
    const numeric = style !== "text";
    if (isMissing(f, numeric)) {
      if (numeric) report.missing[f.toLowerCase()] = (report.missing[f.toLowerCase()] ?? 0) + 1;
      return { value: "" };
    }
    if (!numeric) return { value: f };
    const value: CellValue = parseNumber(f, style);
    // 1e309 is Infinity in JavaScript: no file or Excel cell can hold it.
    if (!Number.isFinite(value)) {
      report.outOfRange++;
      return { value: "" };
    }
    return { value };
  };
  const cells: Cell[][] = [
    Array.from({ length: width }, (_, c) => ({ value: header[c] ?? "" })),
    ...body.map((row) => Array.from({ length: width }, (_, c) => cell(row[c] ?? "", styles[c]))),
  ];
  const name = sheetNameFromFile(fileName);
  const model: WorkbookModel = {
    sheets: [
      {
        name,
        cells,
        tables: [
          {
            name: tableNameFromSheet(name),
            address: formatAddress({ row: 0, column: 0 }, { row: rows.length - 1, column: width - 1 }),
            showBandedRows: true,
          },
        ],
        charts: [],
        conditionalFormats: [],
        frozenRows: 1,
      },
    ],
    settings: {},
  };
  return { model, report };
}
