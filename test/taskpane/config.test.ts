/**
 * The configuration: suggestions for fresh data, presets (published weights
 * from docs/method.md §3), switching domain sets, weight validation, and what
 * blocks a computation.
 */
import { analyzeData } from "../../src/taskpane/model/analyze";
import {
  activeDomains,
  applyPreset,
  isStoredConfig,
  restoreConfig,
  suggestConfig,
  type MdiConfig,
} from "../../src/taskpane/model/config";
import { parseNonNegative, formatNumber } from "../../src/taskpane/model/numbers";
import { problems } from "../../src/taskpane/model/validate";
import { paneReducer, type PaneState } from "../../src/taskpane/state/paneReducer";
import type { DataBlock } from "../../src/workbook/port";
import { CBS_HEADERS, CBS_ROWS } from "./fixtures";

const data: DataBlock = {
  source: { kind: "selection", sheet: "Buurten", address: "A1:I13" },
  headers: CBS_HEADERS,
  rows: CBS_ROWS as DataBlock["rows"],
};
const analysis = analyzeData(data, (i) => `Kolom ${i + 1}`);
const initial = suggestConfig(data, analysis);

function state(config: MdiConfig = initial): PaneState {
  return { data, analysis, config };
}

function weightsOf(config: MdiConfig) {
  return Object.fromEntries(activeDomains(config, analysis).map((d) => [d, config.weights[d]!.value]));
}

describe("suggested configuration", () => {
  it("maps the CBS columns to Dutch domains with directions, the SES score as comparator", () => {
    expect(initial.indicators).toEqual({
      "Huishoudens met een laag inkomen (%)": { domain: "inkomen", direction: 1 },
      "Personen met bijstand per 1000 inwoners": { domain: "inkomen", direction: 1 },
      "Netto arbeidsparticipatie (%)": { domain: "werk", direction: -1 },
      "Gemiddelde WOZ-waarde van woningen (x 1000 euro)": { domain: "huisvesting", direction: -1 },
      "Afstand tot huisartsenpraktijk (km)": { domain: "woonomgeving", direction: 1 },
      "SES-WOA score": { domain: null, direction: -1 },
    });
    expect(initial.comparators).toEqual(["SES-WOA score"]);
    expect(initial).toMatchObject({ method: "exp", normalization: "z", output: "formulas", groupColumn: "Wijk" });
  });

  it("weighs the domains that have indicators equally", () => {
    expect(weightsOf(initial)).toEqual({ inkomen: 0.25, werk: 0.25, huisvesting: 0.25, woonomgeving: 0.25 });
  });
});

describe("presets", () => {
  it("England IoD: England's domains and published weights, indicators carried over by theme", () => {
    const england = applyPreset(initial, "england", analysis);
    expect(england.domainSet).toBe("england");
    expect(england.indicators["Huishoudens met een laag inkomen (%)"].domain).toBe("income");
    expect(england.indicators["Netto arbeidsparticipatie (%)"].domain).toBe("employment");
    // WOZ (housing) and distances (access) are both "barriers to housing and services" in England.
    expect(england.indicators["Gemiddelde WOZ-waarde van woningen (x 1000 euro)"].domain).toBe("barriers");
    expect(england.indicators["Afstand tot huisartsenpraktijk (km)"].domain).toBe("barriers");
    // docs/method.md §3: Income .225, Employment .225, …, Barriers .093.
    expect(weightsOf(england)).toEqual({ income: 0.225, employment: 0.225, barriers: 0.093 });
  });

  it("Scotland and Wales keep distances apart from housing", () => {
    const scotland = applyPreset(initial, "scotland", analysis);
    expect(scotland.indicators["Afstand tot huisartsenpraktijk (km)"].domain).toBe("access");
    expect(scotland.indicators["Gemiddelde WOZ-waarde van woningen (x 1000 euro)"].domain).toBe("housing");
    expect(weightsOf(scotland)).toEqual({ income: 0.28, employment: 0.28, access: 0.09, housing: 0.02 });
    const wales = applyPreset(initial, "wales", analysis);
    expect(weightsOf(wales)).toEqual({ income: 0.22, employment: 0.22, access: 0.1, housing: 0.07 });
  });

  it("NL — niet-officieel: the Dutch domains with England's weights", () => {
    const nl = applyPreset(applyPreset(initial, "england", analysis), "nl-unofficial", analysis);
    expect(nl.domainSet).toBe("nl");
    expect(nl.indicators["Afstand tot huisartsenpraktijk (km)"].domain).toBe("woonomgeving");
    expect(weightsOf(nl)).toEqual({ inkomen: 0.225, werk: 0.225, huisvesting: 0.093, woonomgeving: 0.093 });
  });

  it("equal after a published preset spreads the weight over the active domains", () => {
    const equal = applyPreset(applyPreset(initial, "england", analysis), "equal", analysis);
    expect(equal.domainSet).toBe("england");
    const w = weightsOf(equal);
    expect(Object.values(w).map((v) => v * 3)).toEqual([1, 1, 1].map((v) => expect.closeTo(v, 12)));
  });
});

