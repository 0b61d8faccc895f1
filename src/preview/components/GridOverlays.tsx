/**
 * What the grid draws over its cells: the selection (a tint, its edge and the
 * active cell's edge), the sheet's charts over the cells they cover and its
 * pictures from their top-left cells, as in Excel.
 */
import * as React from "react";
import type { PreviewStrings } from "../../i18n/preview";
import type { PictureSpec, SheetModel, WorkbookModel } from "../../workbook/model";
import { parseAddress } from "../../workbook/model";
import { pointsToPixels, svgDataUrl } from "../format/picture";
import { ChartView } from "./ChartView";
import type { GridGeometry } from "./gridGeometry";
import type { CellBox, Selection } from "./gridSelection";
import { HEADER_HEIGHT, ROW_HEIGHT, useGridStyles } from "./gridStyles";

/** The position of a range of cells over the grid, in pixels (columns past the grid's end are cut off). */
function boxStyle(box: CellBox, geometry: GridGeometry): React.CSSProperties {
  const { columnCount, offsets, rowHeaderWidth } = geometry;
  const left = Math.min(box.left, columnCount);
  const right = Math.min(box.right + 1, columnCount);
  return {
    top: HEADER_HEIGHT + box.top * ROW_HEIGHT,
    height: (box.bottom - box.top + 1) * ROW_HEIGHT,
    left: rowHeaderWidth + offsets[left],
    width: offsets[right] - offsets[left],
  };
}

export function SelectionBoxes({
  selection,
  range,
  geometry,
}: {
  selection: Selection | undefined;
  range: CellBox | undefined;
  geometry: GridGeometry;
}) {
  const styles = useGridStyles();
  const focus = selection?.focus;
  return (
    <>
      {range && (
        <>
          <div className={styles.selectionTint} style={boxStyle(range, geometry)} />
          <div className={styles.selectionEdge} style={boxStyle(range, geometry)} />
        </>
      )}
      {focus && (
        <div
          className={styles.activeEdge}
          style={boxStyle({ top: focus.row, bottom: focus.row, left: focus.column, right: focus.column }, geometry)}
        />
      )}
    </>
  );
}

export interface GridChartsProps {
  sheet: SheetModel;
  model: WorkbookModel;
  version: number;
  geometry: GridGeometry;
  /** Accessible name of a chart, with {title} for its title. */
  chartLabel: PreviewStrings["chart"];
}

export function GridCharts({ sheet, model, version, geometry, chartLabel }: GridChartsProps) {
  const styles = useGridStyles();
  return (
    <>
      {sheet.charts.map((chart) => {
        const from = parseAddress(chart.topLeft).start;
        const to = parseAddress(chart.bottomRight).start;
        const box = { top: from.row, bottom: to.row, left: from.column, right: to.column };
        return (
          <div key={chart.name} className={styles.chart} style={boxStyle(box, geometry)} data-chart={chart.name}>
            <ChartView
              model={model}
              sheetName={sheet.name}
              spec={chart}
              version={version}
              label={chartLabel(chart.title)}
            />
          </div>
        );
      })}
    </>
  );
}

/** One picture: the SVG as an image, its data: URL made once per SVG (a map's SVG is large). */
function PictureView({ picture, style }: { picture: PictureSpec; style: React.CSSProperties }) {
  const styles = useGridStyles();
  const src = React.useMemo(() => svgDataUrl(picture.svg), [picture.svg]);
  return (
    <img
      className={styles.picture}
      src={src}
      alt={picture.description}
      draggable={false}
      style={style}
      data-picture={picture.name}
    />
  );
}

/** The sheet's pictures, each at its top-left cell and its size (points in CSS pixels). */
export function GridPictures({ sheet, geometry }: { sheet: SheetModel; geometry: GridGeometry }) {
  return (
    <>
      {(sheet.pictures ?? []).map((picture) => {
        const at = parseAddress(picture.topLeft).start;
        const column = Math.min(at.column, geometry.columnCount);
        const style = {
          top: HEADER_HEIGHT + at.row * ROW_HEIGHT,
          left: geometry.rowHeaderWidth + geometry.offsets[column],
          width: pointsToPixels(picture.width),
          height: pointsToPixels(picture.height),
        };
        return <PictureView key={picture.name} picture={picture} style={style} />;
      })}
    </>
  );
}
