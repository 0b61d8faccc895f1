import { DEFAULT_QUANTILES } from "../../engine/constants";
import { formatAddress, type ChartSpec } from "../../workbook/model";
import type { CellInput, OutputBlock, OutputSheet } from "../../workbook/port";
import type { Strings } from "../strings";
import type { TrendResults } from "./trendResults";

/** The sheet the trend step writes (the same name in every language, as the add-in's other sheets). */
export const TREND_SHEET = "MDI ontwikkeling";

/** Name of the per-area table (unique in the workbook). */
export const TREND_TABLE = "MDI_Ontwikkeling";

/** Zero-based row of the per-area table's header: title and notes above it. */
const HEADER_ROW = 5;
const CHART_HEIGHT = 16;
const CHART_WIDTH = 8;

function at(row: number, column: number): string {
  return formatAddress({ row, column });
}

function rangeOf(row: number, column: number, rows: number): string {
  return formatAddress({ row, column }, { row: row + rows - 1, column });
}

/** A finite number, or "" (a blank cell) — never NaN in a cell. */
function valueOrBlank(value: number): CellInput {
  return Number.isFinite(value) ? value : "";
}

export interface TrendPlanInput {
  readonly trend: TrendResults;
  readonly strings: Strings;
  /** The names of the two tables, for the notes: "Buurten2017 → Buurten2019". */
  readonly earlierName: string;
  readonly laterName: string;
}

/**
 * The sheet "MDI ontwikkeling": notes on the method (fixed goalposts, so changes are absolute; deciles
 * and ranks relative), a table per area (code, name, group, earlier and later MDI, change, earlier and
 * later decile, up or down), and right of it the decile transition table, the mean change by earlier
 * decile with a chart ("two speeds"), the change per domain, the areas in decile 1 in both periods, and
 * the areas only one period has. Values from the moment of writing (the sheet says so).
 */
export function trendSheet({ trend, strings, earlierName, laterName }: TrendPlanInput): OutputSheet {
  const t = strings.trend.sheet;
  const grouped = trend.groupColumn !== null;
  const headers = [
    trend.keyColumn,
    t.area,
    ...(grouped ? [trend.groupColumn as string] : []),
    t.earlier,
    t.later,
    t.change,
    t.earlierDecile,
    t.laterDecile,
    t.direction,
  ];
  const movement = (earlier: number, later: number) =>
    !Number.isFinite(earlier) || !Number.isFinite(later)
      ? ""
      : later < earlier
        ? t.worse
        : later > earlier
          ? t.better
          : t.same;
  const rows: CellInput[][] = trend.areas.map((a) => [
    a.key,
    a.name,
    ...(grouped ? [a.group] : []),
    valueOrBlank(a.earlier),
    valueOrBlank(a.later),
    valueOrBlank(a.change),
    valueOrBlank(a.earlierDecile),
    valueOrBlank(a.laterDecile),
    movement(a.earlierDecile, a.laterDecile),
  ]);
  const first = grouped ? 3 : 2;
  const numberFormats = headers.map((_, c) => (c < first ? "" : c < first + 3 ? "0.000" : c < first + 5 ? "0" : ""));

  const blocks: OutputBlock[] = [
    { topLeft: "A1", rows: [[t.title(earlierName, laterName)]], header: true },
    { topLeft: "A2", rows: [[t.absolute]] },
    { topLeft: "A3", rows: [[t.relative]] },
    { topLeft: "A4", rows: [[t.matched(trend.bothScored, trend.areas.length, trend.matched.length)]] },
  ];

  // Right of the table: the summaries one under the other, a chart beside the two-speeds table.
  const side = headers.length + 1;
  let row = 0;
  const deciles = Array.from({ length: DEFAULT_QUANTILES }, (_, d) => d + 1);
  blocks.push({
    topLeft: at(row, side),
    rows: [
      [t.transitions],
      [t.earlierLater, ...deciles.map((d) => t.laterDecileNumber(d))],
      ...trend.transitions.map((counts, e) => [t.earlierDecileNumber(e + 1), ...counts]),
    ],
    header: true,
  });
  row += DEFAULT_QUANTILES + 3;

  const speedsRow = row;
  blocks.push({
    topLeft: at(row, side),
    rows: [
      [t.speeds],
      [t.earlierDecile, t.areas, t.meanEarlier, t.meanLater, t.meanChange],
      ...trend.speeds.map((g) => [
        g.group,
        g.areas,
        valueOrBlank(g.meanEarlier),
        valueOrBlank(g.meanLater),
        valueOrBlank(g.meanChange),
      ]),
    ],
    header: true,
    numberFormats: ["0", "0", "0.000", "0.000", "0.000"],
  });
  const chart: ChartSpec = {
    name: "MDI_Twee_snelheden",
    type: "ColumnClustered",
    title: t.speedsChart,
    series: [
      {
        name: t.meanChange,
        values: rangeOf(speedsRow + 2, side + 4, trend.speeds.length),
        categories: rangeOf(speedsRow + 2, side, trend.speeds.length),
      },
    ],
    xAxisTitle: t.earlierDecile,
    yAxisTitle: t.meanChange,
    topLeft: at(speedsRow, side + 6),
    bottomRight: at(speedsRow + CHART_HEIGHT - 1, side + 6 + CHART_WIDTH - 1),
  };
  row += Math.max(trend.speeds.length + 3, CHART_HEIGHT + 1);

  blocks.push({
    topLeft: at(row, side),
    rows: [
      [t.domains],
      [t.domain, t.meanChange, t.improved, t.worsened],
      ...trend.domains.map((d) => [strings.domainLabels[d.domain], valueOrBlank(d.meanChange), d.improved, d.worsened]),
    ],
    header: true,
    numberFormats: ["", "0.000", "0", "0"],
  });
  row += trend.domains.length + 3;

  blocks.push({
    topLeft: at(row, side),
    rows: [
      [t.persistent(trend.persistent.length)],
      ...trend.persistent.map((a) => [a.key, a.name, ...(grouped ? [a.group] : [])]),
    ],
    header: true,
  });
  row += trend.persistent.length + 2;

  const unmatched: CellInput[][] = [[t.unmatched(trend.onlyLater.length, trend.onlyEarlier.length)]];
  if (trend.onlyLater.length) unmatched.push([t.onlyLater, trend.onlyLater.join(", ")]);
  if (trend.onlyEarlier.length) unmatched.push([t.onlyEarlier, trend.onlyEarlier.join(", ")]);
  if (trend.unmatchedIndicators.length) unmatched.push([t.unmatchedIndicators, trend.unmatchedIndicators.join("; ")]);
  blocks.push({ topLeft: at(row, side), rows: unmatched, header: true });

  return {
    name: TREND_SHEET,
    tables: [{ name: TREND_TABLE, topLeft: at(HEADER_ROW, 0), headers, rows, numberFormats }],
    blocks,
    conditionalFormats: [],
    charts: [chart],
    activate: true,
    frozenRows: HEADER_ROW + 1,
    columnWidths: headers.map((_, c) => (c === 1 ? 28 : c === 2 && grouped ? 24 : 12)),
  };
}
