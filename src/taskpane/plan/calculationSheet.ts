import { columnLetters, formatAddress } from "../../workbook/model";
import type { CellInput, OutputSheet } from "../../workbook/port";
import { columnNamed } from "../model/analyze";
import { fillsFromGroup } from "../model/config";
import { OUTPUT_SHEETS } from "../model/validate";
import {
  arrayConstant,
  blanksKept,
  domainArguments,
  errorsAsBlanks,
  numberLiteral,
  sourceColumnReference,
  textLiteral,
} from "./formulas";
import type { PlanInput } from "./planInput";

/** Column positions on the calculation sheet (zero-based), shared with the results table's references. */
export interface CalculationLayout {
  /** First column of the domain scores; domain d is at `domains + d`. */
  readonly domains: number;
  readonly score: number;
  readonly rank: number;
  readonly decile: number;
  /** −1 without a group column. */
  readonly groupDecile: number;
  /** Share of the domain weight present (=MDI.COVERAGE). */
  readonly coverage: number;
  /** Zero-based row of the first area (row 2: under the header). */
  readonly firstRow: number;
}

export function calculationLayout(input: PlanInput): CalculationLayout {
  const k = input.results.domains.length;
  return {
    domains: 0,
    score: k,
    rank: k + 1,
    decile: k + 2,
    groupDecile: input.results.groups ? k + 3 : -1,
    coverage: input.results.groups ? k + 4 : k + 3,
    firstRow: 1,
  };
}

/** The results of one calculation column as a range on that sheet: C2:C480. */
function columnRange(column: number, layout: CalculationLayout, rows: number): string {
  return formatAddress({ row: layout.firstRow, column }, { row: layout.firstRow + rows - 1, column });
}

/**
 * The add-in's calculation sheet for live formulas: one spilled formula per
 * column in row 2 — =MDI.DOMAIN per domain on the source's indicator columns,
 * =MDI.SCORE over the domain columns, =MDI.RANK, =MDI.DECILE nationally and
 * within groups, =MDI.COVERAGE of the domain weight. Spilled formulas cannot
 * live inside an Excel table (#SPILL!), so the results table refers to these
 * cells row by row. Areas without a score show #N/A; the next stage reads them
 * as blanks (errorsAsBlanks).
 *
 * Missing values: every source range goes in as IF(ISBLANK(r),"",r)
 * (blanksKept), so an empty cell is a blank on every Excel build; DOMAIN and
 * SCORE get the missing-value rule's min_coverage, and with "fill from the
 * group" the indicators go through =MDI.IMPUTE first.
 */
export function calculationSheet(input: PlanInput, layout: CalculationLayout): OutputSheet {
  const { config, analysis, data, results, strings } = input;
  const rows = results.rows;
  const source = data.source;
  const headers: string[] = [];
  const formulas: CellInput[] = [];
  const columnOf = (name: string | null) => {
    const info = columnNamed(analysis, name);
    return info ? blanksKept(sourceColumnReference(source, info.index, rows)) : null;
  };
  const groupRange = columnOf(config.groupColumn);
  const populationRange = columnOf(config.populationColumn);
  const indicatorsOf = (range: string) =>
    fillsFromGroup(config) && groupRange
      ? `MDI.IMPUTE(${[blanksKept(range), groupRange, ...(populationRange ? [populationRange] : [])].join(",")})`
      : blanksKept(range);

  results.domains.forEach((domain) => {
    const columns = domain.indicators.map((name) => columnNamed(analysis, name)!.index);
    const args = domainArguments(source, columns, domain.directions, rows);
    headers.push(strings.domainLabels[domain.domain]);
    const domainArgs = [
      indicatorsOf(args.range),
      arrayConstant(args.directions),
      arrayConstant(args.weights),
      textLiteral(config.normalization),
      numberLiteral(config.missing.indicators),
    ];
    formulas.push({ formula: `=MDI.DOMAIN(${domainArgs.join(",")})` });
  });

  const k = results.domains.length;
  const domainBlock = formatAddress(
    { row: layout.firstRow, column: layout.domains },
    { row: layout.firstRow + rows - 1, column: layout.domains + k - 1 },
  );
  const scores = errorsAsBlanks(columnRange(layout.score, layout, rows));
  const weights = arrayConstant(results.weights);
  headers.push(strings.sheet.score, strings.sheet.rank, strings.sheet.decile);
  formulas.push(
    {
      // The fourth argument (directions) is left out: domain scores are already "higher = more deprived".
      formula: `=MDI.SCORE(${errorsAsBlanks(domainBlock)},${weights},${textLiteral(config.method)},,${numberLiteral(config.missing.domains)})`,
    },
    { formula: `=MDI.RANK(${scores})` },
    { formula: `=MDI.DECILE(${scores})` },
  );
  if (results.groups) {
    headers.push(strings.sheet.groupDecile(results.groups.column));
    formulas.push({ formula: `=MDI.DECILE(${scores},${columnOf(results.groups.column)})` });
  }
  headers.push(strings.sheet.coverage);
  formulas.push({ formula: `=MDI.COVERAGE(${errorsAsBlanks(domainBlock)},${weights})` });

  const noteColumn = columnLetters(headers.length + 1);
  return {
    name: OUTPUT_SHEETS.calculation,
    tables: [],
    blocks: [
      { topLeft: "A1", rows: [headers, formulas], header: true },
      { topLeft: `${noteColumn}1`, rows: [[strings.sheet.calculationNote]] },
    ],
    conditionalFormats: [],
    charts: [],
    frozenRows: 1,
    columnWidths: headers.map(() => 13),
  };
}

/** The calculation sheet when the results are values: kept (not deleted) but saying it is not in use. */
export function unusedCalculationSheet(input: Pick<PlanInput, "strings">): OutputSheet {
  return {
    name: OUTPUT_SHEETS.calculation,
    tables: [],
    blocks: [{ topLeft: "A1", rows: [[input.strings.sheet.notInUse]] }],
    conditionalFormats: [],
    charts: [],
  };
}
