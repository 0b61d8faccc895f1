import * as React from "react";
import {
  Caption1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { AllocationRule } from "../../engine/allocate";
import { useLanguage } from "../strings";
import { AllocationChart, type ChartSeries } from "./AllocationChart";
import type { AllocationOutcome } from "./compute";
import { formatCents, formatCount, formatEuros, formatShare } from "./format";

const useStyles = makeStyles({
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

export interface RuleOutcome {
  readonly rule: AllocationRule;
  readonly outcome: AllocationOutcome;
}

export interface AllocationResultsProps {
  readonly current: RuleOutcome;
  /** The second rule, side by side; null = no comparison. */
  readonly compared: RuleOutcome | null;
}

/** Equal per head for the areas allocated to: budget / inhabitants. */
function equalPerHead(outcome: AllocationOutcome): number {
  let people = 0;
  for (const d of outcome.allocation.byDecile) people += d.population;
  return people > 0 ? outcome.allocation.budget / people : NaN;
}

/**
 * What an allocation does, per need decile: € and € per inhabitant against
 * equal per head, the share of the budget reaching the most deprived 10 % and
 * 20 %, and how many floors and caps bind — for one rule, or two side by side.
 */
export function AllocationResults({ current, compared }: AllocationResultsProps) {
  const styles = useStyles();
  const { strings, language } = useLanguage();
  const t = strings.allocation;
  const both = compared ? [current, compared] : [current];
  const name = (r: RuleOutcome) => t.rules[r.rule];

  const figures = [
    { label: t.share10, value: (o: AllocationOutcome) => formatShare(o.allocation.shareMostDeprived10, language) },
    { label: t.share20, value: (o: AllocationOutcome) => formatShare(o.allocation.shareMostDeprived20, language) },
    { label: t.shifted, value: (o: AllocationOutcome) => formatShare(o.shifted, language) },
    { label: t.floorsBinding, value: (o: AllocationOutcome) => formatCount(o.allocation.floorsBinding, language) },
    { label: t.capsBinding, value: (o: AllocationOutcome) => formatCount(o.allocation.capsBinding, language) },
  ];

  const labels = React.useMemo(() => current.outcome.allocation.byDecile.map((d) => String(d.decile)), [current]);
  const series = React.useMemo<ChartSeries[]>(() => {
    const perHead = (r: RuleOutcome): ChartSeries => ({
      name: t.rules[r.rule],
      values: r.outcome.allocation.byDecile.map((d) => (Number.isFinite(d.perHead) ? d.perHead : null)),
    });
    const equal = equalPerHead(current.outcome);
    const rules = compared ? [current, compared] : [current];
    // Equal per head as a reference line, unless one of the rules is equal per head itself.
    const reference: ChartSeries[] = rules.some((r) => r.rule === "perhead")
      ? []
      : [{ name: t.equalPerInhabitant, values: labels.map(() => (Number.isFinite(equal) ? equal : null)), line: true }];
    return [...rules.map(perHead), ...reference];
  }, [current, compared, labels, t]);

  const leftOut = current.outcome.leftOut;
  return (
    <section className={styles.results} aria-label={t.results}>
      <Subtitle2 as="h3">{t.results}</Subtitle2>
      <Caption1>{t.allocated(current.outcome.rows.length, leftOut)}</Caption1>
      <Table size="extra-small" aria-label={t.figuresCaption}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.figure}</TableHeaderCell>
            {both.map((r) => (
              <TableHeaderCell key={r.rule} className={styles.number}>
                {name(r)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {figures.map(({ label, value }) => (
            <TableRow key={label}>
              <TableCell>{label}</TableCell>
              {both.map((r) => (
                <TableCell key={r.rule} className={styles.number}>
                  {value(r.outcome)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Table size="extra-small" aria-label={t.decileCaption}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.decile}</TableHeaderCell>
            {compared ? (
              both.map((r) => (
                <React.Fragment key={r.rule}>
                  <TableHeaderCell className={styles.number}>{t.perInhabitantOf(name(r))}</TableHeaderCell>
                  <TableHeaderCell className={styles.number}>{t.amountOf(name(r))}</TableHeaderCell>
                </React.Fragment>
              ))
            ) : (
              <>
                <TableHeaderCell className={styles.number}>{t.amount}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{t.perInhabitant}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{t.difference}</TableHeaderCell>
              </>
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {current.outcome.allocation.byDecile.map((d, k) => (
            <TableRow key={d.decile}>
              <TableCell>{d.decile}</TableCell>
              {compared ? (
                both.map((r) => {
                  const row = r.outcome.allocation.byDecile[k];
                  return (
                    <React.Fragment key={r.rule}>
                      <TableCell className={styles.number}>{formatCents(row.perHead, language)}</TableCell>
                      <TableCell className={styles.number}>{formatEuros(row.amount, language)}</TableCell>
                    </React.Fragment>
                  );
                })
              ) : (
                <>
                  <TableCell className={styles.number}>{formatEuros(d.amount, language)}</TableCell>
                  <TableCell className={styles.number}>{formatCents(d.perHead, language)}</TableCell>
                  <TableCell className={styles.number}>{formatEuros(d.difference, language)}</TableCell>
                </>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <AllocationChart
        labels={labels}
        series={series}
        title={t.chartTitle}
        xTitle={t.chartAxis}
        yTitle={t.perInhabitant}
        label={t.chartLabel(both.map(name).join(" / "))}
      />
    </section>
  );
}
