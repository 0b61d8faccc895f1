import * as React from "react";
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
import { usePaged } from "../components/ShowMore";

const useStyles = makeStyles({ number: { textAlign: "end", fontVariantNumeric: "tabular-nums" } });

export interface MapTableRow {
  readonly area: string;
  readonly score: string;
  readonly rank: string;
  readonly decile: string;
  readonly shown: string;
}

/**
 * The map as a table, for whoever cannot see it: every area of the map (drawn or not) with its MDI score,
 * rank and decile and the value shown, in rank order, a page at a time.
 */
export function MapTable({
  caption,
  columns,
  rows,
  showShown,
}: {
  caption: string;
  columns: { area: string; score: string; rank: string; decile: string; shown: string };
  rows: readonly MapTableRow[];
  /** Whether the shown value is another than the MDI score (a domain, coverage or change). */
  showShown: boolean;
}) {
  const styles = useStyles();
  const { shown, more } = usePaged(rows);
  return (
    <>
      <Table size="extra-small" aria-label={caption}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{columns.area}</TableHeaderCell>
            <TableHeaderCell>{columns.score}</TableHeaderCell>
            <TableHeaderCell>{columns.rank}</TableHeaderCell>
            <TableHeaderCell>{columns.decile}</TableHeaderCell>
            {showShown && <TableHeaderCell>{columns.shown}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((row, i) => (
            <TableRow key={i}>
              <TableCell>{row.area}</TableCell>
              <TableCell className={styles.number}>{row.score}</TableCell>
              <TableCell className={styles.number}>{row.rank}</TableCell>
              <TableCell className={styles.number}>{row.decile}</TableCell>
              {showShown && <TableCell className={styles.number}>{row.shown}</TableCell>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {more}
    </>
  );
}
