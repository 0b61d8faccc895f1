import { WorkbookError } from "../workbook/errors";
import { formatAddress, parseAddress, type CellValue } from "../workbook/model";
import { checkReadSize, rowsPerRead } from "../workbook/payload";
import type { DataBlock, TableInfo } from "../workbook/port";

/**
 * Reading data from Excel: the selection, tables, sheet names. Values are
 * read in chunks when a range could pass Excel on the web's ~5 MB per
 * response; each function is one Excel.run.
 */

/** "Data!$A$1:$C$10" → { sheet: "Data", address: "A1:C10" }. */
function splitAddress(full: string): { sheet: string; address: string } {
  const range = parseAddress(full);
  return { sheet: range.sheet ?? "", address: formatAddress(range.start, range.end) };
}

function toBlock(source: DataBlock["source"], values: CellValue[][]): DataBlock {
  const [header = [], ...rows] = values;
  return { source, headers: header.map((h) => String(h)), rows };
}

/**
 * Reads the values of a range whose shape is loaded, keeping each response
 * under the budget without knowing the values beforehand: a range small
 * enough at 24 bytes a cell for a quarter of the budget (safe up to ~120
 * bytes a cell) is read at once; a larger one in row chunks, one sync each,
 * the first that same size, the next ones sized from the bytes per cell the
 * chunks so far really took.
 */
async function readValues(
  context: Excel.RequestContext,
  range: Excel.Range,
  rows: number,
  columns: number,
  budget: number,
): Promise<CellValue[][]> {
  let per = rowsPerRead(columns, budget / 4);
  if (rows <= per) {
    range.load("values");
    await context.sync();
    return range.values as CellValue[][];
  }
  const values: CellValue[][] = [];
  let bytes = 0;
  for (let start = 0, count = 0; start < rows; start += count) {
    count = Math.min(per, rows - start);
    const part = range.getCell(start, 0).getResizedRange(count - 1, columns - 1);
    part.load("values");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk: Excel on the web refuses responses over 5 MB
    await context.sync();
    for (const row of part.values) values.push(row as CellValue[]);
    bytes += JSON.stringify(part.values).length;
    // A quarter more than seen so far, for longer texts further down.
    const perCell = Math.max(4, (1.25 * bytes) / (values.length * columns));
    per = Math.max(1, Math.floor(budget / (perCell * columns)));
  }
  return values;
}

/** "Data!$A$1:$C$10" → "A1:C10", for messages. */
function localAddress(full: string): string {
  return full.slice(full.lastIndexOf("!") + 1);
}

/**
 * The used part of `range` (its cells that hold a value), shape loaded, or a refusal before any
 * value is read: a whole-column selection (A:U) is 1,048,576 rows of which only the used ones are
 * read. One sync.
 * @throws WorkbookError "SELECTION_EMPTY" when no cell holds a value, "SELECTION_TOO_LARGE" when
 *   the used part has more than MAX_READ_CELLS cells
 */
async function usedPart(context: Excel.RequestContext, range: Excel.Range): Promise<Excel.Range> {
  // The used range of a range is its intersection with the sheet's used range (ExcelApi 1.4);
  // valuesOnly leaves out cells that only carry a format.
  const used = range.getUsedRangeOrNullObject(true);
  range.load("address");
  used.load("address, rowCount, columnCount");
  await context.sync();
  if (used.isNullObject) throw new WorkbookError("SELECTION_EMPTY", { address: localAddress(range.address) });
  checkReadSize(localAddress(used.address), used.rowCount, used.columnCount);
  return used;
}

/** The selected range's used part with its first row as headers. */
export function readSelection(budget: number): Promise<DataBlock> {
  return Excel.run(async (context) => {
    const range = await usedPart(context, context.workbook.getSelectedRange());
    const values = await readValues(context, range, range.rowCount, range.columnCount, budget);
    return toBlock({ kind: "selection", ...splitAddress(range.address) }, values);
  });
}

export function listTables(): Promise<TableInfo[]> {
  return Excel.run(async (context) => {
    const tables = context.workbook.tables;
    tables.load("items/name");
    await context.sync();
    if (tables.items.length === 0) return [];
    const ranges = tables.items.map((table) => {
      const range = table.getRange();
      range.load("address, rowCount, columnCount");
      return range;
    });
    await context.sync();
    return tables.items.map((table, i): TableInfo => {
      const { sheet, address } = splitAddress(ranges[i].address);
      return { name: table.name, sheet, address, rows: ranges[i].rowCount - 1, columns: ranges[i].columnCount };
    });
  });
}

/** A table's used part (trailing empty rows left out) with its header row as headers. */
export function readTable(name: string, budget: number): Promise<DataBlock> {
  return Excel.run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(name);
    table.load("name");
    await context.sync();
    if (table.isNullObject) throw new WorkbookError("TABLE_NOT_FOUND", { table: name });
    const range = await usedPart(context, table.getRange());
    const values = await readValues(context, range, range.rowCount, range.columnCount, budget);
    return toBlock({ kind: "table", ...splitAddress(range.address), table: table.name }, values);
  });
}

/** Names of all worksheets, in order. */
export function listSheets(): Promise<string[]> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
}
