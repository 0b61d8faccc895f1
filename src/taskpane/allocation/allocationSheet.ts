import type { AllocationRule } from "../../engine/allocate";
import { DEFAULT_QUANTILES } from "../../engine/constants";
import type { Language } from "../../i18n/language";
import { columnLetters, formatAddress, parseAddress, quoteSheetName, type ChartSpec } from "../../workbook/model";
import type { CellInput, DataBlock, OutputBlock, OutputSheet } from "../../workbook/port";
import { columnNamed, type DataAnalysis } from "../model/analyze";
import { textLiteral } from "../plan/formulas";
import type { Strings } from "../strings";
import type { AllocationColumns, AllocationOutcome, UnscoredAreas } from "./compute";
import { formatCount } from "./format";
import { NEED_MDI, type AllocationSettings, type Bound, type UnscoredChoice } from "./inputs";
import type { MdiTable } from "./mdiTable";

/** The sheet the panel writes (the same name in every language, as the add-in's other sheets). */
export const ALLOCATION_SHEET = "MDI verdeling";

/** Name of the allocation table (unique in the workbook). */
export const ALLOCATION_TABLE = "MDI_Verdeling";

/** Zero-based rows of the layout: parameters from row 4, the table's header in row 13. */
const PARAMETER_ROW = 3;
export const ALLOCATION_HEADER_ROW = 12;

/** Number formats: whole euros, euros and cents, counts, shares. */
const EUROS = "#,##0";
const CENTS = "#,##0.00";
const COUNT = "#,##0";
const SHARE = "0.0%";

const CHART_HEIGHT = 16;

export interface AllocationPlanInput {
  readonly data: DataBlock;
  readonly analysis: DataAnalysis;
  /** Column naming the areas; null = none (the area cells stay empty). */
  readonly areaColumn: string | null;
  readonly settings: AllocationSettings;
  readonly columns: AllocationColumns;
  readonly outcome: AllocationOutcome;
  /** The MDI results table, when the need is the MDI score. */
  readonly mdi: MdiTable | null;
  /** The areas with inhabitants but no need value and what the user chose for them; null when there are none. */
  readonly unscored: {
    readonly choice: UnscoredChoice;
    readonly areas: UnscoredAreas;
    /** The group whose average need fills in (choice "groupAverage"). */
    readonly group: string | null;
  } | null;
  readonly strings: Strings;
  readonly language: Language;
}

function at(row: number, column: number): string {
  return formatAddress({ row, column });
}

function absolute(row: number, column: number): string {
  return `$${columnLetters(column)}$${row + 1}`;
}

function absoluteRange(row: number, column: number, rows: number, columns = 1): string {
  const end = absolute(row + rows - 1, column + columns - 1);
  return `${absolute(row, column)}:${end}`;
}

function rangeOf(row: number, column: number, rows: number): string {
  return formatAddress({ row, column }, { row: row + rows - 1, column });
}

/** A finite number, or "" (a blank cell): never NaN in a cell. */
function valueOrBlank(value: number): CellInput {
  return Number.isFinite(value) ? value : "";
}

/** One row of label and values, with the values' number format. */
function labelled(row: number, label: string, values: CellInput[], format = ""): OutputBlock {
  return { topLeft: at(row, 0), rows: [[label, ...values]], numberFormats: ["", ...values.map(() => format)] };
}

function describeBound(bound: Bound, strings: Strings): CellInput {
  const t = strings.allocation.sheet;
  if (!bound) return t.none;
  return bound.kind === "amount" ? bound.value : t.column(bound.column);
}

/**
 * The parameter of a rule as cells (α, the ten tier weights, or k) and the label of its row; rules without one
 * get a note saying so.
 */
function parameterRow(rule: AllocationRule, settings: AllocationSettings, strings: Strings) {
  const t = strings.allocation.sheet;
  switch (rule) {
    case "universal":
      return { label: t.alpha, cells: [settings.alpha] as CellInput[], format: "0.00" };
    case "tiers":
      return { label: t.tiers, cells: [...settings.tiers] as CellInput[], format: "0.###" };
    case "threshold":
      return { label: t.threshold, cells: [settings.threshold] as CellInput[], format: "0" };
    default:
      return { label: t.parameter, cells: [t.noParameter] as CellInput[], format: "" };
  }
}

