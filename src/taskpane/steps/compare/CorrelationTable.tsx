import * as React from "react";
import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
import type { CorrelationTest } from "../../../engine/correlationTest";
import type { Language } from "../../../i18n/language";
import type { CorrelationOutcome } from "../../compute/correlations";
import { formatFixed } from "../../model/numbers";
import { usePaged } from "../../components/ShowMore";
import { useLanguage } from "../../strings";

const useStyles = makeStyles({
  // The indicator's name and its details take the room; the three short columns share the rest.
  name: { width: "46%" },
});

/** p for reading: three decimals, "< 0.001" below that. */
function formatP(p: number | undefined, language: Language): string {
  if (p === undefined) return "–";
  return p < 0.001 ? `< ${formatFixed(0.001, language, 3)}` : `= ${formatFixed(p, language, 3)}`;
}

function bound(value: number | undefined, language: Language): string {
  return value === undefined ? "–" : formatFixed(value, language, 2);
}

/**
 * The correlations in the pane, strongest first, as written to the sheet: the
 * coefficients and strength in columns, n, p and the 95 % interval of
 * Pearson's r under each indicator's name (the pane is narrow).
 */
export function CorrelationTable({ outcome }: { outcome: CorrelationOutcome }) {
  const styles = useStyles();
  const { strings, language } = useLanguage();
  const s = strings.sheet;
  const { shown, more } = usePaged(outcome.rows);
  const details = (test: CorrelationTest) =>
    strings.compare.details(test.n, formatP(test.p, language), bound(test.low, language), bound(test.high, language));
  return (
    <>
      <Table size="extra-small" aria-label={strings.compare.tableCaption}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.name}>{s.comparator}</TableHeaderCell>
            <TableHeaderCell>{s.pearson}</TableHeaderCell>
            <TableHeaderCell>{s.spearman}</TableHeaderCell>
            <TableHeaderCell>{strings.compare.strength}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((row) => (
            <TableRow key={row.column}>
              <TableCell>
                <TableCellLayout description={<Caption1>{details(row.pearson)}</Caption1>}>
                  {row.column}
                </TableCellLayout>
              </TableCell>
              <TableCell>{formatFixed(row.pearson.r, language, 3)}</TableCell>
              <TableCell>{formatFixed(row.spearman.r, language, 3)}</TableCell>
              <TableCell>{strings.strength[row.pearson.strength]}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {more}
    </>
  );
}
