import { readCsv } from "./csv";

/**
 * IoD2019 LSOAs joined on the LSOA code (File 2 ranks and district, the IMD
 * score, File 6 population "mid 2015, excluding prisoners") and the published
 * district summaries of File 10 (MHCLG, OGL v3.0; data/england).
 */
export interface Iod2019Districts {
  lsoaDistrict: string[];
  lsoaScore: number[];
  lsoaRank: number[];
  lsoaPopulation: number[];
  districts: {
    code: string;
    averageRank: number;
    averageScore: number;
    proportionMostDeprived: number;
    extent: number;
    localConcentration: number;
  }[];
}

let cached: Iod2019Districts | undefined;

export function iod2019Districts(): Iod2019Districts {
  if (cached) return cached;
  const file2 = readCsv("england/iod2019_lsoa11_File2_domain_ranks_deciles.csv");
  const scores = new Map(
    readCsv("england/iod2019_lsoa11_imd_score_decile.csv").map((r) => [r.lsoa_code, Number(r.imd_score)]),
  );
  const populations = new Map(
    readCsv("england/iod2019_lsoa11_File6_population_denominators.csv").map((r) => [
      r["LSOA code (2011)"],
      Number(r["Total population: mid 2015 (excluding prisoners)"]),
    ]),
  );
  const lookup = (table: Map<string, number>, code: string, what: string) => {
    const value = table.get(code);
    if (value === undefined) throw new Error(`no IoD2019 ${what} for ${code}`);
    return value;
  };
  // File 10's headers end with a space, as published.
  const file10 = readCsv("england/iod2019_lad19_File10_csv/File10_IMD.csv");
  cached = {
    lsoaDistrict: file2.map((r) => r["Local Authority District code (2019)"]),
    lsoaScore: file2.map((r) => lookup(scores, r["LSOA code (2011)"], "score")),
    lsoaRank: file2.map((r) => Number(r["Index of Multiple Deprivation (IMD) Rank (where 1 is most deprived)"])),
    lsoaPopulation: file2.map((r) => lookup(populations, r["LSOA code (2011)"], "population")),
    districts: file10.map((r) => ({
      code: r["Local Authority District code (2019)"],
      averageRank: Number(r["IMD - Average rank "]),
      averageScore: Number(r["IMD - Average score "]),
      proportionMostDeprived: Number(r["IMD - Proportion of LSOAs in most deprived 10% nationally "]),
      extent: Number(r["IMD 2019 - Extent "]),
      localConcentration: Number(r["IMD 2019 - Local concentration "]),
    })),
  };
  return cached;
}