/**
 * The sheet "MDI verdeling": the parameters (budget in a cell the formula
 * reads, rule, parameter, floor, cap, need and population columns), an Excel
 * table with one row per allocated area — area, need decile, inhabitants,
 * need, floor and cap when taken from columns, amount, € per inhabitant — a
 * summary per need decile with the total, the key figures (share to the most
 * deprived 10 % and 20 %, shift against equal per head, binding floors and
 * caps) and a chart of € per inhabitant by decile against equal per head.
 *
 * The amounts are live: one spilled =MDI.ALLOCATE (and =MDI.DECILE for the
 * deciles) in helper columns right of everything, which the table's rows refer
 * to — a spilled formula cannot live inside an Excel table (#SPILL!). Its
 * inputs are the table's own need and population columns, which refer to the
 * MDI sheet and the source data, so the amounts follow the data and the
 * budget cell. € per inhabitant, the summary and the chart are the engine's
 * numbers at the moment of writing (the sheet says so).
 *
 * Areas without a need value are never left out silently: a parameter row
 * says how many there are, how many inhabitants they have and what was done
 * with them; with the group's average need their need cell holds that average
 * (a number, not a reference) and the column "Need from" says so.
 */
export function allocationSheet(input: AllocationPlanInput): OutputSheet {
  const { data, analysis, settings, columns, outcome, mdi, strings, unscored } = input;
  const t = strings.allocation.sheet;
  const { allocation, rows } = outcome;
  const m = rows.length;
  const rule = allocation.rule;

  // Parameters: label in A, values from B; the formula reads the budget, the parameter and the bounds here.
  const budgetRow = PARAMETER_ROW;
  const ruleRow = PARAMETER_ROW + 1;
  const parameterRowIndex = PARAMETER_ROW + 2;
  const floorRow = PARAMETER_ROW + 3;
  const capRow = PARAMETER_ROW + 4;
  const parameter = parameterRow(rule, settings, strings);
  const boundFormat = (bound: Bound) => (bound?.kind === "amount" ? EUROS : "");
  const blocks: OutputBlock[] = [
    { topLeft: "A1", rows: [[t.title]], header: true },
    { topLeft: "A2", rows: [[t.note]] },
    labelled(budgetRow, t.budget, [settings.budget], EUROS),
    labelled(ruleRow, t.rule, [strings.allocation.rules[rule]]),
    labelled(parameterRowIndex, parameter.label, parameter.cells, parameter.format),
    labelled(floorRow, t.floor, [describeBound(settings.floor, strings)], boundFormat(settings.floor)),
    labelled(capRow, t.cap, [describeBound(settings.cap, strings)], boundFormat(settings.cap)),
    labelled(PARAMETER_ROW + 5, t.need, [settings.need === NEED_MDI ? t.needMdi : settings.need]),
    labelled(PARAMETER_ROW + 6, t.population, [settings.population]),
    labelled(PARAMETER_ROW + 7, t.areas, [t.areasValue(m, outcome.leftOut)]),
  ];
  if (unscored)
    blocks.push(labelled(PARAMETER_ROW + 8, t.unscored, [unscoredText(unscored, columns, strings, input.language)]));

  // The table: which columns it has and where.
  const floorColumn = settings.floor?.kind === "column";
  const capColumn = settings.cap?.kind === "column";
  const filled = columns.needFilled;
  const needSourceWidth = filled ? 1 : 0;
  const headers = [
    t.area,
    t.decile,
    t.inhabitants,
    t.needValue,
    ...(filled ? [t.needSource] : []),
    ...(floorColumn ? [t.floorValue] : []),
    ...(capColumn ? [t.capValue] : []),
    t.amount,
    t.perInhabitant,
  ];
  const col = {
    area: 0,
    decile: 1,
    population: 2,
    need: 3,
    needSource: filled ? 4 : -1,
    floor: floorColumn ? 4 + needSourceWidth : -1,
    cap: capColumn ? 4 + needSourceWidth + (floorColumn ? 1 : 0) : -1,
    amount: headers.length - 2,
    perInhabitant: headers.length - 1,
  };
  const firstRow = ALLOCATION_HEADER_ROW + 1;
  const summaryColumn = headers.length + 1;
  const summaryWidth = 7;
  const helperColumn = summaryColumn + summaryWidth + 1;

  // The live formulas, spilled in the helper columns.
  const tableRange = (column: number) => absoluteRange(firstRow, column, m);
  const boundArgument = (bound: Bound, row: number, column: number) =>
    !bound ? "" : bound.kind === "amount" ? absolute(row, 1) : tableRange(column);
  const parameterArgument =
    rule === "universal" || rule === "threshold"
      ? absolute(parameterRowIndex, 1)
      : rule === "tiers"
        ? absoluteRange(parameterRowIndex, 1, 1, DEFAULT_QUANTILES)
        : "";
  const args = [
    absolute(budgetRow, 1),
    tableRange(col.need),
    tableRange(col.population),
    textLiteral(rule),
    parameterArgument,
    boundArgument(settings.floor, floorRow, col.floor),
    boundArgument(settings.cap, capRow, col.cap),
  ];
  while (args[args.length - 1] === "") args.pop();
  blocks.push({
    topLeft: at(ALLOCATION_HEADER_ROW, helperColumn),
    rows: [
      [t.amountFormula, t.decileFormula],
      [{ formula: `=MDI.ALLOCATE(${args.join(",")})` }, { formula: `=MDI.DECILE(${tableRange(col.need)})` }],
    ],
    header: true,
  });

  const areaInfo = columnNamed(analysis, input.areaColumn);
  const populationInfo = columnNamed(analysis, settings.population);
  const needInfo = settings.need === NEED_MDI ? undefined : columnNamed(analysis, settings.need);
  const floorInfo = settings.floor?.kind === "column" ? columnNamed(analysis, settings.floor.column) : undefined;
  const capInfo = settings.cap?.kind === "column" ? columnNamed(analysis, settings.cap.column) : undefined;
  // Per-row references, built from a fixed prefix per column (33,755 rows: no address parsing per cell).
  const origin = parseAddress(data.source.address).start;
  const sourceSheet = quoteSheetName(data.source.sheet);
  const refer =
    (prefix: string, first: number) =>
    (row: number): CellInput => ({ formula: `=${prefix}${first + row}` });
  const sourceColumn = (index: number | undefined) =>
    index === undefined ? () => "" : refer(`${sourceSheet}!${columnLetters(origin.column + index)}`, origin.row + 2);
  const areaCell = sourceColumn(areaInfo?.index);
  const populationCell = sourceColumn(populationInfo?.index);
  const needCell =
    settings.need === NEED_MDI && mdi
      ? refer(`${quoteSheetName(mdi.sheet)}!${columnLetters(mdi.firstColumn + mdi.scoreColumn)}`, mdi.headerRow + 2)
      : sourceColumn(needInfo?.index);
  const floorCell = sourceColumn(floorInfo?.index);
  const capCell = sourceColumn(capInfo?.index);
  const amountCell = refer(columnLetters(helperColumn), firstRow + 1);
  const decileCell = refer(columnLetters(helperColumn + 1), firstRow + 1);
  const tableRows: CellInput[][] = new Array(m);
  for (let j = 0; j < m; j++) {
    const row = rows[j];
    const cells: CellInput[] = [areaCell(row), decileCell(j), populationCell(row)];
    if (filled) {
      const own = filled[row] === 0;
      cells.push(own ? needCell(row) : columns.need[row]);
      cells.push(own ? t.needOwn : t.needGroup(unscored?.group ?? ""));
    } else {
      cells.push(needCell(row));
    }
    if (floorColumn) cells.push(floorCell(row));
    if (capColumn) cells.push(capCell(row));
    const people = columns.population[row];
    cells.push(amountCell(j), valueOrBlank(people > 0 ? allocation.amounts[j] / people : NaN));
    tableRows[j] = cells;
  }
  const numberFormats = headers.map((_, c) => {
    if (c === col.decile) return "0";
    if (c === col.population) return COUNT;
    if (c === col.need) return "0.000";
    if (c === col.needSource) return "";
    if (c === col.perInhabitant) return CENTS;
    return c === col.area ? "" : EUROS;
  });

  // Summary per need decile, the total (exactly the budget) and the key figures under it.
  let people = 0;
  for (const d of allocation.byDecile) people += d.population;
  const equalPerHead = people > 0 ? settings.budget / people : NaN;
  const summaryRows: CellInput[][] = [
    [t.decile, t.areaCount, t.inhabitants, t.amount, t.perInhabitant, t.equalPerInhabitant, t.difference],
    ...allocation.byDecile.map((d) => [
      d.decile,
      d.areas,
      d.population,
      d.amount,
      valueOrBlank(d.perHead),
      valueOrBlank(equalPerHead),
      valueOrBlank(d.difference),
    ]),
    [
      t.total,
      m,
      people,
      sumOf(allocation.byDecile.map((d) => d.amount)),
      valueOrBlank(equalPerHead),
      valueOrBlank(equalPerHead),
      0,
    ],
  ];
  blocks.push({
    topLeft: at(ALLOCATION_HEADER_ROW, summaryColumn),
    rows: summaryRows,
    header: true,
    numberFormats: ["0", COUNT, COUNT, EUROS, CENTS, CENTS, EUROS],
  });
  const figuresRow = ALLOCATION_HEADER_ROW + summaryRows.length + 1;
  const figures: Array<[string, number, string]> = [
    [t.share10, allocation.shareMostDeprived10, SHARE],
    [t.share20, allocation.shareMostDeprived20, SHARE],
    [t.shifted, outcome.shifted, SHARE],
    [t.floorsBinding, allocation.floorsBinding, COUNT],
    [t.capsBinding, allocation.capsBinding, COUNT],
  ];
  figures.forEach(([label, value, format], k) => {
    // Label over the first three summary columns, the figure in the fourth (the amount column).
    blocks.push({
      topLeft: at(figuresRow + k, summaryColumn),
      rows: [[label, "", "", valueOrBlank(value)]],
      numberFormats: ["", "", "", format],
    });
  });

  const decileRows = allocation.byDecile.length;
  const chartRow = figuresRow + figures.length + 1;
  const chart: ChartSpec = {
    name: "MDI_Verdeling_per_inwoner",
    type: "ColumnClustered",
    title: t.chartTitle,
    series: [
      {
        name: t.perInhabitant,
        values: rangeOf(ALLOCATION_HEADER_ROW + 1, summaryColumn + 4, decileRows),
        categories: rangeOf(ALLOCATION_HEADER_ROW + 1, summaryColumn, decileRows),
      },
      {
        name: t.equalPerInhabitant,
        values: rangeOf(ALLOCATION_HEADER_ROW + 1, summaryColumn + 5, decileRows),
        categories: rangeOf(ALLOCATION_HEADER_ROW + 1, summaryColumn, decileRows),
      },
    ],
    xAxisTitle: t.chartAxis,
    yAxisTitle: t.perInhabitant,
    topLeft: at(chartRow, summaryColumn),
    bottomRight: at(chartRow + CHART_HEIGHT - 1, summaryColumn + summaryWidth - 1),
  };

  const widths: number[] = [];
  widths[0] = 30;
  // Wide enough for the headers and for a budget of up to a billion in B4 ("1.000.000.000").
  for (let c = 1; c < headers.length; c++) widths[c] = 14;
  widths[headers.length] = 3;
  [9, 9, 12, 14, 13, 16, 16].forEach((w, k) => (widths[summaryColumn + k] = w));
  widths[summaryColumn + summaryWidth] = 3;
  widths[helperColumn] = 14;
  widths[helperColumn + 1] = 14;
  // The tier weights (B … K) share columns with the table; give the few narrow ones room for a weight.
  for (let c = 1; c <= DEFAULT_QUANTILES; c++) widths[c] = Math.max(widths[c] ?? 0, 8);

  return {
    name: ALLOCATION_SHEET,
    tables: [
      {
        name: ALLOCATION_TABLE,
        topLeft: at(ALLOCATION_HEADER_ROW, 0),
        headers,
        rows: tableRows,
        numberFormats,
      },
    ],
    blocks,
    conditionalFormats: [],
    charts: [chart],
    activate: true,
    columnWidths: widths,
  };
}

/** What became of the areas without a need value, in words for the parameter block. */
function unscoredText(
  unscored: NonNullable<AllocationPlanInput["unscored"]>,
  columns: AllocationColumns,
  strings: Strings,
  language: Language,
): string {
  const t = strings.allocation.sheet;
  const areas = unscored.areas.rows.length;
  const inhabitants = formatCount(unscored.areas.inhabitants, language);
  if (unscored.choice === "leaveOut") return t.unscoredLeftOut(areas, inhabitants);
  let notFilled = 0;
  for (const row of unscored.areas.rows) if (!Number.isFinite(columns.need[row])) notFilled++;
  return t.unscoredAverage(areas, inhabitants, unscored.group ?? "", notFilled);
}

function sumOf(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum;
}
