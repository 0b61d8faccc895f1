import type { NormalizeMethod } from "../../engine/normalize";
import type { ScoreMethod } from "../../engine/score";
import { en as engine } from "../engine/en";
import { sentence } from "../sentence";
import { map } from "./map.en";
import { panels } from "./panels.en";

/**
 * Every text of the task pane and of the sheets it writes, in English (the analysis panels in panels.en.ts). The
 * Dutch module (nl.ts) has the same keys: TypeScript checks it against this
 * one, and a test fails on a missing or empty text. Terms follow docs/glossary.md.
 * Texts per domain set, domain, preset, output mode or amount problem are
 * checked where the pane looks them up by its own names: a missing one does
 * not compile.
 */
export const en = {
  app: {
    title: "MDI for Excel",
    intro:
      "Multiple deprivation index from the data in this workbook. Rank 1 and decile 1 are always the most deprived.",
    language: "Language",
    languages: { nl: "Nederlands", en: "English" },
    steps: "Steps",
    privacy: "Everything is computed in this workbook; nothing is sent anywhere.",
    outsideExcel:
      "This page is the task pane of the MDI add-in for Excel. Open it from Excel, or open preview.html to try it in the browser.",
    unavailable: (message: string) =>
      `The connection to the workbook could not be made: ${message}. Close the task pane and open it again.`,
  },
  steps: {
    data: "Data",
    domains: "Domains",
    weights: "Weights",
    compute: "Compute",
    compare: "Correlation",
  },
  data: {
    heading: "1. Data",
    intro: "One row per area with a header row: select the range (headers included) or pick an Excel table.",
    useSelection: "Use selection",
    table: "Excel table",
    tablePlaceholder: "Choose a table",
    noTables: "This workbook has no Excel tables; select a range instead.",
    useTable: "Use table",
    reading: "Reading the data…",
    summary: (rows: number, columns: number, where: string) => `${rows} rows × ${columns} columns read from ${where}.`,
    nothingRead: "No data read yet.",
    areaColumn: "Area column",
    areaHint: "Names or codes of the areas (buurten, wijken, gemeenten).",
    populationColumn: "Population column",
    populationHint: "Number of inhabitants per area; kept for summaries and allocation.",
    groupsFound: (names: string) => `Columns that can group areas: ${names}.`,
    noGroupsFound: "No column that groups areas (such as gemeente or wijk) was found.",
    none: "(none)",
    columnsHeading: "Numeric columns",
    columnHeader: "Column",
    missingHeader: "Missing",
    useHeader: "Use",
    missing: (count: number, rows: number) => `${count} of ${rows}`,
    textCells: (count: number) => `${count} text cells`,
    usedAsIndicator: "indicator",
    usedAsComparator: "comparison",
    unused: "not used",
    restored: "The stored settings of this workbook have been restored.",
    reselect: (where: string) =>
      `This workbook stores settings for ${where}. Select that range and choose "Use selection" to continue with them.`,
    rereadTable: (table: string) => `Reading table ${table} stored in this workbook's settings…`,
  },
  domains: {
    heading: "2. Domains and indicators",
    intro:
      "Assign each numeric column to a domain or leave it unused. Suggestions come from the column headers; check them.",
    domainSet: "Domains",
    domainSets: {
      nl: "Netherlands: 7 MDI domains",
      england: "England (IoD): 7 domains",
      scotland: "Scotland (SIMD): 7 domains",
      wales: "Wales (WIMD): 8 domains",
      "northern-ireland": "Northern Ireland (NIMDM): 7 domains",
    },
    indicatorsHeading: "Indicators",
    domainOf: (column: string) => `Domain of ${column}`,
    notUsed: "Not used",
    direction: "Direction",
    directionOf: (column: string) => `Higher is better: ${column}`,
    higherIsWorse: "Higher is worse",
    higherIsBetter: "Higher is better",
    missing: (count: number) => (count === 1 ? "1 missing value" : `${count} missing values`),
    noNumericColumns: "The data has no numeric columns to use as indicators.",
    selectionHeading: "Domain selection",
    domainSwitch: (domain: string, count: number) =>
      count === 1 ? `${domain} (1 indicator)` : `${domain} (${count} indicators)`,
    noIndicators: (domain: string) => `${domain} has no indicators and is left out.`,
  },
  domainLabels: {
    inkomen: "Income",
    werk: "Employment",
    opleiding: "Education",
    gezondheid: "Health",
    veiligheid: "Safety",
    huisvesting: "Housing",
    woonomgeving: "Living environment",
    income: "Income",
    employment: "Employment",
    education: "Education, skills and training",
    health: "Health and disability",
    crime: "Crime",
    barriers: "Barriers to housing and services",
    living: "Living environment",
    access: "Access to services",
    housing: "Housing",
    safety: "Community safety",
    physical: "Physical environment",
  },
  weights: {
    heading: "3. Weights and method",
    preset: "Preset",
    presets: {
      equal: "Equal weights",
      "nl-unofficial": "NL — unofficial (England's weights on the Dutch domains)",
      england: "England IoD 2019/2025",
      scotland: "Scotland SIMD 2020",
      wales: "Wales WIMD 2019",
      "northern-ireland": "Northern Ireland NIMDM 2017",
      custom: "Own weights",
    },
    unofficial:
      "Unofficial: the weights of the Dutch MDI (Het PON & Telos) are not public; these weights are a choice, not the published index.",
    weightOf: (domain: string) => `Weight of ${domain}`,
    sliderOf: (domain: string) => `Weight of ${domain}, slider`,
    share: (percent: string) => `effective ${percent} %`,
    sum: "Sum of the weights",
    asGiven:
      "The IoD method uses the weights as given (England's sum to 0.999); the effective weights are their shares.",
    renormalised: "This method rescales the weights to sum 1: the effective weights are what counts.",
    notANumber: "Not a number: type for example 0.25.",
    negative: "A weight cannot be negative: use 0 to give a domain no weight.",
    allZero: "All weights are 0: give at least one domain a weight above 0.",
    noDomains: "No domain has indicators yet: assign indicators in step 2.",
    method: "Index method",
    methods: {
      exp: "IoD: exponential transformation of domain ranks, weighted sum (default)",
      mean: "Weighted mean of the domain scores",
      geomean: "Weighted geometric mean (domain scores rescaled to 1–100)",
    } satisfies Record<ScoreMethod, string>,
    normalization: "Normalisation of indicators",
    normalizations: {
      z: "z-score",
      rankit: "Rankit (normal scores of the ranks)",
      minmax: "Min-max (0–100)",
      percentile: "Percentile rank (0–1)",
    } satisfies Record<NormalizeMethod, string>,
    group: "Local deciles within",
    groupHint: "A larger area (gemeente, wijk …): adds the decile of each area within its group.",
    noGroup: "No local deciles",
    missing: {
      heading: "Missing values",
      intro:
        "CBS leaves out small counts, so tables have gaps. An area is scored over the figures it has when enough of the weight is present; a missing value never counts as 0.",
      indicators: "Within a domain: at least this share of the indicator weight (%)",
      domains: "Across domains: at least this share of the domain weight (%)",
      shareHint: "100 % = only areas with every figure. Default 65 % (the JRC COIN Tool's rule).",
      fill: "Fill blanks with the group's average (=MDI.IMPUTE)",
      fillHint: (group: string) =>
        `A blank gets the population-weighted mean of the same ${group}. An area without any figure of its own (a park, a dock) is not filled and gets no score. The filled values are estimates, not published figures.`,
      fillNeedsGroup: "Filling takes the group's average: choose a column under Local deciles within first.",
      outcome: (scored: number, rows: number) => `With these rules ${scored} of ${rows} areas get a score.`,
    },
  },
  compute: {
    heading: "4. Compute",
    output: "Results as",
    outputs: {
      formulas: "Live formulas (follow changes to the data)",
      values: "Values (a fixed snapshot)",
    },
    profileArea: "Domain profile of",
    mostDeprived: "The most deprived area (rank 1)",
    scatterComparator: "Chart of the MDI against",
    noComparator: "(no chart)",
    button: "Compute",
    busy: "Computing and writing…",
    done: (rows: number, sheets: string) => `Done: ${rows} areas written to ${sheets}.`,
    blocked: "Before computing:",
    unscored: (count: number, inhabitants: string | null, withoutData: number, belowRule: number) =>
      `${count === 1 ? "1 area gets" : `${count} areas get`} no score${inhabitants === null ? "" : ` (${inhabitants} inhabitants)`}: ${withoutData} without any figure, ${belowRule} with less than the required share of the weight present. Step 3, Missing values, sets the rule.`,
    smallGroups: (groups: number, group: string) =>
      `In ${groups} ${groups === 1 ? "group" : "groups"} (${group}) fewer than 10 areas have a score: local deciles there cannot spread over 1–10 (a group with one area puts it in decile 10). Read them with care.`,
    replaceTitle: "Replace sheets?",
    replaceIntro: "The add-in writes its results only on its own sheets. These already exist:",
    edited: (sheet: string) => `${sheet}: made by the add-in, then changed by hand. The changes will be lost.`,
    foreign: (sheet: string) => `${sheet}: a sheet the add-in did not make. Its contents will be replaced.`,
    replaceQuestion: "Nothing else in the workbook is changed. Replace these sheets?",
    replace: "Replace",
    cancel: "Cancel",
    cancelled: "Nothing was written.",
  },
  compare: {
    heading: "6. Correlation",
    intro: "Compare the MDI with other indicators, such as turnout or the SES score.",
    comparators: "Comparison indicators",
    noCandidates: "No numeric columns are left to compare with.",
    noneChosen: "Choose at least one comparison indicator.",
    button: "Compute correlation",
    busy: "Computing…",
    done: (sheet: string) => `Written to the sheet ${sheet}.`,
    caveat: "Correlation is not causation.",
    failed: (column: string, reason: string) => `${column}: not computed (${reason})`,
    tableCaption: "Correlation of the MDI with comparison indicators, strongest first",
    strength: "Strength",
    interval: "95 % interval",
    details: (n: number, p: string, low: string, high: string) => `n = ${n} · p ${p} · 95 %: ${low} … ${high}`,
  },
  strength: engine.strength,
  method: {
    heading: "Method",
    unofficial: "unofficial",
    data: (where: string, rows: number, area: string) => `Data: ${where}, ${rows} areas; area column: ${area}.`,
    domains: (preset: string) => `Domains and weights (${preset}):`,
    domain: (domain: string, weight: string, indicators: string) => `${domain} (weight ${weight}): ${indicators}.`,
    higherIsBetter: (column: string) => `${column} (higher is better)`,
    indicators: (normalization: string) =>
      `Indicators are oriented so that higher = more deprived, normalised (${normalization}) and averaged with equal weights per domain.`,
    exp: (sum: string) =>
      `Index: the domain scores are ranked and exponentially transformed (IoD, 0–100), then summed with the weights as given (sum ${sum}).`,
    mean: "Index: weighted mean of the domain scores (weights rescaled to sum 1).",
    geomean:
      "Index: weighted geometric mean of the domain scores after min-max rescaling to 1–100 (weights rescaled to sum 1).",
    ranks: "Rank 1 = most deprived; decile = ceil(10 · rank / N), decile 1 = the most deprived 10 % of areas.",
    local: (group: string) => `Local deciles: the same within each ${group}.`,
    missing:
      "Missing values: an area missing a used indicator gets no score (a missing value never counts as 0 or as least deprived).",
    coverageRule: (indicators: string, domains: string, coverage: string) =>
      `Missing values: an area is scored when the indicators it has carry at least ${indicators} of a domain's indicator weight and the domains it has at least ${domains} of the domain weight, over what it has with those weights re-normalised (column ${coverage}: the share of the domain weight present). A missing value never counts as 0.`,
    filled: (group: string, cells: number | null) =>
      `Blanks were first filled with the population-weighted mean of the same ${group} (=MDI.IMPUTE)${cells === null ? "" : `: ${cells} ${cells === 1 ? "cell" : "cells"}`}; areas without any figure of their own were not. These are estimates, not published figures.`,
    unscored: (count: number, inhabitants: string | null, withoutData: number | null, belowRule: number) =>
      `Areas without a score: ${count}${inhabitants === null ? "" : ` (${inhabitants} inhabitants)`}${withoutData === null || count === 0 ? "" : `; ${withoutData} without any figure, ${belowRule} with too little of the weight present`}.`,
    formulas: (sheet: string) =>
      `Live formulas (=MDI.DOMAIN, =MDI.SCORE, =MDI.RANK, =MDI.DECILE) on the sheet '${sheet}' follow changes to the data; the charts' counts and profile are from the moment of computing.`,
    values: "Values: a snapshot from the moment of computing; choose Compute again after changing the data.",
    version: (version: string, date: string) => `Computed with MDI for Excel ${version} on ${date}.`,
  },
  sheet: {
    title: "Multiple deprivation index (MDI)",
    legend:
      "Rank 1 and decile 1 = most deprived (decile 1 = the most deprived 10 % of areas). Blank = no score. Coverage below 100 % (shaded): scored over part of the data.",
    coverage: "Coverage",
    area: "Area",
    score: "MDI score",
    rank: "Rank",
    decile: "Decile (national)",
    groupDecile: (group: string) => `Decile within ${group}`,
    sourceValue: (indicator: string) => `${indicator} (source)`,
    filledValue: (indicator: string) => `${indicator} (filled)`,
    decileNumber: (decile: number) => `Decile ${decile}`,
    areas: "Areas",
    average: "Average of all areas",
    domain: "Domain",
    decileChart: "Areas per national decile (1 = most deprived)",
    decileByGroupChart: (group: string) => `Areas per national decile, per ${group} (1 = most deprived)`,
    profileChart: (area: string) => `Domain profile of ${area} against the average`,
    profileAxis: "Domain score (higher = more deprived)",
    scatterChart: (comparator: string, r: string) => `MDI and ${comparator} (r = ${r})`,
    calculationNote:
      "Calculation sheet of MDI for Excel: its formulas feed the MDI sheet. Change the source data, not this sheet.",
    notInUse: "Not in use: the MDI sheet holds values. Choose live formulas and Compute to use this sheet again.",
    correlationTitle: "Correlation of the MDI with comparison indicators",
    correlationCaveat: "Correlation is not causation.",
    correlationMethod:
      "Pearson r and Spearman ρ (Pearson of average ranks) over the areas with both values; two-sided p; 95 % interval by Fisher's z; strength by Cohen: |r| < 0.1 negligible, < 0.3 weak, < 0.5 moderate, ≥ 0.5 strong.",
    correlationChart: "Correlation with the MDI (Pearson r and Spearman ρ)",
    coefficient: "Correlation coefficient",
    comparator: "Comparison indicator",
    n: "n",
    pearson: "Pearson r",
    spearman: "Spearman ρ",
    p: (method: string) => `p (${method})`,
    low: (method: string) => `95 % interval low (${method})`,
    high: (method: string) => `95 % interval high (${method})`,
    strength: (method: string) => `Strength (${method})`,
    notComputed: (list: string) => `Not computed: ${list}.`,
  },
  problems: {
    noArea: "Choose the area column in step 1.",
    tooFewRows: (rows: number) => `The data has ${rows} rows; an index needs at least 2 areas.`,
    noDomains: "Assign at least one indicator to a switched-on domain in step 2.",
    weight: (domain: string) => `Check the weight of ${domain} in step 3.`,
    weightsZero: "All weights are 0: give at least one domain a weight above 0 in step 3.",
    textInIndicator: (column: string, row: number, value: string) =>
      `${column} holds text in data row ${row} ("${value}"). Empty such cells (a missing value stays missing) or leave the indicator out.`,
    textBetweenIndicators: (domain: string, column: string) =>
      `The indicators of ${domain} are not side by side, and the column "${column}" between them holds text, which live formulas cannot skip. Put the indicator columns together, or choose values in step 4.`,
  },
  errors: {
    title: "Something went wrong",
    // `advised`: the message already says what to do (the add-in's own errors), so no advice is added.
    read: (message: string, advised = false) =>
      `Could not read the data: ${sentence(message)}` +
      (advised ? "" : " Select a range with a header row (or pick a table) and try again."),
    write: (message: string, advised = false) =>
      `Could not write the results: ${sentence(message)} Your data is unchanged.` +
      (advised ? "" : " Close other dialogs in Excel and try again."),
    settings: (message: string) =>
      `Could not read or store the settings in this workbook: ${message}. The results are not affected.`,
    compute: (where: string, message: string) => `${where}: ${message}`,
    domainWhere: (domain: string) => `Domain ${domain}`,
    indexWhere: "Index",
    comparatorWhere: (column: string) => `Comparison with ${column}`,
    dismiss: "Dismiss",
  },
  // ── "Ongelijk investeren" (allocation) and briefing panels ──────────────────────────────────────
  map,
  ...panels,
  safety: {
    changesIntro: "Changed:",
    cells: (address: string) => `cells ${address}`,
    table: (name: string) => `table “${name}”`,
    chart: (name: string) => `chart “${name}”`,
    shape: (name: string) => `shape “${name}”`,
    newSheets: (names: string) => `Write to new sheets (${names})`,
    writtenToNew: (names: string) => `The results were written to ${names}; the existing sheets are unchanged.`,
    dataSheetKept: (data: string, to: string) =>
      `Your data is on the sheet “${data}”, which has the name of a results sheet: the results were written to “${to}” instead, and your data is unchanged.`,
  },
  /** Long lists (16,384 columns) are drawn a page at a time. */
  lists: {
    showMore: (shown: number, total: number) =>
      `Show more (${shown.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")} shown)`,
  },
};

/** The shape every language module has. */
export type Strings = typeof en;
