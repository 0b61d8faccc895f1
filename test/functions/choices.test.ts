/**
 * The text arguments that name a choice: every spelling the functions have
 * accepted, in English and Dutch, whatever the case and spacing; an unknown
 * text refused as before, naming the text and the codes to choose from.
 */
import { installCustomFunctionsStub, thrown } from "../support/customFunctions";
installCustomFunctionsStub();
import {
  ALLOCATION_RULES,
  CORRELATION_METHODS,
  NORMALIZE_METHODS,
  SCORE_METHODS,
  type AllocationRule,
  type CorrelationMethod,
  type NormalizeMethod,
  type ScoreMethod,
} from "../../src/engine";
import {
  ALLOCATION_RULE,
  CORRELATION_METHOD,
  type Choice,
  NORMALIZE_METHOD,
  SCORE_METHOD,
  choiceKey,
  parseChoice,
} from "../../src/functions/choices";
import { allocate } from "../../src/functions/allocate";
import { score } from "../../src/functions/score";
import { setLanguageOverride } from "../../src/i18n/language";
import { engineError } from "../support/engineError";

afterEach(() => setLanguageOverride(null));

/** Every spelling each argument accepted before the tables moved out of the engine. */
const ACCEPTED: {
  score: Record<string, ScoreMethod>;
  normalize: Record<string, NormalizeMethod>;
  correlation: Record<string, CorrelationMethod>;
  rule: Record<string, AllocationRule>;
} = {
  score: {
    exp: "exp",
    iod: "exp",
    exponential: "exp",
    exponentieel: "exp",
    mean: "mean",
    gemiddelde: "mean",
    geomean: "geomean",
    geometric: "geomean",
    geometrisch: "geomean",
  },
  normalize: {
    z: "z",
    zscore: "z",
    "z-score": "z",
    minmax: "minmax",
    "min-max": "minmax",
    percentile: "percentile",
    percentiel: "percentile",
    percentielrang: "percentile",
    rankit: "rankit",
  },
  correlation: {
    pearson: "pearson",
    spearman: "spearman",
    rho: "spearman",
    kendall: "kendall",
    tau: "kendall",
    "tau-b": "kendall",
  },
  rule: {
    perhead: "perhead",
    percapita: "perhead",
    perinwoner: "perhead",
    need: "need",
    behoefte: "need",
    popneed: "popneed",
    inwonersbehoefte: "popneed",
    universal: "universal",
    proportionateuniversalism: "universal",
    universeel: "universal",
    proportioneeluniversalisme: "universal",
    tiers: "tiers",
    tiered: "tiers",
    treden: "tiers",
    staffel: "tiers",
    threshold: "threshold",
    drempel: "threshold",
  },
};

const TABLES: Array<[string, Choice<string>, Record<string, string>, readonly string[]]> = [
  ["score method", SCORE_METHOD, ACCEPTED.score, SCORE_METHODS],
  ["normalisation", NORMALIZE_METHOD, ACCEPTED.normalize, NORMALIZE_METHODS],
  ["correlation method", CORRELATION_METHOD, ACCEPTED.correlation, CORRELATION_METHODS],
  ["allocation rule", ALLOCATION_RULE, ACCEPTED.rule, ALLOCATION_RULES],
];

describe("parseChoice", () => {
  it.each(TABLES)("reads every %s spelling accepted before", (_, choice, accepted) => {
    for (const [text, code] of Object.entries(accepted))
      expect([text, parseChoice(choice, text)]).toEqual([text, code]);
  });

  it.each(TABLES)("offers exactly the engine's codes for the %s, each read as itself", (_, choice, __, codes) => {
    expect(choice.codes).toEqual(codes);
    for (const code of codes) expect(parseChoice(choice, code)).toBe(code);
  });

  it.each(TABLES)("gives no two codes of the %s the same spelling", (_, choice) => {
    const owner = new Map<string, string>();
    for (const code of choice.codes) {
      for (const spelling of [code, ...choice.spellings[code]]) {
        const key = choiceKey(spelling);
        expect([spelling, owner.get(key) ?? code]).toEqual([spelling, code]);
        owner.set(key, code);
      }
    }
  });

  it("ignores case, spaces, hyphens and underscores", () => {
    expect(parseChoice(CORRELATION_METHOD, " Spearman ")).toBe("spearman");
    expect(parseChoice(CORRELATION_METHOD, "KENDALL")).toBe("kendall");
    expect(parseChoice(CORRELATION_METHOD, "Tau-B")).toBe("kendall");
    expect(parseChoice(SCORE_METHOD, "EXP")).toBe("exp");
    expect(parseChoice(NORMALIZE_METHOD, "Min-Max")).toBe("minmax");
    expect(parseChoice(ALLOCATION_RULE, "PerHead")).toBe("perhead");
    expect(parseChoice(ALLOCATION_RULE, "per inwoner")).toBe("perhead");
    expect(parseChoice(ALLOCATION_RULE, "per_head")).toBe("perhead");
    expect(parseChoice(ALLOCATION_RULE, "Proportioneel universalisme")).toBe("universal");
    expect(parseChoice(ALLOCATION_RULE, "drempel")).toBe("threshold");
  });

  it("refuses an unknown text with METHOD_UNKNOWN naming the text and the codes", () => {
    const cases: Array<[Choice<string>, string, string, string]> = [
      [SCORE_METHOD, "median", "method", "exp, mean, geomean"],
      [NORMALIZE_METHOD, "log", "method", "z, minmax, percentile, rankit"],
      [CORRELATION_METHOD, "cosine", "method", "pearson, spearman, kendall"],
      [ALLOCATION_RULE, "loterij", "rule", "perhead, need, popneed, universal, tiers, threshold"],
    ];
    for (const [choice, text, parameter, expected] of cases) {
      const error = engineError(() => parseChoice(choice, text));
      expect(error.code).toBe("METHOD_UNKNOWN");
      expect(error.details).toEqual({ parameter, value: text, expected });
    }
  });

  it("gives the functions' message for an unknown text, in English and Dutch", () => {
    const domains = [
      [1, 2],
      [2, 1],
      [3, 3],
    ];
    const need = [[1], [2], [3]];
    expect(thrown(() => score(domains, null as never, "median")).message).toBe(
      'method: unknown method "median"; use one of exp, mean, geomean.',
    );
    expect(thrown(() => allocate(100, need, null as never, "loterij")).message).toBe(
      'rule: unknown method "loterij"; use one of perhead, need, popneed, universal, tiers, threshold.',
    );
    setLanguageOverride("nl");
    expect(thrown(() => score(domains, null as never, "median")).message).toBe(
      'methode: onbekende methode "median"; kies uit exp, mean, geomean.',
    );
    expect(thrown(() => allocate(100, need, null as never, "loterij")).message).toBe(
      'regel: onbekende methode "loterij"; kies uit perhead, need, popneed, universal, tiers, threshold.',
    );
  });
});
