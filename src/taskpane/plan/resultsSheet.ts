import { correlationTest } from "../../engine/correlationTest";
import { EngineError } from "../../engine/errors";
import { columnLetters, formatAddress } from "../../workbook/model";
import type { CellInput, OutputBlock, OutputSheet } from "../../workbook/port";
import type { ChartSpec, ConditionalFormat } from "../../workbook/model";
import { numericColumn } from "../compute/results";
import { columnNamed } from "../model/analyze";
import { formatFixed } from "../model/numbers";
import { OUTPUT_SHEETS } from "../model/validate";
import type { CalculationLayout } from "./calculationSheet";
import { decileCounts, decileCountsByGroup, meanOfPresent, profileRow } from "./chartData";
import { sourceCellReference, sourceColumnReference } from "./formulas";
import { methodLines, missingOutcome } from "./methodText";
import { TABLE_NAMES, type PlanInput } from "./planInput";

/** Above this many groups the decile chart shows the national distribution (the per-group table stays). */
const MAX_GROUPS_IN_CHART = 12;

/** Colours of the decile colour scale, lowest value first: decile 1 (most deprived) red, 10 green (Excel's red-yellow-green). */
export const DECILE_COLORS = ["#F8696B", "#FFEB84", "#63BE7B"];

/** The deciles the colours stand for, so the scale means the same whatever deciles a sheet holds. */
export const DECILE_POINTS = [1, 5.5, 10];

/**
 * Colours of the coverage column: a partial score (below 100 %) shaded orange, the more so the less
 * data it rests on; complete scores stay white.
 */
export const COVERAGE_COLORS = ["#F4B183", "#FFFFFF"];

/** Zero-based row of the results table's header on the MDI sheet (title and legend above it). */
export const TABLE_HEADER_ROW = 3;

const CHART_WIDTH = 8;
const CHART_HEIGHT = 16;
/** The charts' numbers right of the charts are at most this wide (decile, then one column per group in the chart). */
const CHART_DATA_WIDTH = 1 + MAX_GROUPS_IN_CHART;

/**
 * Where the map step places its picture on the sheet MDI: beside the table, the Methode block, the charts
 * and the charts' numbers, at the table's header row, so it covers nothing the sheet holds.
 * @param tableColumns the number of columns of the results table
 */
export function mapAnchor(tableColumns: number): string {
  const sideColumn = tableColumns + 1;
  return at(TABLE_HEADER_ROW, sideColumn + CHART_WIDTH + 1 + CHART_DATA_WIDTH + 1);
}

/** A finite number, or "" (a blank cell) — never NaN in a cell. */
function valueOrBlank(value: number): CellInput {
  return Number.isFinite(value) ? value : "";
}

/** The cell address of (row, column), zero-based. */
function at(row: number, column: number): string {
  return formatAddress({ row, column });
}

function rangeOf(row: number, column: number, rows: number, columns = 1): string {
  return formatAddress({ row, column }, { row: row + rows - 1, column: column + columns - 1 });
}

/**
 * The sheet "MDI": a title and the legend (rank 1 = decile 1 = most deprived),
 * the results table (area, group, one column per domain, MDI score, rank,
 * national decile, decile within group) with a colour scale on the deciles,
 * the Methode block, and native charts — the decile distribution (per group
 * when grouped), the domain profile of one area against the average, and the
 * MDI against a comparator with r in the title.
 *
 * In formulas mode each table cell refers to its row on the calculation sheet
 * (or to the source for area and group), so the table follows the data; in
 * values mode it holds the engine's numbers.
 */
