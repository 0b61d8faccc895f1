/**
 * The worksheet grid: column letters and row numbers as headers, cells shown through their
 * number formats and colour scales, errors with their message as a tooltip, Excel tables with a
 * header colour and banded rows, frozen header rows, and the sheet's charts and pictures floating
 * over the cells they cover, as in Excel. Rows and columns are virtualised (@tanstack/react-virtual): only
 * what is on screen is in the DOM, so 33,755 rows scroll as smoothly as 30.
 *
 * Accessible as an ARIA grid: arrow keys move the active cell (Shift extends the selection),
 * Home/End, PageUp/PageDown and Ctrl+Home work as in Excel; the active cell is announced
 * through aria-activedescendant.
 */
import * as React from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { Language } from "../../i18n/language";
import type { PreviewStrings } from "../../i18n/preview";
import type { CellRef, SheetModel, WorkbookModel } from "../../workbook/model";
import { parseAddress } from "../../workbook/model";
import { colorScalePainter } from "../format/colorScale";
import { useGridGeometry } from "./gridGeometry";
import { GridCharts, GridPictures, SelectionBoxes } from "./GridOverlays";
import { GridHeaderRow } from "./GridHeaderRow";
import { GridRow, cellId, type RowContext, type TableRegion } from "./GridRow";
import { selectionBox, usedRangeSelection, type Selection } from "./gridSelection";
import { HEADER_HEIGHT, ROW_HEIGHT, useGridStyles } from "./gridStyles";
import { useGridKeyboard } from "./useGridKeyboard";
import { useGridPointer } from "./useGridPointer";

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
  /** Accessible name of a chart, with {title} for its title. */
  chartLabel: PreviewStrings["chart"];
}

export function Grid(props: GridProps) {
  const { sheet, model, version, language, selection, onSelectionChange } = props;
  const styles = useGridStyles();
  const scrollRef = React.useRef<HTMLDivElement>(null);
  const gridRef = React.useRef<HTMLDivElement>(null);
  const idPrefix = React.useId().replace(/:/g, "");
  const geometry = useGridGeometry(sheet, version);
  const { rowCount, columnCount, frozen, widths, offsets, rowHeaderWidth } = geometry;

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

  const range = selection ? selectionBox(selection) : undefined;
  const all = usedRangeSelection(geometry.used);
  const reveal = (ref: CellRef) => {
    if (ref.row >= frozen) rowVirtualizer.scrollToIndex(ref.row - frozen, { align: "auto" });
    columnVirtualizer.scrollToIndex(ref.column, { align: "auto" });
  };
  const pointer = useGridPointer({
    selection,
    onSelectionChange,
    all,
    focus: () => gridRef.current?.focus({ preventScroll: true }),
  });
  const keyboard = useGridKeyboard({
    selection,
    onSelectionChange,
    all,
    rowCount,
    columnCount,
    pageRows: () =>
      Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 400) - HEADER_HEIGHT) / ROW_HEIGHT) - 1),
    reveal,
  });
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
  // aria-activedescendant must name an element in the DOM: a virtualised cell off screen has none,
  // so the grid names its active cell only while that cell is drawn (keys scroll it into view).
  const virtualRows = rowVirtualizer.getVirtualItems();
  const drawn = (ref: CellRef) =>
    (ref.row < frozen || virtualRows.some((vr) => vr.index + frozen === ref.row)) &&
    columns.some((vc) => vc.index === ref.column);
  const activeId =
    selection && drawn(selection.focus) ? cellId(idPrefix, selection.focus.row, selection.focus.column) : undefined;

  // The scroller holds two layers that scroll together: the ARIA grid (header, rows and the
  // selection) and, beside it, the charts and pictures. A chart or picture is an image, which may
  // not sit inside a grid (ARIA lets a grid hold only rows), so it floats over the cells from
  // outside the grid.
  return (
    <div
      ref={scrollRef}
      className={styles.scroller}
      onMouseDown={pointer.onMouseDown}
      onMouseOver={pointer.onMouseOver}
      data-sheet={sheet.name}
    >
      <div
        ref={gridRef}
        role="grid"
        aria-label={props.label}
        aria-rowcount={rowCount + 1}
        aria-colcount={columnCount + 1}
        aria-multiselectable
        aria-activedescendant={activeId}
        tabIndex={0}
        className={styles.gridLayer}
        style={{ height: totalHeight, width: totalWidth }}
        onKeyDown={keyboard.onKeyDown}
      >
        <div
          className={styles.sticky}
          style={{ height: HEADER_HEIGHT + frozenHeight, width: totalWidth }}
          role="rowgroup"
        >
          <GridHeaderRow
            columns={columns}
            rowHeaderWidth={rowHeaderWidth}
            width={totalWidth}
            range={range}
            selectAllLabel={props.selectAllLabel}
          />
          {Array.from({ length: frozen }, (_, r) => renderRow(r, HEADER_HEIGHT + r * ROW_HEIGHT))}
        </div>
        <div role="rowgroup">
          {virtualRows.map((vr) => renderRow(vr.index + frozen, HEADER_HEIGHT + frozenHeight + vr.start))}
        </div>
        <SelectionBoxes selection={selection} range={range} geometry={geometry} />
      </div>
      <div className={styles.chartLayer}>
        <GridCharts sheet={sheet} model={model} version={version} geometry={geometry} chartLabel={props.chartLabel} />
        <GridPictures sheet={sheet} geometry={geometry} />
      </div>
    </div>
  );
}
