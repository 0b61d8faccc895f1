import type { CellError } from "../../workbook/model";
import { formulaMessages } from "./formulaMessages";
import { cellError, isCellError, toCellValue, type Matrix } from "./functionCall";

/**
 * Excel's IF element by element over arrays, as dynamic-array Excel computes it: the three arguments are
 * broadcast to a common size (a single value, a single row or a single column repeats; beyond an argument's
 * size the element is #N/A), and each element takes the value of its branch. With ISBLANK this is the guard
 * IF(ISBLANK(range),"",range) the pane writes around source ranges.
 */

/** The size two arrays broadcast to. */
function size(m: Matrix): [number, number] {
  return [m.length, m.length ? m[0].length : 0];
}

/** The element of `m` at (r, c) when broadcast; #N/A beyond its size. */
function at(m: Matrix, r: number, c: number): unknown {
  const [rows, columns] = size(m);
  const i = rows === 1 ? 0 : r;
  const j = columns === 1 ? 0 : c;
  if (i >= rows || j >= columns) return cellError("#N/A");
  return m[i][j];
}

/** A condition element as Excel reads it: TRUE/FALSE, a number (0 = FALSE), an error kept; text is #VALUE!. */
function truth(x: unknown): boolean | CellError {
  if (typeof x === "boolean") return x;
  if (typeof x === "number") return x !== 0;
  const value = toCellValue(x);
  if (isCellError(value)) return value;
  return cellError("#VALUE!", formulaMessages().notCondition(String(value)));
}

/**
 * IF(condition, ifTrue, ifFalse) over arrays (each argument already read as a rectangle of values).
 * @example ifArrays([[true, false]], [[""]], [[3, 4]]) // [["", 4]]
 */
export function ifArrays(condition: Matrix, ifTrue: Matrix, ifFalse: Matrix): Matrix {
  const [rows, columns] = [condition, ifTrue, ifFalse]
    .map(size)
    .reduce(([r, c], [r2, c2]) => [Math.max(r, r2), Math.max(c, c2)]);
  const out: Matrix = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const line: unknown[] = new Array(columns);
    for (let c = 0; c < columns; c++) {
      const t = truth(at(condition, r, c));
      line[c] = isCellError(t) ? t : at(t ? ifTrue : ifFalse, r, c);
    }
    out[r] = line;
  }
  return out;
}
