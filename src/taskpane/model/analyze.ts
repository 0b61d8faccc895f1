import type { DataBlock } from "../../workbook/port";
import { isAreaHeader, isCodeHeader, isComparatorHeader, isGroupHeader, isPopulationHeader } from "./suggest";

/** What one column of the data holds. */
export interface ColumnInfo {
  /** Zero-based position in the data block. */
  readonly index: number;
  /** The header, made unique ("Naam (2)" for a second "Naam") and never empty. */
  readonly name: string;
  readonly numbers: number;
  readonly texts: number;
  readonly blanks: number;
  /** Distinct non-blank values (counted up to the row count). */
  readonly distinct: number;
  /** Numeric: at least one number and more numbers than texts. */
  readonly numeric: boolean;
  /** First text cell of a numeric column (row is zero-based under the header), for messages. */
  readonly firstText?: { row: number; value: string };
}

/** The data read, its columns, and what the pane recognised in them. */
export interface DataAnalysis {
  readonly rows: number;
  readonly columns: readonly ColumnInfo[];
  /** Column naming each area (a name, else a code), or null. */
  readonly areaColumn: string | null;
  /** Columns that can group the areas (gemeente, wijk, provincie …), best first. */
  readonly groupColumns: readonly string[];
  readonly populationColumn: string | null;
  /** Numeric columns that can be indicators or comparators (not the population, not codes). */
  readonly numericColumns: readonly string[];
  /** Numeric columns that look like comparison indicators (SES score, turnout). */
  readonly comparatorColumns: readonly string[];
}

/** Headers made unique and non-empty: "" → "Kolom 3", a repeated "x" → "x (2)". */
export function uniqueHeaders(headers: readonly string[], emptyName: (index: number) => string): string[] {
  const seen = new Map<string, number>();
  return headers.map((raw, index) => {
    const base = String(raw ?? "").trim() || emptyName(index);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

function describeColumn(block: DataBlock, index: number, name: string): ColumnInfo {
  let numbers = 0;
  let texts = 0;
  let blanks = 0;
  let firstText: ColumnInfo["firstText"];
  const values = new Set<string | number | boolean>();
  for (let r = 0; r < block.rows.length; r++) {
    const cell = block.rows[r][index];
    if (cell === "" || cell === undefined || cell === null) {
      blanks++;
      continue;
    }
    if (typeof cell === "number") numbers++;
    else {
      texts++;
      if (!firstText) firstText = { row: r, value: String(cell) };
    }
    values.add(cell);
  }
  const numeric = numbers > 0 && numbers > texts;
  return {
    index,
    name,
    numbers,
    texts,
    blanks,
    distinct: values.size,
    numeric,
    ...(numeric && firstText ? { firstText } : {}),
  };
}

/**
 * Reads what a data block holds: per column the numbers, texts and blanks;
 * which column names the areas, which can group them, which counts the
 * population, and which numeric columns are left for indicators.
 *
 * @example analyzeData({ headers: ["Buurt", "Wijk", "Inwoners", "Bijstand"], rows: [...] })
 *   // { areaColumn: "Buurt", groupColumns: ["Wijk"], populationColumn: "Inwoners", numericColumns: ["Bijstand"], … }
 */
export function analyzeData(block: DataBlock, emptyName: (index: number) => string): DataAnalysis {
  const names = uniqueHeaders(block.headers, emptyName);
  const columns = names.map((name, index) => describeColumn(block, index, name));
  const rows = block.rows.length;

  const textColumns = columns.filter((c) => !c.numeric && c.texts > 0);
  // Area: a text column whose values are (nearly) all different; names before codes, header hints first.
  const uniqueText = textColumns.filter((c) => c.distinct >= 0.9 * (c.texts + c.numbers));
  const byHint = (list: ColumnInfo[]) =>
    list.find((c) => isAreaHeader(c.name) && !isCodeHeader(c.name) && !isGroupHeader(c.name)) ??
    list.find((c) => !isCodeHeader(c.name)) ??
    list[0];
  const area = byHint(uniqueText) ?? null;

  // Groups: text columns that repeat (at least two areas per group on average, at least two groups).
  const groupColumns = textColumns
    .filter((c) => c !== area && c.distinct >= 2 && c.distinct <= rows / 2)
    .sort((a, b) => Number(isGroupHeader(b.name)) - Number(isGroupHeader(a.name)) || a.index - b.index)
    .map((c) => c.name);

  // Population: the largest column among those whose header names a population count.
  const numericColumns = columns.filter((c) => c.numeric);
  const populationCandidates = numericColumns.filter((c) => isPopulationHeader(c.name));
  let population: ColumnInfo | null = null;
  let largest = -Infinity;
  for (const c of populationCandidates) {
    let sum = 0;
    for (const row of block.rows) if (typeof row[c.index] === "number") sum += row[c.index] as number;
    if (sum > largest) {
      largest = sum;
      population = c;
    }
  }

  const usable = numericColumns.filter((c) => c !== population && !isCodeHeader(c.name));
  return {
    rows,
    columns,
    areaColumn: area?.name ?? null,
    groupColumns,
    populationColumn: population?.name ?? null,
    numericColumns: usable.map((c) => c.name),
    comparatorColumns: usable.filter((c) => isComparatorHeader(c.name)).map((c) => c.name),
  };
}

/** The column called `name`, or undefined. */
export function columnNamed(analysis: DataAnalysis, name: string | null | undefined): ColumnInfo | undefined {
  return name == null ? undefined : analysis.columns.find((c) => c.name === name);
}
