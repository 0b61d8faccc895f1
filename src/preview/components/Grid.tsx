/**
 * The worksheet grid: column letters and row numbers as headers, cells shown through their
 * number formats and colour scales, errors with their message as a tooltip, Excel tables with a
 * header colour and banded rows, frozen header rows, and the sheet's charts floating over the
 * cells they cover, as in Excel. Rows and columns are virtualised (@tanstack/react-virtual): only
 * what is on screen is in the DOM, so 33,755 rows scroll as smoothly as 30.
 *
 * Accessible as an ARIA grid: arrow keys move the active cell (Shift extends the selection),
 * Home/End, PageUp/PageDown and Ctrl+Home work as in Excel; the active cell is announced
 * through aria-activedescendant.
 */
import * as React from "react";
import { mergeClasses } from "@fluentui/react-components";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { Language } from "../../i18n/language";
import type { PreviewStrings } from "../../i18n/preview";
import type { CellRef, SheetModel, WorkbookModel } from "../../workbook/model";
import { columnLetters, formatAddress, parseAddress } from "../../workbook/model";
import { colorScalePainter } from "../format/colorScale";
import { ChartView } from "./ChartView";
import { GridRow, cellId, type RowContext, type TableRegion } from "./GridRow";
import { HEADER_HEIGHT, ROW_HEIGHT, useGridStyles } from "./gridStyles";

export { ROW_HEIGHT };

/** Excel's default column: 8.43 characters, 64 pixels. */
const DEFAULT_WIDTH_CHARS = 8.43;

/** Column width in pixels from Excel's width in characters (7 px per character + 5 px padding). */
export function columnPixels(chars: number | undefined): number {
  return Math.max(24, Math.round((chars && chars > 0 ? chars : DEFAULT_WIDTH_CHARS) * 7 + 5));
}

export interface Selection {
  anchor: CellRef;
  focus: CellRef;
}

export function selectionAddress(selection: Selection): string {
  const { anchor, focus } = selection;
  return formatAddress(
    { row: Math.min(anchor.row, focus.row), column: Math.min(anchor.column, focus.column) },
    { row: Math.max(anchor.row, focus.row), column: Math.max(anchor.column, focus.column) },
  );
}

/** The used range of a sheet: rows and columns that hold anything. */
export function usedSize(sheet: SheetModel): { rows: number; columns: number } {
  let columns = 0;
  for (const row of sheet.cells) if (row.length > columns) columns = row.length;
  return { rows: sheet.cells.length, columns };
}

export interface GridProps {
  sheet: SheetModel;
  model: WorkbookModel;
  /** Changes whenever the workbook changes, so derived drawing data is recomputed. */
  version: number;
  language: Language;
  selection: Selection | undefined;
  onSelectionChange: React.Dispatch<Selection>;
  /** Accessible name of the grid, e.g. "Werkblad Buurten". */
  label: string;
  selectAllLabel: string;
  /** Accessible name of a chart, from its title. */
  chartLabel: PreviewStrings["chart"];
}