export function resultsSheet(input: PlanInput, layout: CalculationLayout | null): OutputSheet {
  const { config, analysis, data, results, strings, language } = input;
  const s = strings.sheet;
  const n = results.rows;
  const groups = results.groups;
  const areaColumn = columnNamed(analysis, config.areaColumn)!.index;
  const groupColumn = groups ? columnNamed(analysis, groups.column)!.index : -1;

  const headers = [
    s.area,
    ...(groups ? [groups.column] : []),
    ...results.domains.map((d) => strings.domainLabels[d.domain]),
    s.score,
    s.rank,
    s.decile,
    ...(groups ? [s.groupDecile(groups.column)] : []),
    s.coverage,
  ];
  // Per-row references: "='MDI berekening'!C" + row number; the prefixes are made once, not per cell.
  const calcSheet = `'${OUTPUT_SHEETS.calculation.replace(/'/g, "''")}'`;
  const calcPrefixes = layout
    ? [
        ...results.domains.map((_, d) => `=${calcSheet}!${columnLetters(layout.domains + d)}`),
        `=${calcSheet}!${columnLetters(layout.score)}`,
        `=${calcSheet}!${columnLetters(layout.rank)}`,
        `=${calcSheet}!${columnLetters(layout.decile)}`,
        ...(groups ? [`=${calcSheet}!${columnLetters(layout.groupDecile)}`] : []),
        `=${calcSheet}!${columnLetters(layout.coverage)}`,
      ]
    : [];
  const sourcePrefixes = [areaColumn, ...(groups ? [groupColumn] : [])].map((column) =>
    sourceCellReference(data.source, column, 0).replace(/\d+$/, ""),
  );
  const sourceFirstRow = Number(/\d+$/.exec(sourceCellReference(data.source, areaColumn, 0))![0]);
  const rows: CellInput[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row: CellInput[] = [];
    if (layout) {
      const sourceRow = sourceFirstRow + i;
      const calcRow = layout.firstRow + 1 + i;
      for (const prefix of sourcePrefixes) row.push({ formula: `=${prefix}${sourceRow}` });
      for (const prefix of calcPrefixes) row.push({ formula: `${prefix}${calcRow}` });
    } else {
      row.push(data.rows[i][areaColumn] ?? "");
      if (groups) row.push(data.rows[i][groupColumn] ?? "");
      for (const d of results.domains) row.push(valueOrBlank(d.values[i]));
      row.push(valueOrBlank(results.score[i]), valueOrBlank(results.rank[i]), valueOrBlank(results.decile[i]));
      if (groups) row.push(valueOrBlank(groups.decile[i]));
      row.push(valueOrBlank(results.coverage[i]));
    }
    rows[i] = row;
  }
  const numberFormats = headers.map((_, c) => {
    const firstNumber = groups ? 2 : 1;
    const rankColumn = firstNumber + results.domains.length + 1;
    if (c < firstNumber) return "";
    if (c === headers.length - 1) return "0%";
    return c < rankColumn ? "0.000" : "0";
  });

  // Columns of the table (zero-based) and the rows of its data.
  const scoreColumn = (groups ? 2 : 1) + results.domains.length;
  const decileColumn = scoreColumn + 2;
  const firstDataRow = TABLE_HEADER_ROW + 1;
  const conditionalFormats: ConditionalFormat[] = [decileColumn, ...(groups ? [decileColumn + 1] : [])].map(
    (column) => ({
      kind: "colorScale" as const,
      address: rangeOf(firstDataRow, column, n),
      colors: DECILE_COLORS,
      points: DECILE_POINTS,
    }),
  );
  // Coverage: from the lowest share that still gets a score (orange) to complete (white).
  conditionalFormats.push({
    kind: "colorScale",
    address: rangeOf(firstDataRow, headers.length - 1, n),
    colors: COVERAGE_COLORS,
    points: [Math.min(config.missing.domains, 0.999), 1],
  });

  // Right of the table: the Methode block, the charts under it, the charts' numbers right of them.
  const sideColumn = headers.length + 1;
  const method = methodLines({ ...input, missing: missingOutcome(results) });
  const blocks: OutputBlock[] = [
    { topLeft: "A1", rows: [[s.title]], header: true },
    { topLeft: "A2", rows: [[s.legend]] },
    { topLeft: at(0, sideColumn), rows: method.map((line) => [line]), header: true },
  ];
  const charts: ChartSpec[] = [];
  const dataColumn = sideColumn + CHART_WIDTH + 1;
  let chartRow = method.length + 1;
  let dataRow = 0;
  const place = (spec: Omit<ChartSpec, "topLeft" | "bottomRight">) => {
    charts.push({
      ...spec,
      topLeft: at(chartRow, sideColumn),
      bottomRight: at(chartRow + CHART_HEIGHT - 1, sideColumn + CHART_WIDTH - 1),
    });
    chartRow += CHART_HEIGHT + 1;
  };

  // 1. Decile distribution: areas per national decile, per group when grouped. With many groups
  // (Amsterdam has 99 wijken) a stacked column per group is unreadable: the per-group counts are
  // still written as a table, and the chart shows the national distribution.
  const byGroup = groups ? decileCountsByGroup(results) : [];
  if (groups) {
    const deciles = Array.from({ length: 10 }, (_, d) => s.decileNumber(d + 1));
    blocks.push({
      topLeft: at(dataRow, dataColumn),
      rows: [[groups.column, ...deciles], ...byGroup.map((g) => [g.group, ...g.counts])],
      header: true,
    });
    if (byGroup.length <= MAX_GROUPS_IN_CHART) {
      place({
        name: "MDI_Decielen",
        type: "ColumnStacked",
        title: s.decileByGroupChart(groups.column),
        series: deciles.map((name, d) => ({
          name,
          values: rangeOf(dataRow + 1, dataColumn + 1 + d, byGroup.length),
          categories: rangeOf(dataRow + 1, dataColumn, byGroup.length),
        })),
        xAxisTitle: groups.column,
        yAxisTitle: s.areas,
      });
    }
    dataRow += byGroup.length + 2;
  }
  if (!groups || byGroup.length > MAX_GROUPS_IN_CHART) {
    const counts = decileCounts(results);
    blocks.push({
      topLeft: at(dataRow, dataColumn),
      rows: [[s.decile, s.areas], ...counts.map((count, d) => [d + 1, count])],
      header: true,
    });
    place({
      name: "MDI_Decielen",
      type: "ColumnClustered",
      title: s.decileChart,
      series: [
        {
          name: s.areas,
          values: rangeOf(dataRow + 1, dataColumn + 1, 10),
          categories: rangeOf(dataRow + 1, dataColumn, 10),
        },
      ],
      xAxisTitle: s.decile,
      yAxisTitle: s.areas,
    });
    dataRow += 12;
  }

  // 2. Domain profile of one area against the average of all areas.
  const profile = profileRow(results, config.profileArea);
  const areaName = results.areas[profile] ?? "";
  const k = results.domains.length;
  blocks.push({
    topLeft: at(dataRow, dataColumn),
    rows: [
      [s.domain, areaName, s.average],
      ...results.domains.map((d) => [
        strings.domainLabels[d.domain],
        valueOrBlank(d.values[profile]),
        valueOrBlank(meanOfPresent(d.values)),
      ]),
    ],
    header: true,
    numberFormats: ["", "0.000", "0.000"],
  });
  place({
    name: "MDI_Profiel",
    type: "ColumnClustered",
    title: s.profileChart(areaName),
    series: [
      {
        name: areaName,
        values: rangeOf(dataRow + 1, dataColumn + 1, k),
        categories: rangeOf(dataRow + 1, dataColumn, k),
      },
      {
        name: s.average,
        values: rangeOf(dataRow + 1, dataColumn + 2, k),
        categories: rangeOf(dataRow + 1, dataColumn, k),
      },
    ],
    yAxisTitle: s.profileAxis,
  });
  dataRow += k + 2;

  // 3. The MDI against a comparator, r in the title.
  const comparator = config.scatterComparator ?? config.comparators[0] ?? null;
  const comparatorInfo = columnNamed(analysis, comparator);
  if (comparatorInfo) {
    let r = "";
    try {
      r = formatFixed(
        correlationTest(results.score, numericColumn(data, comparatorInfo.index), "pearson").r,
        language,
        2,
      );
    } catch (error) {
      // A comparator without spread or pairs has no r: the chart is still drawn, its title says "r = –".
      if (!(error instanceof EngineError)) throw error;
      r = "–";
    }
    place({
      name: "MDI_Vergelijking",
      type: "XYScatter",
      title: s.scatterChart(comparatorInfo.name, r),
      series: [
        {
          name: s.areas,
          values: rangeOf(firstDataRow, scoreColumn, n),
          xValues: sourceColumnReference(data.source, comparatorInfo.index, n),
        },
      ],
      xAxisTitle: comparatorInfo.name,
      yAxisTitle: s.score,
    });
  }

  return {
    name: OUTPUT_SHEETS.results,
    tables: [{ name: TABLE_NAMES.results, topLeft: at(TABLE_HEADER_ROW, 0), headers, rows, numberFormats }],
    blocks,
    conditionalFormats,
    charts,
    activate: true,
    frozenRows: TABLE_HEADER_ROW + 1,
    // Widths in characters: names wide, numbers narrow; the Methode column is left to its text.
    columnWidths: headers.map((_, c) => (c === 0 ? 28 : groups && c === 1 ? 24 : 13)),
  };
}
