import type { SheetLayout } from "../../workbook/layout";
import type { Cell, SheetModel, WorkbookModel } from "../../workbook/model";
import type { CellInput } from "../../workbook/port";

/** Models of what is written into the in-memory workbook: cells, sheets, a whole workbook. */

/** A workbook model with no sheets. */
export function emptyWorkbookModel(): WorkbookModel {
  return { sheets: [], settings: {} };
}

/** A cell from what a user types or a file holds: a value, or a formula ({ formula } or text starting with "="). */
export function cellFromInput(input: CellInput): Cell {
  if (typeof input === "object" && input !== null) return { value: "", formula: input.formula };
  if (typeof input === "string" && input.startsWith("=") && input.length > 1) return { value: "", formula: input };
  return { value: input };
}

/**
 * A sheet with the given rows from A1, e.g. a data sheet for tests and benches.
 * @example sheetFromRows("Data", [["area", "x"], ["A", 1]]).cells[1][1] // { value: 1 }
 */
export function sheetFromRows(name: string, rows: ReadonlyArray<ReadonlyArray<CellInput>>): SheetModel {
  const cells: Cell[][] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const source = rows[r];
    const row: Cell[] = new Array(source.length);
    for (let c = 0; c < source.length; c++) row[c] = cellFromInput(source[c]);
    cells[r] = row;
  }
  return { name, cells, tables: [], charts: [], conditionalFormats: [] };
}

/** JSON round trip: settings are stored as JSON in a document, so nothing shares objects with the caller. */
export function jsonCopy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/**
 * A cell the add-in writes: a { formula }, else a value kept as it is. Text
 * starting with "=" stays text (as the Office adapter writes it with a '
 * prefix): data such as =WEBSERVICE("https://…") is never evaluated.
 */
export function cellFromOutput(input: CellInput): Cell {
  if (typeof input === "object" && input !== null) return { value: "", formula: input.formula };
  return { value: input };
}

/** The model of a sheet written from a layout. */
export function buildSheet(layout: SheetLayout): SheetModel {
  const out = layout.sheet;
  const cells: Cell[][] = [];
  for (const area of layout.areas) {
    const { row: top, column: left } = area.start;
    for (let r = 0; r < area.rows.length; r++) {
      const source = area.rows[r];
      while (cells.length <= top + r) cells.push([]);
      const row = cells[top + r];
      while (row.length < left) row.push({ value: "" });
      const formats = r >= area.formatFrom ? area.numberFormats : undefined;
      const bold = area.boldHeader && r === 0;
      for (let c = 0; c < area.width; c++) {
        const cell = cellFromOutput(c < source.length ? source[c] : "");
        const format = formats?.[c];
        if (format) cell.numberFormat = format;
        if (bold) cell.bold = true;
        row[left + c] = cell;
      }
    }
  }
  const sheet: SheetModel = {
    name: out.name,
    cells,
    tables: layout.tables,
    // Copies: the caller may reuse its objects for the next write.
    charts: jsonCopy(out.charts),
    conditionalFormats: jsonCopy(out.conditionalFormats),
  };
  if (out.frozenRows) sheet.frozenRows = out.frozenRows;
  if (out.columnWidths) sheet.columnWidths = [...out.columnWidths];
  if (out.pageSetup) sheet.pageSetup = { ...out.pageSetup };
  if (out.pictures?.length) sheet.pictures = jsonCopy(out.pictures);
  return sheet;
}