export function Grid(props: GridProps) {
  const { sheet, model, version, language, selection, onSelectionChange } = props;
  const styles = useGridStyles();
  const scrollRef = React.useRef<HTMLDivElement>(null);
  const idPrefix = React.useId().replace(/:/g, "");

  const used = React.useMemo(() => usedSize(sheet), [sheet, version]);
  const chartExtent = React.useMemo(() => {
    let rows = 0;
    let columns = 0;
    for (const chart of sheet.charts) {
      const end = parseAddress(chart.bottomRight).start;
      rows = Math.max(rows, end.row + 2);
      columns = Math.max(columns, end.column + 2);
    }
    return { rows, columns };
  }, [sheet, version]);
  // Like Excel, the grid goes on past the data a little; it ends there (no empty million rows).
  const rowCount = Math.max(used.rows + 20, chartExtent.rows, 40);
  const columnCount = Math.max(used.columns + 3, chartExtent.columns, 12);
  const frozen = Math.min(sheet.frozenRows ?? 0, used.rows);

  const widths = React.useMemo(
    () => Array.from({ length: columnCount }, (_, c) => columnPixels(sheet.columnWidths?.[c])),
    [sheet, version, columnCount],
  );
  const offsets = React.useMemo(() => {
    const out = [0];
    for (const w of widths) out.push(out[out.length - 1] + w);
    return out;
  }, [widths]);
  const rowHeaderWidth = Math.max(40, String(rowCount).length * 8 + 16);

  const rowVirtualizer = useVirtualizer({
    count: rowCount - frozen,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollPaddingStart: HEADER_HEIGHT + frozen * ROW_HEIGHT,
  });
  const columnVirtualizer = useVirtualizer({
    horizontal: true,
    count: columnCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => widths[i],
    overscan: 3,
    scrollPaddingStart: rowHeaderWidth,
  });
  React.useEffect(() => columnVirtualizer.measure(), [widths, columnVirtualizer]);

  const paint = React.useMemo(() => colorScalePainter(sheet), [sheet, version]);
  const tables = React.useMemo<TableRegion[]>(
    () =>
      sheet.tables.map((t) => {
        const r = parseAddress(t.address);
        return {
          top: r.start.row,
          left: r.start.column,
          bottom: r.end.row,
          right: r.end.column,
          banded: t.showBandedRows !== false,
        };
      }),
    [sheet, version],
  );

  const range = selection
    ? {
        top: Math.min(selection.anchor.row, selection.focus.row),
        bottom: Math.max(selection.anchor.row, selection.focus.row),
        left: Math.min(selection.anchor.column, selection.focus.column),
        right: Math.max(selection.anchor.column, selection.focus.column),
      }
    : undefined;

  const clamp = (ref: CellRef): CellRef => ({
    row: Math.max(0, Math.min(rowCount - 1, ref.row)),
    column: Math.max(0, Math.min(columnCount - 1, ref.column)),
  });
  const reveal = (ref: CellRef) => {
    if (ref.row >= frozen) rowVirtualizer.scrollToIndex(ref.row - frozen, { align: "auto" });
    columnVirtualizer.scrollToIndex(ref.column, { align: "auto" });
  };

  const lastRow = Math.max(0, used.rows - 1);
  const lastColumn = Math.max(0, used.columns - 1);
  const selectAll = () =>
    onSelectionChange({ anchor: { row: 0, column: 0 }, focus: { row: lastRow, column: lastColumn } });

  const dragging = React.useRef(false);
  React.useEffect(() => {
    const stop = () => (dragging.current = false);
    window.addEventListener("mouseup", stop);
    return () => window.removeEventListener("mouseup", stop);
  }, []);

  const target = (event: React.MouseEvent): { kind: string; row: number; column: number } | undefined => {
    const element = (event.target as HTMLElement).closest<HTMLElement>("[data-kind]");
    if (!element) return undefined;
    return {
      kind: element.dataset.kind ?? "",
      row: Number(element.dataset.row ?? -1),
      column: Number(element.dataset.column ?? -1),
    };
  };

  const onMouseDown = (event: React.MouseEvent) => {
    const hit = target(event);
    if (!hit || event.button !== 0) return;
    scrollRef.current?.focus({ preventScroll: true });
    if (hit.kind === "corner") return selectAll();
    if (hit.kind === "column") {
      return onSelectionChange({ anchor: { row: 0, column: hit.column }, focus: { row: lastRow, column: hit.column } });
    }
    if (hit.kind === "row") {
      return onSelectionChange({ anchor: { row: hit.row, column: 0 }, focus: { row: hit.row, column: lastColumn } });
    }
    const cell = { row: hit.row, column: hit.column };
    dragging.current = true;
    onSelectionChange(
      event.shiftKey && selection ? { anchor: selection.anchor, focus: cell } : { anchor: cell, focus: cell },
    );
  };
  const onMouseOver = (event: React.MouseEvent) => {
    if (!dragging.current || !selection) return;
    const hit = target(event);
    if (hit?.kind === "cell" && (hit.row !== selection.focus.row || hit.column !== selection.focus.column)) {
      onSelectionChange({ anchor: selection.anchor, focus: { row: hit.row, column: hit.column } });
    }
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const focus = selection?.focus ?? { row: 0, column: 0 };
    const page = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 400) - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
    const ctrl = event.ctrlKey || event.metaKey;
    let next: CellRef | undefined;
    switch (event.key) {
      case "ArrowDown":
        next = { row: ctrl ? lastRow : focus.row + 1, column: focus.column };
        break;
      case "ArrowUp":
        next = { row: ctrl ? 0 : focus.row - 1, column: focus.column };
        break;
      case "ArrowRight":
        next = { row: focus.row, column: ctrl ? lastColumn : focus.column + 1 };
        break;
      case "ArrowLeft":
        next = { row: focus.row, column: ctrl ? 0 : focus.column - 1 };
        break;
      case "PageDown":
        next = { row: focus.row + page, column: focus.column };
        break;
      case "PageUp":
        next = { row: focus.row - page, column: focus.column };
        break;
      case "Home":
        next = ctrl ? { row: 0, column: 0 } : { row: focus.row, column: 0 };
        break;
      case "End":
        next = ctrl ? { row: lastRow, column: lastColumn } : { row: focus.row, column: lastColumn };
        break;
      case "a":
      case "A":
        if (ctrl) {
          event.preventDefault();
          selectAll();
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    const moved = clamp(next);
    onSelectionChange(
      event.shiftKey && selection ? { anchor: selection.anchor, focus: moved } : { anchor: moved, focus: moved },
    );
    reveal(moved);
  };

  const rangeBox = (box: { top: number; bottom: number; left: number; right: number }): React.CSSProperties => {
    const left = Math.min(box.left, columnCount);
    const right = Math.min(box.right + 1, columnCount);
    return {
      top: HEADER_HEIGHT + box.top * ROW_HEIGHT,
      height: (box.bottom - box.top + 1) * ROW_HEIGHT,
      left: rowHeaderWidth + offsets[left],
      width: offsets[right] - offsets[left],
    };
  };
  const columns = columnVirtualizer.getVirtualItems();

  // Everything a row needs besides its index: unchanged while scrolling, so rows that stay on
  // screen are not drawn again (GridRow is memoised).
  const rangeKey = range ? `${range.top}:${range.left}:${range.bottom}:${range.right}` : "";
  const context = React.useMemo<RowContext>(
    () => ({
      sheet,
      version,
      language,
      paint,
      tables,
      widths,
      columnCount,
      rowHeaderWidth,
      width: rowHeaderWidth + offsets[columnCount],
      range,
      idPrefix,
    }),
    // The selected range is compared by value (rangeKey), not by identity.
    [sheet, version, language, paint, tables, widths, columnCount, rowHeaderWidth, offsets, rangeKey, idPrefix],
  );
  const renderRow = (r: number, top: number) => (
    <GridRow key={r} row={r} top={top} columns={columns} context={context} />
  );

  const frozenHeight = frozen * ROW_HEIGHT;
  const totalHeight = HEADER_HEIGHT + frozenHeight + rowVirtualizer.getTotalSize();
  const totalWidth = rowHeaderWidth + offsets[columnCount];
  const activeId = selection ? cellId(idPrefix, selection.focus.row, selection.focus.column) : undefined;

  return (
    <div
      ref={scrollRef}
      role="grid"
      aria-label={props.label}
      aria-rowcount={rowCount + 1}
      aria-colcount={columnCount + 1}
      aria-multiselectable
      aria-activedescendant={activeId}
      tabIndex={0}
      className={styles.scroller}
      onMouseDown={onMouseDown}
      onMouseOver={onMouseOver}
      onKeyDown={onKeyDown}
      data-sheet={sheet.name}
    >
      <div style={{ position: "relative", height: totalHeight, width: totalWidth }}>
        <div
          className={styles.sticky}
          style={{ height: HEADER_HEIGHT + frozenHeight, width: totalWidth }}
          role="rowgroup"
        >
          <div
            role="row"
            aria-rowindex={1}
            className={styles.row}
            style={{ top: 0, height: HEADER_HEIGHT, width: totalWidth }}
          >
            <div
              role="columnheader"
              aria-label={props.selectAllLabel}
              title={props.selectAllLabel}
              data-kind="corner"
              className={styles.corner}
              style={{ width: rowHeaderWidth, height: HEADER_HEIGHT }}
            />
            {columns.map((vc) => (
              <div
                key={vc.index}
                role="columnheader"
                aria-colindex={vc.index + 2}
                data-kind="column"
                data-column={vc.index}
                className={mergeClasses(
                  styles.header,
                  range && vc.index >= range.left && vc.index <= range.right && styles.headerActive,
                )}
                style={{ left: rowHeaderWidth + vc.start, width: vc.size, height: HEADER_HEIGHT }}
              >
                {columnLetters(vc.index)}
              </div>
            ))}
          </div>
          {Array.from({ length: frozen }, (_, r) => renderRow(r, HEADER_HEIGHT + r * ROW_HEIGHT))}
        </div>
        <div role="rowgroup">
          {rowVirtualizer
            .getVirtualItems()
            .map((vr) => renderRow(vr.index + frozen, HEADER_HEIGHT + frozenHeight + vr.start))}
        </div>
        {range && (
          <>
            <div className={styles.selectionTint} style={rangeBox(range)} />
            <div className={styles.selectionEdge} style={rangeBox(range)} />
          </>
        )}
        {selection && (
          <div
            className={styles.activeEdge}
            style={rangeBox({
              top: selection.focus.row,
              bottom: selection.focus.row,
              left: selection.focus.column,
              right: selection.focus.column,
            })}
          />
        )}
        {sheet.charts.map((chart) => {
          const from = parseAddress(chart.topLeft).start;
          const to = parseAddress(chart.bottomRight).start;
          const top = HEADER_HEIGHT + from.row * ROW_HEIGHT;
          const left = rowHeaderWidth + offsets[Math.min(from.column, columnCount)];
          const width = offsets[Math.min(to.column + 1, columnCount)] - offsets[Math.min(from.column, columnCount)];
          const height = (to.row - from.row + 1) * ROW_HEIGHT;
          return (
            <div key={chart.name} className={styles.chart} style={{ top, left, width, height }} data-chart={chart.name}>
              <ChartView
                model={model}
                sheetName={sheet.name}
                spec={chart}
                version={version}
                label={props.chartLabel(chart.title)}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
