import { MAX_COLUMNS, MAX_ROWS, formatAddress, parseAddress, type Cell, type CellError } from "../../workbook/model";
import { formulaMessages } from "./formulaMessages";
import { cellError, isCellError, toCellValue, type Matrix } from "./functionCall";
import { cellName, contains, intersects, rectAddress, type FormulaCell, type Rect, type SheetCalc } from "./sheets";

/**
 * Excel's dynamic arrays: a formula's result spills from its cell into the
 * empty cells right and below, or shows #SPILL! when one of them is not empty,
 * lies in a table or past the sheet's edge.
 */

export function isEmpty(cell: Cell | undefined): boolean {
  return cell === undefined || (cell.value === "" && cell.formula === undefined);
}

/** Empty and unformatted: a row of such cells at the end of a sheet is trimmed. */
export function isBare(cell: Cell | undefined): boolean {
  return isEmpty(cell) && cell?.numberFormat === undefined && cell?.bold === undefined;
}

/** The row array of a sheet, created (with empty rows before it) when missing. */
function rowAt(cells: Cell[][], row: number): Cell[] {
  while (cells.length <= row) cells.push([]);
  return cells[row];
}

/** Sets a cell's value, creating the cell (and empty cells before it) when missing. */
function setValue(row: Cell[], column: number, value: Cell["value"]): void {
  const cell = row[column];
  if (cell) {
    cell.value = value;
    return;
  }
  while (row.length < column) row.push({ value: "" });
  row[column] = { value };
}

/** Writes the sheet's spilled areas into its model, where the grid and an export read them. */
export function publishSpills(sheet: SheetCalc): void {
  if (sheet.spilled.length) {
    sheet.model.spills = sheet.spilled.map((f) => ({
      anchor: formatAddress({ row: f.row, column: f.column }),
      address: rectAddress(f.spill as Rect),
    }));
  } else delete sheet.model.spills;
}

/**
 * Empties the cells a formula's result spilled into (not its own cell).
 * @param unlist also take it off its sheet's list of spilled formulas (false when the whole list is reset)
 */
export function clearSpill(f: FormulaCell, unlist = true): void {
  const r = f.spill;
  if (!r) return;
  const cells = f.sheet.model.cells;
  for (let i = r.r0; i <= r.r1; i++) {
    const row = cells[i];
    if (!row) continue;
    for (let j = r.c0; j <= r.c1; j++) {
      if (i === f.row && j === f.column) continue;
      const cell = row[j];
      if (cell) cell.value = "";
    }
  }
  f.spill = null;
  f.sheet.trim = true;
  if (unlist) {
    const list = f.sheet.spilled;
    list.splice(list.indexOf(f), 1);
    publishSpills(f.sheet);
  }
}

/** The first cell (A1) in the way of a spill, or undefined when the area is free. */
function blocker(f: FormulaCell, rect: Rect): string | undefined {
  for (const g of f.sheet.spilled) {
    const r = g.spill as Rect;
    if (intersects(r, rect)) {
      return formatAddress({ row: Math.max(r.r0, rect.r0), column: Math.max(r.c0, rect.c0) });
    }
  }
  const cells = f.sheet.model.cells;
  for (let i = rect.r0; i <= rect.r1 && i < cells.length; i++) {
    const row = cells[i];
    if (!row) continue;
    for (let j = rect.c0; j <= rect.c1 && j < row.length; j++) {
      if (i === f.row && j === f.column) continue;
      if (!isEmpty(row[j])) return formatAddress({ row: i, column: j });
    }
  }
  return undefined;
}

/** Why a result may not spill over `rect`, as the error to show instead; undefined when it may. */
function spillRefusal(f: FormulaCell, rect: Rect): CellError | undefined {
  const messages = formulaMessages();
  if (rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLUMNS) return cellError("#SPILL!", messages.spillEdge(rectAddress(rect)));
  for (const table of f.sheet.model.tables) {
    const t = parseAddress(table.address);
    if (intersects(rect, { r0: t.start.row, c0: t.start.column, r1: t.end.row, c1: t.end.column })) {
      return cellError("#SPILL!", messages.spillTable(rectAddress(rect), table.name));
    }
  }
  const cell = blocker(f, rect);
  if (cell) return cellError("#SPILL!", messages.spill(rectAddress(rect), cell));
  if (f.suspects?.some((s) => intersects(s, rect))) return cellError("#REF!", messages.circular(cellName(f)));
  return undefined;
}

/** Writes a result into the formula's cell and spills the rest (or shows why it cannot). */
export function place(f: FormulaCell, result: Matrix | CellError): void {
  if (isCellError(result)) {
    f.cell.value = result;
    return;
  }
  const height = result.length;
  let width = 0;
  for (const line of result) if (line.length > width) width = line.length;
  if (height === 1 && width === 1) {
    f.cell.value = toCellValue(result[0][0]);
    return;
  }
  const rect: Rect = { r0: f.row, c0: f.column, r1: f.row + height - 1, c1: f.column + width - 1 };
  const refusal = spillRefusal(f, rect);
  if (refusal) {
    f.cell.value = refusal;
    return;
  }
  const cells = f.sheet.model.cells;
  for (let i = 0; i < height; i++) {
    const line = result[i];
    const row = rowAt(cells, rect.r0 + i);
    for (let j = 0; j < width; j++) {
      // A ragged result is padded with #N/A, as Excel pads arrays of unequal rows.
      const value = j < line.length ? toCellValue(line[j]) : cellError("#N/A");
      if (i === 0 && j === 0) f.cell.value = value;
      else setValue(row, rect.c0 + j, value);
    }
  }
  f.spill = rect;
  f.sheet.spilled.push(f);
}

/** Whether (row, column) of `sheet` lies in the area of a spilled result. */
export function inSpill(sheet: SheetCalc, row: number, column: number): boolean {
  for (const g of sheet.spilled) if (contains(g.spill as Rect, row, column)) return true;
  return false;
}
