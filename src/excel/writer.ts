import type { WriteArea } from "../workbook/layout";
import { formatAddress, type CellValue } from "../workbook/model";
import { chunkRows } from "../workbook/payload";
import type { CellInput } from "../workbook/port";

/**
 * Strings Excel would read as something else when written through
 * Range.formulas: a formula (=, and +, - or @, also after spaces: CSV
 * injection such as =HYPERLINK(…) or =WEBSERVICE(…)), a number, a date,
 * TRUE; and text starting with a tab or line break, which spreadsheet
 * programs may strip before reading it as one of those.
 */
const COERCED = /^(?:[\t\r\n]|\s*(?:[=\-+@'(0-9.,$€£]|(?:true|false|waar|onwaar)\s*$))/i;

/**
 * A cell as Range.formulas takes it: a formula's text, or a value. Text
 * Excel would convert gets a ' prefix rather than the text number format
 * "@": Excel drops the apostrophe from the value (Range.values reads the
 * text exactly as given) and it holds for this one value, whereas "@" would
 * have to be set before the value in a separate request and would also turn
 * whatever is typed there later into text.
 */
export function formulaInput(input: CellInput | undefined): CellValue {
  if (input === undefined || input === null) return "";
  if (typeof input === "object") return input.formula;
  if (typeof input === "string" && input !== "" && COERCED.test(input)) return `'${input}`;
  return input;
}

/** Queues the writes of a layout on a fresh sheet, syncing before the budget of one request would be passed. */
export class Writer {
  private pending = 0;
  /** Syncs made so far. */
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: number,
  ) {}

  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.flush();
    this.pending += bytes;
  }

  /** Sends what is queued. */
  async flush(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.pending = 0;
  }

  async writeArea(sheet: Excel.Worksheet, area: WriteArea): Promise<void> {
    const { row: top, column: left } = area.start;
    for (const chunk of chunkRows(area.rows, this.budget)) {
      // Awaited per chunk so each request stays under the limit; a normal sheet is one chunk.
      await this.reserve(chunk.bytes);
      const formulas: CellValue[][] = new Array(chunk.end - chunk.start);
      for (let r = chunk.start; r < chunk.end; r++) {
        const source = area.rows[r];
        const line: CellValue[] = new Array(area.width);
        for (let c = 0; c < area.width; c++) line[c] = formulaInput(source[c]);
        formulas[r - chunk.start] = line;
      }
      const range = sheet.getRange(
        formatAddress(
          { row: top + chunk.start, column: left },
          { row: top + chunk.end - 1, column: left + area.width - 1 },
        ),
      );
      range.formulas = formulas;
    }
    const bodyRows = area.rows.length - area.formatFrom;
    if (area.numberFormats && bodyRows > 0) {
      area.numberFormats.forEach((format, c) => {
        if (!format) return;
        const column = sheet.getRange(
          formatAddress(
            { row: top + area.formatFrom, column: left + c },
            { row: top + area.rows.length - 1, column: left + c },
          ),
        );
        // One format for the whole column: Excel applies a 1 × 1 array to every cell of the range.
        column.numberFormat = [[format]];
      });
    }
    if (area.boldHeader) {
      sheet.getRange(formatAddress(area.start, { row: top, column: left + area.width - 1 })).format.font.bold = true;
    }
  }
}
