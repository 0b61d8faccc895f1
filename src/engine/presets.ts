/**
 * Published domain weights (docs/method.md §3). England's weights sum to 0.999 and
 * are used as published, never renormalised.
 */
export interface WeightPreset {
  readonly id: string;
  /** Domain keys in the preset's published order. */
  readonly domains: readonly string[];
  readonly weights: readonly number[];
  /** True for presets that are not an official publication. */
  readonly unofficial?: boolean;
  readonly source: string;
}

/** English Indices of Deprivation 2019 and 2025, Stage 6 (Technical Report table 3.1). */
export const ENGLAND_IOD: WeightPreset = {
  id: "england",
  domains: ["income", "employment", "education", "health", "crime", "barriers", "living"],
  weights: [0.225, 0.225, 0.135, 0.135, 0.093, 0.093, 0.093],
  source: "English Indices of Deprivation 2019/2025 Technical Report (MHCLG)",
};

/** Scottish Index of Multiple Deprivation 2020. */
export const SCOTLAND_SIMD: WeightPreset = {
  id: "scotland",
  domains: ["income", "employment", "health", "education", "access", "crime", "housing"],
  weights: [0.28, 0.28, 0.14, 0.14, 0.09, 0.05, 0.02],
  source: "SIMD 2020 technical notes (Scottish Government)",
};

/** Welsh Index of Multiple Deprivation 2019 (eight domains). */
export const WALES_WIMD: WeightPreset = {
  id: "wales",
  domains: ["income", "employment", "health", "education", "access", "housing", "safety", "physical"],
  weights: [0.22, 0.22, 0.15, 0.14, 0.1, 0.07, 0.05, 0.05],
  source: "WIMD 2019 technical report (Welsh Government)",
};

/** Northern Ireland Multiple Deprivation Measure 2017. */
export const NORTHERN_IRELAND_NIMDM: WeightPreset = {
  id: "northern-ireland",
  domains: ["income", "employment", "health", "education", "access", "crime", "living"],
  weights: [0.25, 0.25, 0.15, 0.15, 0.1, 0.05, 0.05],
  source: "NIMDM 2017 technical report (NISRA)",
};

/** The Dutch MDI domains (Het PON & Telos 2024); their weights are not public. */
export const NL_DOMAINS = [
  "inkomen",
  "werk",
  "opleiding",
  "gezondheid",
  "veiligheid",
  "huisvesting",
  "woonomgeving",
] as const;

/** Equal weights over the Dutch domains — niet-officieel. */
export const NL_EQUAL: WeightPreset = {
  id: "nl-equal",
  domains: NL_DOMAINS,
  weights: NL_DOMAINS.map(() => 1 / NL_DOMAINS.length),
  unofficial: true,
  source: "Equal weights; the Het PON & Telos weights are not public",
};

/** England's weights mapped one-to-one onto the Dutch domains — niet-officieel. */
export const NL_ENGLAND_MAPPED: WeightPreset = {
  id: "nl-england",
  domains: NL_DOMAINS,
  weights: ENGLAND_IOD.weights,
  unofficial: true,
  source: "England IoD weights mapped one-to-one (inkomen=income, werk=employment, …); not an official weighting",
};

export const PRESETS: readonly WeightPreset[] = [
  ENGLAND_IOD,
  SCOTLAND_SIMD,
  WALES_WIMD,
  NORTHERN_IRELAND_NIMDM,
  NL_EQUAL,
  NL_ENGLAND_MAPPED,
];
