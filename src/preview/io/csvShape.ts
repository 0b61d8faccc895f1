/**
 * The rows and columns of a CSV text in one pass over its characters, before it is parsed: a file
 * with more rows than Excel holds (or more cells than the preview holds) is refused without
 * building millions of row arrays first.
 */
import { MAX_COLUMNS, MAX_ROWS } from "../../workbook/model";
import { MAX_CELLS, PreviewFileError } from "./fileError";

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;

/**
 * Rows (lines holding anything but spaces, as papaparse's skipEmptyLines "greedy" counts them) and
 * the most fields in one row, for the given delimiter; quoted fields may hold the delimiter and
 * line breaks.
 * @example csvShape('a;b\n"x;y";2\n\n', ";") // { rows: 2, columns: 2 }
 */
export function csvShape(text: string, delimiter: string): { rows: number; columns: number } {
  const separator = delimiter.charCodeAt(0);
  let rows = 0;
  let columns = 0;
  let fields = 1;
  let content = false;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === QUOTE) quoted = false; // a doubled quote closes and opens again: same count
      continue;
    }
    if (c === QUOTE) {
      quoted = true;
      content = true;
    } else if (c === separator) {
      fields++;
    } else if (c === LF || c === CR) {
      if (content || fields > 1) {
        rows++;
        if (fields > columns) columns = fields;
      }
      fields = 1;
      content = false;
    } else if (c > SPACE) {
      content = true;
    }
  }
  if (content || fields > 1) {
    rows++;
    if (fields > columns) columns = fields;
  }
  return { rows, columns };
}

/**
 * Refuses a text table larger than Excel's sheet or the preview's memory, before parsing.
 * @throws PreviewFileError "tooManyRows", "tooManyColumns" or "tooLarge" (cells)
 */
export function checkCsvShape(text: string, delimiter: string, fileName: string): void {
  const { rows, columns } = csvShape(text, delimiter);
  checkSheetShape(rows, columns, fileName);
}

/**
 * Refuses a sheet of `rows` × `columns` that Excel could not hold or the preview could not keep.
 * @throws PreviewFileError "tooManyRows", "tooManyColumns" or "tooLarge"
 */
export function checkSheetShape(rows: number, columns: number, fileName: string, cellsSoFar = 0): void {
  if (rows > MAX_ROWS) throw new PreviewFileError("tooManyRows", fileName, String(rows));
  if (columns > MAX_COLUMNS) throw new PreviewFileError("tooManyColumns", fileName, String(columns));
  if (cellsSoFar + rows * columns > MAX_CELLS) {
    throw new PreviewFileError("tooLarge", fileName, `${rows} × ${columns}`);
  }
}
