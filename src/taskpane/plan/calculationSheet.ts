import { columnLetters, formatAddress } from "../../workbook/model";
import type { CellInput, OutputSheet } from "../../workbook/port";
import { columnNamed } from "../model/analyze";
import { OUTPUT_SHEETS } from "../model/validate";
import { arrayConstant, domainArguments, errorsAsBlanks, sourceColumnReference, textLiteral } from "./formulas";
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
 * within groups. Spilled formulas cannot live inside an Excel table (#SPILL!),
 * so the results table refers to these cells row by row. Areas without a
 * score show #N/A; the next stage reads them as blanks (errorsAsBlanks).
 */
export function calculationSheet(input: PlanInput, layout: CalculationLayout): OutputSheet {
  const { config, analysis, data, results, strings } = input;
  const rows = results.rows;
  const source = data.source;
  const headers: string[] = [];
  const formulas: CellInput[] = [];

  results.domains.forEach((domain) => {
    const columns = domain.indicators.map((name) => columnNamed(analysis, name)!.index);
    const args = domainArguments(source, columns, domain.directions, rows);
    headers.push(strings.domainLabels[domain.domain]);
    formulas.push({
      formula: `=MDI.DOMAIN(${args.range},${arrayConstant(args.directions)},${arrayConstant(args.weights)},${textLiteral(config.normalization)})`,
    });
  });

  const k = results.domains.length;
  const domainBlock = formatAddress(
    { row: layout.firstRow, column: layout.domains },
    { row: layout.firstRow + rows - 1, column: layout.domains + k - 1 },
  );
  const scores = errorsAsBlanks(columnRange(layout.score, layout, rows));
  headers.push(strings.sheet.score, strings.sheet.rank, strings.sheet.decile);
  formulas.push(
    {
      formula: `=MDI.SCORE(${errorsAsBlanks(domainBlock)},${arrayConstant(results.weights)},${textLiteral(config.method)})`,
    },
    { formula: `=MDI.RANK(${scores})` },
    { formula: `=MDI.DECILE(${scores})` },
  );
  if (results.groups) {
    const groupColumn = columnNamed(analysis, results.groups.column)!.index;
    headers.push(strings.sheet.groupDecile(results.groups.column));
    formulas.push({ formula: `=MDI.DECILE(${scores},${sourceColumnReference(source, groupColumn, rows)})` });
  }

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
