import * as React from "react";
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import type { CorrelationTest } from "../../../engine/correlationTest";
import type { CorrelationOutcome } from "../../compute/correlations";
import { formatFixed } from "../../model/numbers";
import { useLanguage } from "../../strings";

/** p for reading: three decimals, "< 0.001" below that. */
function formatP(p: number | undefined, language: "nl" | "en"): string {
  if (p === undefined) return "–";
  return p < 0.001 ? `< ${formatFixed(0.001, language, 3)}` : formatFixed(p, language, 3);
}

function interval(test: CorrelationTest, language: "nl" | "en"): string {
  if (test.low === undefined || test.high === undefined) return "–";
  return `${formatFixed(test.low, language, 2)} … ${formatFixed(test.high, language, 2)}`;
}

/** The correlations in the pane, strongest first, as written to the sheet. */
export function CorrelationTable({ outcome }: { outcome: CorrelationOutcome }) {
  const { strings, language } = useLanguage();
  const s = strings.sheet;
  return (
    <Table size="extra-small" aria-label={strings.compare.tableCaption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{s.comparator}</TableHeaderCell>
          <TableHeaderCell>{s.n}</TableHeaderCell>
          <TableHeaderCell>{s.pearson}</TableHeaderCell>
          <TableHeaderCell>p</TableHeaderCell>
          <TableHeaderCell>{strings.compare.interval}</TableHeaderCell>
          <TableHeaderCell>{s.spearman}</TableHeaderCell>
          <TableHeaderCell>{strings.compare.strength}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {outcome.rows.map((row) => (
          <TableRow key={row.column}>
            <TableCell>{row.column}</TableCell>
            <TableCell>{row.pearson.n}</TableCell>
            <TableCell>{formatFixed(row.pearson.r, language, 3)}</TableCell>
            <TableCell>{formatP(row.pearson.p, language)}</TableCell>
            <TableCell>{interval(row.pearson, language)}</TableCell>
            <TableCell>{formatFixed(row.spearman.r, language, 3)}</TableCell>
            <TableCell>{strings.strength[row.pearson.strength]}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
