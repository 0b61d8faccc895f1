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
  /** First column of the source indicators for =MDI.IMPUTE, then the filled ones; −1 without filling. */
  readonly fill: number;
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
  // With "fill from the group" the source and filled indicators come first (fillBlocks): every formula on the
  // sheet then reads only columns to its left, as the order of computing runs.
  const fill = filledIndicators(input);
  const first = fill ? 2 * fill.length : 0;
  return {
    fill: fill ? 0 : -1,
    domains: first,
    score: first + k,
    rank: first + k + 1,
    decile: first + k + 2,
    groupDecile: input.results.groups ? first + k + 3 : -1,
    coverage: input.results.groups ? first + k + 4 : first + k + 3,
    firstRow: 1,
  };
}

/** The indicators that go through =MDI.IMPUTE, in domain order, or null without "fill from the group". */
function filledIndicators({ config, analysis, results }: PlanInput): string[] | null {
  const grouped = columnNamed(analysis, config.groupColumn) !== undefined;
  return fillsFromGroup(config) && grouped ? results.domains.flatMap((domain) => domain.indicators) : null;
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
 * group" all used indicators go through one =MDI.IMPUTE in the first columns
 * (fillBlocks) and each =MDI.DOMAIN reads its domain's part of the spill.
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
  // With "fill from the group" every used indicator goes through one =MDI.IMPUTE: an area without any figure
  // of its own among them is not filled (min_values 1), as in values mode.
  const fill = layout.fill >= 0 && groupRange ? fillBlocks(input, layout, groupRange, populationRange) : null;
  if (fill) {
    headers.push(...fill.headers);
    formulas.push(...fill.formulas);
  }

  results.domains.forEach((domain, d) => {
    const columns = domain.indicators.map((name) => columnNamed(analysis, name)!.index);
    const args = fill
      ? { range: fill.domainRanges[d], directions: domain.directions, weights: domain.indicators.map(() => 1) }
      : domainArguments(source, columns, domain.directions, rows);
    headers.push(strings.domainLabels[domain.domain]);
    const domainArgs = [
      fill ? args.range : blanksKept(args.range),
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

/**
 * The indicators as the source has them (one `IF(ISBLANK(…),"",…)` spill per indicator, in domain order, so
 * each domain's indicators sit side by side), then one =MDI.IMPUTE over them all spilling the filled values,
 * and the range of each domain's filled indicators for its =MDI.DOMAIN.
 */
function fillBlocks(
  input: PlanInput,
  layout: CalculationLayout,
  groupRange: string,
  populationRange: string | null,
): { headers: string[]; formulas: CellInput[]; domainRanges: string[] } {
  const { analysis, data, results, strings } = input;
  const rows = results.rows;
  const names = filledIndicators(input) ?? [];
  const sourceStart = layout.fill;
  const filledStart = sourceStart + names.length;
  const block = (start: number, width: number) =>
    formatAddress(
      { row: layout.firstRow, column: start },
      { row: layout.firstRow + rows - 1, column: start + width - 1 },
    );
  const imputed = [block(sourceStart, names.length), groupRange, populationRange ?? "", "1"];
  const domainRanges: string[] = [];
  let offset = 0;
  for (const domain of results.domains) {
    domainRanges.push(block(filledStart + offset, domain.indicators.length));
    offset += domain.indicators.length;
  }
  return {
    headers: [
      ...names.map((name) => strings.sheet.sourceValue(name)),
      ...names.map((name) => strings.sheet.filledValue(name)),
    ],
    formulas: [
      ...names.map((name) => ({
        formula: `=${blanksKept(sourceColumnReference(data.source, columnNamed(analysis, name)!.index, rows))}`,
      })),
      { formula: `=MDI.IMPUTE(${imputed.join(",")})` },
      ...names.slice(1).map(() => ""), // the spill's room
    ],
    domainRanges,
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
