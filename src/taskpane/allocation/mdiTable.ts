import { WorkbookError } from "../../workbook/errors";
import { parseAddress, type CellValue } from "../../workbook/model";
import type { DataBlock, WorkbookPort } from "../../workbook/port";
import type { DomainKey } from "../model/domains";
import { TABLE_NAMES } from "../plan/planInput";
import { STRINGS } from "../strings";

/**
 * The MDI results as the workbook holds them: the table "MDI_Resultaten" on
 * the sheet MDI, read back through the port. Its columns are, in this order
 * (plan/resultsSheet.ts): area, group (when grouped), one column per domain,
 * MDI score, rank, national decile, decile within group (when grouped),
 * coverage (tables written before coverage existed end without it). The
 * headers are in the language the table was written in, so columns are found
 * by position and by the header texts of either language.
 */
export interface MdiTable {
  /** Number of areas (rows under the header). */
  readonly rows: number;
  readonly areas: readonly string[];
  /** Per domain: its header, the domain it names (when recognised) and its scores (NaN = none). */
  readonly domains: ReadonlyArray<{
    readonly header: string;
    readonly key: DomainKey | null;
    readonly values: Float64Array;
  }>;
  /** MDI score per area; NaN for an area without a score (#N/A or blank). */
  readonly score: Float64Array;
  readonly rank: Float64Array;
  readonly decile: Float64Array;
  /** Share of the domain weight behind each score (NaN = not known); null for a table without the column. */
  readonly coverage: Float64Array | null;
  /** Where the table lies, for formulas that refer to its cells (e.g. the score of row i: MDI!G(headerRow + 2 + i)). */
  readonly sheet: string;
  /** Zero-based row of the header and column of the first table column. */
  readonly headerRow: number;
  readonly firstColumn: number;
  /** Zero-based position of the score column inside the table. */
  readonly scoreColumn: number;
  /** Number of columns of the table. */
  readonly columns: number;
}

function numberOf(cell: CellValue | undefined): number {
  return typeof cell === "number" && Number.isFinite(cell) ? cell : NaN;
}

function column(block: DataBlock, index: number): Float64Array {
  return Float64Array.from(block.rows, (row) => numberOf(row[index]));
}

const LANGUAGES = [STRINGS.nl, STRINGS.en];

/** The domain a header names, in either language. */
function domainOfHeader(header: string): DomainKey | null {
  for (const strings of LANGUAGES) {
    for (const [key, label] of Object.entries(strings.domainLabels)) if (label === header) return key as DomainKey;
  }
  return null;
}

/**
 * The MDI results from the block of the results table, or null when the block
 * is not shaped like one (no score, rank and decile columns side by side).
 *
 * @example parseMdiTable({ headers: ["Gebied", "Inkomen", "MDI-score", "Rang", "Deciel (landelijk)"], … }).scoreColumn // 2
 */
export function parseMdiTable(block: DataBlock): MdiTable | null {
  const headers = block.headers.map((h) => h.trim());
  const scoreColumn = headers.findIndex((h) => LANGUAGES.some((s) => s.sheet.score === h));
  if (scoreColumn < 1) return null;
  const rankHeader = headers[scoreColumn + 1];
  const decileHeader = headers[scoreColumn + 2];
  if (!LANGUAGES.some((s) => s.sheet.rank === rankHeader && s.sheet.decile === decileHeader)) return null;
  const coverageColumn = headers.findIndex((h) => LANGUAGES.some((s) => s.sheet.coverage === h));
  const end = coverageColumn > scoreColumn ? coverageColumn : headers.length;
  // A column between the national decile and the coverage is the decile within groups: then column 1 holds the group.
  const grouped = end > scoreColumn + 3;
  const firstDomain = grouped ? 2 : 1;
  const domains = [];
  for (let c = firstDomain; c < scoreColumn; c++) {
    domains.push({ header: headers[c], key: domainOfHeader(headers[c]), values: column(block, c) });
  }
  const origin = parseAddress(block.source.address);
  return {
    rows: block.rows.length,
    areas: block.rows.map((row) => String(row[0] ?? "").trim()),
    domains,
    score: column(block, scoreColumn),
    rank: column(block, scoreColumn + 1),
    decile: column(block, scoreColumn + 2),
    coverage: coverageColumn > scoreColumn ? column(block, coverageColumn) : null,
    sheet: block.source.sheet,
    headerRow: origin.start.row,
    firstColumn: origin.start.column,
    scoreColumn,
    columns: headers.length,
  };
}

/**
 * Reads the MDI results table through the port (`table`: its name when Compute wrote it to "MDI (2)" …).
 * @returns null when the workbook has no results table (the MDI was not computed yet) or it is not one
 * @throws whatever the port throws other than "table not found"
 */
export async function readMdiTable(port: WorkbookPort, table: string = TABLE_NAMES.results): Promise<MdiTable | null> {
  let block: DataBlock;
  try {
    block = await port.readTable(table);
  } catch (error) {
    if (error instanceof WorkbookError && error.code === "TABLE_NOT_FOUND") return null;
    throw error;
  }
  return parseMdiTable(block);
}
