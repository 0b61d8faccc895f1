import * as React from "react";
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { columnNamed, type DataAnalysis } from "../../model/analyze";
import type { MdiConfig } from "../../model/config";
import { usePaged } from "../../components/ShowMore";
import { useStrings } from "../../strings";

const useStyles = makeStyles({
  warning: { color: tokens.colorPaletteRedForeground1 },
  name: { width: "50%" },
});

/** The numeric columns read: missing values per column and what each is used for. */
export function ColumnsTable({ analysis, config }: { analysis: DataAnalysis; config: MdiConfig }) {
  const styles = useStyles();
  const strings = useStrings();
  const t = strings.data;
  const { shown, more } = usePaged(analysis.numericColumns);
  if (analysis.numericColumns.length === 0) return null;
  return (
    <>
      <Table size="extra-small" aria-label={t.columnsHeading}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.name}>{t.columnHeader}</TableHeaderCell>
            <TableHeaderCell>{t.missingHeader}</TableHeaderCell>
            <TableHeaderCell>{t.useHeader}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((name) => {
            const info = columnNamed(analysis, name)!;
            const domain = config.indicators[name]?.domain;
            const use = domain
              ? `${t.usedAsIndicator}: ${strings.domainLabels[domain]}`
              : config.comparators.includes(name)
                ? t.usedAsComparator
                : t.unused;
            return (
              <TableRow key={name}>
                <TableCell>{name}</TableCell>
                <TableCell>
                  {t.missing(info.blanks, analysis.rows)}
                  {info.texts > 0 && <span className={styles.warning}>{` · ${t.textCells(info.texts)}`}</span>}
                </TableCell>
                <TableCell>{use}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {more}
    </>
  );
}
