import type { CorrelationTest } from "../../engine/correlationTest";
import { formatAddress } from "../../workbook/model";
import type { CellInput, OutputSheet } from "../../workbook/port";
import type { CorrelationOutcome } from "../compute/correlations";
import { OUTPUT_SHEETS } from "../model/validate";
import type { Strings } from "../strings";
import { TABLE_NAMES } from "./planInput";

const TABLE_ROW = 5; // zero-based: title, caveat, method, (not computed), blank, then the table

function blankIfMissing(value: number | undefined): CellInput {
  return value !== undefined && Number.isFinite(value) ? value : "";
}

function testCells(test: CorrelationTest, strings: Strings): CellInput[] {
  return [
    test.r,
    blankIfMissing(test.p),
    blankIfMissing(test.low),
    blankIfMissing(test.high),
    strings.strength[test.strength],
  ];
}

/**
 * The sheet "MDI samenhang": Pearson and Spearman r, p, n, 95 % interval and
 * strength per comparison indicator, strongest |r| first, always under the
 * caveat that correlation is not causation, with a bar chart of the
 * coefficients. The numbers come from the engine (sorting needs them).
 */
export function correlationSheet(outcome: CorrelationOutcome, strings: Strings): OutputSheet {
  const s = strings.sheet;
  const headers = [
    s.comparator,
    s.n,
    s.pearson,
    s.p(s.pearson),
    s.low(s.pearson),
    s.high(s.pearson),
    s.strength(s.pearson),
    s.spearman,
    s.p(s.spearman),
    s.low(s.spearman),
    s.high(s.spearman),
    s.strength(s.spearman),
  ];
  const rows = outcome.rows.map((row) => [
    row.column,
    row.pearson.n,
    ...testCells(row.pearson, strings),
    ...testCells(row.spearman, strings),
  ]);
  const numberFormats = headers.map((_, c) => {
    if (c === 1) return "0";
    if (c === 3 || c === 8) return ""; // General: a p of 1e-98 shows as such, not as 0.0000
    if (c === 0 || c === 6 || c === 11) return "";
    return "0.000";
  });
  const notComputed = outcome.failed.map((f) => f.column).join("; ");
  const count = rows.length;
  const first = TABLE_ROW + 1;
  const categories = formatAddress({ row: first, column: 0 }, { row: first + count - 1, column: 0 });
  return {
    name: OUTPUT_SHEETS.correlation,
    tables: count
      ? [{ name: TABLE_NAMES.correlation, topLeft: `A${TABLE_ROW + 1}`, headers, rows, numberFormats }]
      : [],
    blocks: [
      { topLeft: "A1", rows: [[s.correlationTitle]], header: true },
      { topLeft: "A2", rows: [[s.correlationCaveat]], header: true },
      { topLeft: "A3", rows: [[s.correlationMethod]] },
      ...(notComputed ? [{ topLeft: "A4", rows: [[s.notComputed(notComputed)]] }] : []),
    ],
    conditionalFormats: [],
    charts: count
      ? [
          {
            name: "MDI_Samenhang_r",
            type: "BarClustered",
            title: s.correlationChart,
            series: [
              {
                name: s.pearson,
                values: formatAddress({ row: first, column: 2 }, { row: first + count - 1, column: 2 }),
                categories,
              },
              {
                name: s.spearman,
                values: formatAddress({ row: first, column: 7 }, { row: first + count - 1, column: 7 }),
                categories,
              },
            ],
            yAxisTitle: s.coefficient,
            topLeft: formatAddress({ row: TABLE_ROW + count + 3, column: 0 }),
            bottomRight: formatAddress({ row: TABLE_ROW + count + 3 + 15, column: 6 }),
          },
        ]
      : [],
    activate: true,
    frozenRows: 0,
    columnWidths: [36, 8, ...new Array<number>(10).fill(13)],
  };
}
