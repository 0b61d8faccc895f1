/**
 * CSV files → a workbook model, with papaparse doing the parsing. What this module adds is what
 * Dutch statistics files need: the delimiter detected among ",", ";" and tab; numbers with decimal
 * commas ("3,5") read as numbers only when the whole column is numeric in that style; codes with
 * leading zeros ("0363") kept as text; "." (CBS: suppressed) and empty fields as empty cells,
 * never 0; the byte-order mark dropped.
 */
import Papa from "papaparse";
import type { Cell, CellValue, WorkbookModel } from "../../workbook/model";
import { formatAddress } from "../../workbook/model";
import { MAX_CELLS, PreviewFileError } from "./fileError";
import { sheetNameFromFile, tableNameFromSheet } from "./names";

/** How the numbers of one column are written, or "text" when the column is not numeric. */
export type NumberStyle = "point" | "comma" | "pointWithThousands" | "text";

/** Fields that mean "no value" in any column: empty, and CBS's "." for a suppressed figure. */
const ALWAYS_MISSING = new Set(["", "."]);
/**
 * Fields that mean "no value" in a numeric column: R writes NA, Excel exports #N/A, CBS marks a
 * secret figure "x". (CBS's "-" means nil, a real zero, so it is not among them.)
 */
const MISSING_IN_NUMBERS = new Set(["NA", "N/A", "#N/A", "x"]);

const POINT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const COMMA = /^[+-]?(?:\d+(?:,\d*)?|,\d+|\d{1,3}(?:\.\d{3})+(?:,\d*)?)$/;
const POINT_WITH_THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
/** A leading zero before another digit marks a code (postcode, municipality code), not a number. */
const CODE = /^[+-]?0\d/;

function isMissing(field: string, numeric: boolean): boolean {
  return ALWAYS_MISSING.has(field) || (numeric && MISSING_IN_NUMBERS.has(field));
}

/**
 * The number style of a column's fields (already trimmed). A column is numeric only when every
 * field that is not missing is a number in one style; "point" wins when both fit (integers).
 * @example classifyColumn(["3,5", "12", "."]) // "comma"
 * @example classifyColumn(["0363", "0518"]) // "text"
 * @example classifyColumn(["-0.100", "1.5"]) // "point"
 */
export function classifyColumn(fields: readonly string[]): NumberStyle {
  const present = fields.filter((f) => !isMissing(f, true));
  if (present.length === 0 || present.some((f) => CODE.test(f))) return "text";
  if (present.every((f) => POINT.test(f))) return "point";
  if (present.every((f) => COMMA.test(f))) return "comma";
  if (present.every((f) => POINT_WITH_THOUSANDS.test(f) || POINT.test(f))) return "pointWithThousands";
  return "text";
}

/**
 * A field as a number in the given style.
 * @example parseNumber("1.234,5", "comma") // 1234.5
 * @example parseNumber("1,234.5", "pointWithThousands") // 1234.5
 */
export function parseNumber(field: string, style: Exclude<NumberStyle, "text">): number {
  if (style === "comma") return Number(field.replace(/\./g, "").replace(",", "."));
  if (style === "pointWithThousands") return Number(field.replace(/,/g, ""));
  return Number(field);
}

/**
 * Text from a file's bytes: UTF-8 (byte-order mark dropped), else Windows-1252 (older Excel and
 * StatLine exports). Bytes that are no text at all (NUL bytes, many control characters) are refused.
 * @throws PreviewFileError "notSpreadsheet" for binary content.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
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
 * and the data is an Excel table (so the task pane can pick it by name).
 * @throws PreviewFileError "empty" when there are no fields, "noNumericColumns" when no column
 *   is numeric, "tooLarge" beyond MAX_CELLS cells.
 */
export function csvToWorkbook(text: string, fileName: string): WorkbookModel {
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [",", ";", "\t"], skipEmptyLines: "greedy" });
  const rows = parsed.data.map((row) => row.map((field) => field.trim()));
  while (rows.length && rows[rows.length - 1].every((f) => f === "")) rows.pop();
  if (rows.length === 0 || rows.every((row) => row.every((f) => f === ""))) {
    throw new PreviewFileError("empty", fileName);
  }
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  if (rows.length * width > MAX_CELLS) {
    throw new PreviewFileError("tooLarge", fileName, `${rows.length} rows × ${width} columns`);
  }
  const [header, ...body] = rows;
  if (body.length === 0) throw new PreviewFileError("empty", fileName, "a header row only");
  const styles: NumberStyle[] = [];
  for (let c = 0; c < width; c++) styles.push(classifyColumn(body.map((row) => row[c] ?? "")));
  if (styles.every((s) => s === "text")) {
    throw new PreviewFileError("noNumericColumns", fileName, `delimiter "${parsed.meta.delimiter}"`);
  }

  const cell = (field: string | undefined, style: NumberStyle): Cell => {
    const f = field ?? "";
    const numeric = style !== "text";
    if (isMissing(f, numeric)) return { value: "" };
    const value: CellValue = style === "text" ? f : parseNumber(f, style);
    return { value };
  };
  const cells: Cell[][] = [
    Array.from({ length: width }, (_, c) => ({ value: header[c] ?? "" })),
    ...body.map((row) => Array.from({ length: width }, (_, c) => cell(row[c], styles[c]))),
  ];
  const name = sheetNameFromFile(fileName);
  return {
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
}
