/**
 * One row of the worksheet grid: its row header and the cells of the columns on screen.
 * Memoised: while the grid scrolls, rows that stay on screen keep their DOM untouched.
 */
import * as React from "react";
import { mergeClasses, tokens } from "@fluentui/react-components";
import type { VirtualItem } from "@tanstack/react-virtual";
import type { Language } from "../../i18n/language";
import type { SheetModel } from "../../workbook/model";
import type { colorScalePainter } from "../format/colorScale";
import { formatValue } from "../format/formatValue";
import type { CellBox } from "./gridSelection";
import { ROW_HEIGHT, useGridStyles } from "./gridStyles";

/** An Excel table's area on the sheet (zero-based, inclusive). */
export interface TableRegion {
  top: number;
  left: number;
  bottom: number;
  right: number;
  banded: boolean;
}

export interface RowContext {
  sheet: SheetModel;
  /** The workbook's change count: a changed workbook redraws every row. */
  version: number;
  language: Language;
  paint: ReturnType<typeof colorScalePainter>;
  tables: TableRegion[];
  /** Column widths in pixels. */
  widths: number[];
  columnCount: number;
  rowHeaderWidth: number;
  /** Width of a whole row in pixels. */
  width: number;
  range: CellBox | undefined;
  /** Prefix of the cells' element ids (unique per grid). */
  idPrefix: string;
}

/** The element id of a cell, for aria-activedescendant. */
export function cellId(idPrefix: string, row: number, column: number): string {
  return `${idPrefix}-r${row}-c${column}`;
}

/** Text runs on over empty cells to its right, as in Excel (titles, notes): its width in pixels. */
function overflowWidth(context: RowContext, row: number, column: number, own: number): number {
  const cells = context.sheet.cells[row];
  let width = own;
  for (let next = column + 1; next < Math.min(context.columnCount, column + 12); next++) {
    const neighbour = cells?.[next];
    if (neighbour && (neighbour.value !== "" || neighbour.formula)) break;
    width += context.widths[next];
  }
  return width;
}

export const GridRow = React.memo(function GridRow({
  row: r,
  top,
  columns,
  context,
}: {
  row: number;
  top: number;
  columns: VirtualItem[];
  context: RowContext;
}) {
  const styles = useGridStyles();
  const { sheet, language, paint, tables, rowHeaderWidth, range } = context;
  const rowSelected = !!range && r >= range.top && r <= range.bottom;
  return (
    <div
      role="row"
      aria-rowindex={r + 2}
      className={styles.row}
      style={{ top, height: ROW_HEIGHT, width: context.width }}
    >
      <div
        role="rowheader"
        data-kind="row"
        data-row={r}
        className={mergeClasses(styles.rowHeader, rowSelected && styles.headerActive)}
        style={{ width: rowHeaderWidth, height: ROW_HEIGHT }}
      >
        {r + 1}
      </div>
      {columns.map((vc) => {
        const c = vc.index;
        const cell = sheet.cells[r]?.[c];
        const value = cell?.value ?? "";
        const isError = typeof value === "object";
        const table = tables.find((t) => r >= t.top && r <= t.bottom && c >= t.left && c <= t.right);
        const background = paint(r, c, value);
        const className = mergeClasses(
          styles.cell,
          typeof value === "number" && styles.number,
          typeof value === "boolean" && styles.centered,
          isError && styles.error,
          table && r === table.top && styles.tableHeader,
          table && table.banded && r > table.top && (r - table.top) % 2 === 0 && styles.band,
          cell?.bold && styles.bold,
        );
        const title = isError ? (value.message ? `${value.error}: ${value.message}` : value.error) : cell?.formula;
        const width =
          typeof value === "string" && value !== "" && !table ? overflowWidth(context, r, c, vc.size) : vc.size;
        const overflow = width > vc.size;
        return (
          <div
            key={c}
            id={cellId(context.idPrefix, r, c)}
            role="gridcell"
            aria-colindex={c + 2}
            aria-selected={rowSelected && c >= range.left && c <= range.right}
            data-kind="cell"
            data-row={r}
            data-column={c}
            title={title}
            className={className}
            style={{
              left: rowHeaderWidth + vc.start,
              width,
              height: ROW_HEIGHT,
              ...(background ? { backgroundColor: background } : {}),
              // Over its neighbours' gridlines, like Excel's overflowing text.
              ...(overflow ? { zIndex: 1, backgroundColor: background ?? tokens.colorNeutralBackground1 } : {}),
            }}
          >
            {cell ? formatValue(value, cell.numberFormat, language) : ""}
          </div>
        );
      })}
    </div>
  );
});
