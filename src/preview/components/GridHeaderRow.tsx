/**
 * The grid's column headers (A, B, C, …) with the select-all corner; the
 * columns of the selection are highlighted.
 */
import * as React from "react";
import { mergeClasses } from "@fluentui/react-components";
import type { VirtualItem } from "@tanstack/react-virtual";
import { columnLetters } from "../../workbook/model";
import type { CellBox } from "./gridSelection";
import { HEADER_HEIGHT, useGridStyles } from "./gridStyles";

export interface GridHeaderRowProps {
  columns: VirtualItem[];
  rowHeaderWidth: number;
  /** Width of the whole row in pixels. */
  width: number;
  range: CellBox | undefined;
  selectAllLabel: string;
}

export function GridHeaderRow({ columns, rowHeaderWidth, width, range, selectAllLabel }: GridHeaderRowProps) {
  const styles = useGridStyles();
  return (
    <div role="row" aria-rowindex={1} className={styles.row} style={{ top: 0, height: HEADER_HEIGHT, width }}>
      <div
        role="columnheader"
        aria-label={selectAllLabel}
        title={selectAllLabel}
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
  );
}
