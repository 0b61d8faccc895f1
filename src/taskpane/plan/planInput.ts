import type { Language } from "../../i18n/language";
import type { DataBlock } from "../../workbook/port";
import type { MdiResults } from "../compute/results";
import type { DataAnalysis } from "../model/analyze";
import type { MdiConfig } from "../model/config";
import type { Strings } from "../strings";

/** Everything a plan is made from: plain data, so plans are pure and testable. */
export interface PlanInput {
  readonly config: MdiConfig;
  readonly analysis: DataAnalysis;
  readonly data: DataBlock;
  readonly results: MdiResults;
  readonly strings: Strings;
  readonly language: Language;
  /** Version of the add-in, for the Methode block. */
  readonly version: string;
  /** Date of the computation as YYYY-MM-DD. */
  readonly date: string;
}

/** Names of the add-in's tables (unique in the workbook, the same in every language). */
export const TABLE_NAMES = { results: "MDI_Resultaten", correlation: "MDI_Samenhang" } as const;

/** Where the data came from, for people: "Tabel1 (Data!A1:F480)" or "Data!A1:F480". */
export function describeSource(source: DataBlock["source"]): string {
  const address = `${source.sheet}!${source.address.replace(/^.*!/, "")}`;
  return source.table ? `${source.table} (${address})` : address;
}