describe("pane reducer", () => {
  it("keeps equal weights equal when a domain is switched off", () => {
    const next = paneReducer(state(), { type: "setDomainEnabled", domain: "woonomgeving", enabled: false });
    const w = weightsOf(next.config!);
    expect(Object.keys(w)).toEqual(["inkomen", "werk", "huisvesting"]);
    for (const v of Object.values(w)) expect(v).toBeCloseTo(1 / 3, 12);
  });

  it("keeps typed weights when a domain is switched off", () => {
    let s = paneReducer(state(), { type: "setWeightText", domain: "inkomen", text: "0,4" });
    s = paneReducer(s, { type: "setDomainEnabled", domain: "woonomgeving", enabled: false });
    expect(s.config!.preset).toBe("custom");
    expect(weightsOf(s.config!)).toEqual({ inkomen: 0.4, werk: 0.25, huisvesting: 0.25 });
  });

  it("turns a direction around and moves an indicator between domains", () => {
    let s = paneReducer(state(), {
      type: "setIndicatorDirection",
      column: "Afstand tot huisartsenpraktijk (km)",
      direction: -1,
    });
    expect(s.config!.indicators["Afstand tot huisartsenpraktijk (km)"].direction).toBe(-1);
    s = paneReducer(s, { type: "setIndicatorDomain", column: "SES-WOA score", domain: "inkomen" });
    expect(s.config!.indicators["SES-WOA score"].domain).toBe("inkomen");
    expect(s.config!.comparators).toEqual([]); // an index indicator is not also a comparator
  });

  it("keeps a slider's value as a number, to be shown in the user's number format", () => {
    const s = paneReducer(state(), { type: "setWeightValue", domain: "werk", value: 0.3 });
    expect(s.config!.weights.werk).toEqual({ text: null, value: 0.3 });
    expect(s.config!.preset).toBe("custom");
  });
});

describe("weight validation and other problems", () => {
  const withWeight = (text: string, config = initial) =>
    paneReducer(state(config), { type: "setWeightText", domain: "inkomen", text }).config!;

  it("accepts a decimal comma or point and refuses text and negative numbers", () => {
    expect(parseNonNegative("0,225")).toEqual({ value: 0.225, problem: null });
    expect(parseNonNegative(" .5 ")).toEqual({ value: 0.5, problem: null });
    expect(parseNonNegative("-0,1")).toEqual({ value: -0.1, problem: "negative" });
    expect(parseNonNegative("veel").problem).toBe("text");
    expect(parseNonNegative("1.000,5").problem).toBe("text");
    expect(parseNonNegative("").problem).toBe("text");
    expect(problems(withWeight("-1"), analysis)).toEqual([{ kind: "weight", domain: "inkomen", problem: "negative" }]);
    expect(problems(withWeight("abc"), analysis)).toEqual([{ kind: "weight", domain: "inkomen", problem: "text" }]);
  });

  it("refuses all weights 0", () => {
    let config = initial;
    for (const domain of ["inkomen", "werk", "huisvesting", "woonomgeving"] as const) {
      config = paneReducer(state(config), { type: "setWeightText", domain, text: "0" }).config!;
    }
    expect(problems(config, analysis)).toEqual([{ kind: "weightsZero" }]);
  });

  it("is ready with the suggestions; needs an area column and an indicator", () => {
    expect(problems(initial, analysis)).toEqual([]);
    expect(problems({ ...initial, areaColumn: null }, analysis)).toEqual([{ kind: "noArea" }]);
    const none = { ...initial, disabledDomains: [...Object.keys(weightsOf(initial))] } as MdiConfig;
    expect(problems(none, analysis)).toEqual([{ kind: "noDomains" }]);
  });

  it("does not block data on a sheet named like an output sheet: the writer writes elsewhere", () => {
    // sheet-writer.test.tsx shows the results going to "MDI (2)" and the data kept.
    const onMdi = { ...initial, source: { ...data.source, sheet: "mdi" } };
    expect(problems(onMdi, analysis)).toEqual([]);
  });

  it("refuses text between a domain's indicators only for live formulas", () => {
    const mixed: DataBlock = {
      ...data,
      headers: [
        "Buurt",
        "Huishoudens met een laag inkomen (%)",
        "Opmerking",
        "Personen met bijstand per 1000 inwoners",
      ],
      rows: [
        ["A", 10, "nieuw", 30],
        ["B", 12, "", 40],
        ["C", 8, "", 25],
      ],
    };
    const a = analyzeData(mixed, (i) => `Kolom ${i + 1}`);
    const config = suggestConfig(mixed, a);
    expect(problems(config, a)).toEqual([{ kind: "textBetweenIndicators", domain: "inkomen", column: "Opmerking" }]);
    expect(problems({ ...config, output: "values" }, a)).toEqual([]);
  });
});

