import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import Papa from "papaparse";

export const DATA = resolve(__dirname, "../../data");

/** Rows of a comma-separated file in data/, as objects keyed by header (BOM stripped). */
export function readCsv(relativePath: string): Record<string, string>[] {
  const text = readFileSync(resolve(DATA, relativePath), "utf8").replace(/^\uFEFF/, "");
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${relativePath}: ${parsed.errors[0].message}`);
  return parsed.data;
}

/** The England IoD domain order and the published weights' order (docs/method.md §3). */
export const IOD2025_RANK_COLUMNS = [
  "Income_rank",
  "Employment_rank",
  "Education_rank",
  "Health_rank",
  "Crime_rank",
  "Housing_and_Services_rank",
  "Environment_rank",
];

export const IOD2019_RANK_COLUMNS = [
  "Income Rank (where 1 is most deprived)",
  "Employment Rank (where 1 is most deprived)",
  "Education, Skills and Training Rank (where 1 is most deprived)",
  "Health Deprivation and Disability Rank (where 1 is most deprived)",
  "Crime Rank (where 1 is most deprived)",
  "Barriers to Housing and Services Rank (where 1 is most deprived)",
  "Living Environment Rank (where 1 is most deprived)",
];

export interface Iod2025 {
  codes: string[];
  /** Row-major domain ranks, as Excel would pass the range. */
  rows: number[][];
  score: number[];
  rank: number[];
  decile: number[];
}

let cached2025: Iod2025 | undefined;
export function iod2025(): Iod2025 {
  if (cached2025) return cached2025;
  const data = readCsv("england/iod2025_lsoa21_imd_and_domains_scores_ranks_deciles.csv");
  cached2025 = {
    codes: data.map((r) => r.lsoa21_code),
    rows: data.map((r) => IOD2025_RANK_COLUMNS.map((c) => Number(r[c]))),
    score: data.map((r) => Number(r.IMD_score)),
    rank: data.map((r) => Number(r.IMD_rank)),
    decile: data.map((r) => Number(r.IMD_decile)),
  };
  return cached2025;
}

export interface Iod2019 {
  codes: string[];
  rows: number[][];
  score: number[];
  rank: number[];
  decile: number[];
}

let cached2019: Iod2019 | undefined;
export function iod2019(): Iod2019 {
  if (cached2019) return cached2019;
  const ranks = readCsv("england/iod2019_lsoa11_File2_domain_ranks_deciles.csv");
  const scores = new Map(
    readCsv("england/iod2019_lsoa11_imd_score_decile.csv").map((r) => [r.lsoa_code, Number(r.imd_score)]),
  );
  cached2019 = {
    codes: ranks.map((r) => r["LSOA code (2011)"]),
    rows: ranks.map((r) => IOD2019_RANK_COLUMNS.map((c) => Number(r[c]))),
    score: ranks.map((r) => {
      const s = scores.get(r["LSOA code (2011)"]);
      if (s === undefined) throw new Error(`no IoD2019 score for ${r["LSOA code (2011)"]}`);
      return s;
    }),
    rank: ranks.map((r) => Number(r["Index of Multiple Deprivation (IMD) Rank (where 1 is most deprived)"])),
    decile: ranks.map((r) =>
      Number(r["Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs)"]),
    ),
  };
  return cached2019;
}