describe("stored configuration", () => {
  it("survives JSON and is restored onto the same data, a NaN weight read again from its text", () => {
    const edited = paneReducer(state(), { type: "setWeightText", domain: "werk", text: "x" }).config!;
    const stored = JSON.parse(JSON.stringify(edited)) as unknown;
    expect(isStoredConfig(stored)).toBe(true);
    const restored = restoreConfig(stored as MdiConfig, data, analysis);
    expect(restored.weights.werk!.text).toBe("x");
    expect(Number.isNaN(restored.weights.werk!.value)).toBe(true);
    expect(restored.indicators).toEqual(edited.indicators);
  });

  it("drops columns that are gone and suggests for new ones", () => {
    const stored = {
      ...initial,
      groupColumn: "Stadsdeel",
      indicators: { "Oude kolom": { domain: "werk", direction: 1 } },
    } as MdiConfig;
    const restored = restoreConfig(stored, data, analysis);
    expect(restored.groupColumn).toBeNull();
    expect(restored.indicators["Oude kolom"]).toBeUndefined();
    expect(restored.indicators["Netto arbeidsparticipatie (%)"]).toEqual({ domain: "werk", direction: -1 });
  });

  it("keeps the missing-value rule, and gives a configuration stored before it the default 65 % rule", () => {
    const edited = paneReducer(state(), { type: "setMissing", rule: { indicators: 0.8, fillFromGroup: true } }).config!;
    expect(edited.missing).toEqual({ indicators: 0.8, domains: 0.65, fillFromGroup: true });
    const stored = JSON.parse(JSON.stringify(edited)) as MdiConfig;
    expect(restoreConfig(stored, data, analysis).missing).toEqual(edited.missing);
    const older = Object.fromEntries(Object.entries(stored).filter(([key]) => key !== "missing"));
    expect(restoreConfig(older as MdiConfig, data, analysis).missing).toEqual({
      indicators: 0.65,
      domains: 0.65,
      fillFromGroup: false,
    });
    // A share outside (0, 1] in a hand-edited setting falls back to the default rather than refusing to compute.
    const broken = { ...stored, missing: { indicators: 0, domains: 1.5, fillFromGroup: "ja" } } as unknown as MdiConfig;
    expect(restoreConfig(broken, data, analysis).missing).toEqual({
      indicators: 0.65,
      domains: 0.65,
      fillFromGroup: false,
    });
  });

  it("rejects settings that are not a configuration", () => {
    expect(isStoredConfig(null)).toBe(false);
    expect(isStoredConfig({ version: 1, domainSet: "mars" })).toBe(false);
  });

  it("formats numbers for people", () => {
    expect(formatNumber(1 / 7, "nl")).toBe("0,143");
    expect(formatNumber(0.225, "en")).toBe("0.225");
  });
});
