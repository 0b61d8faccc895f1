import {
  ALLOCATION_RULES,
  type AllocationRule,
  CORRELATION_METHODS,
  type CorrelationMethod,
  EngineError,
  NORMALIZE_METHODS,
  type NormalizeMethod,
  SCORE_METHODS,
  type ScoreMethod,
} from "../engine";

/**
 * The text arguments that name a choice (a method, a rule): every spelling
 * users may type, in English and Dutch, for each code the engine takes. One
 * table per argument; `parseChoice` reads a typed text through it.
 */
export interface Choice<Code extends string> {
  /** The engine's name of the option this argument sets, for the refusal of an unknown text. */
  readonly parameter: string;
  /** The codes in the order a refusal lists them. */
  readonly codes: readonly Code[];
  /** Spellings accepted besides the code itself; compared without case, spaces, hyphens and underscores. */
  readonly spellings: { readonly [C in Code]: readonly string[] };
}

/** `method` of =MDI.SCORE. */
export const SCORE_METHOD: Choice<ScoreMethod> = {
  parameter: "method",
  codes: SCORE_METHODS,
  spellings: {
    exp: ["iod", "exponential", "exponentieel"],
    mean: ["gemiddelde"],
    geomean: ["geometric", "geometrisch"],
  },
};

/** `method` of =MDI.DOMAIN and =MDI.NORMALIZE. */
export const NORMALIZE_METHOD: Choice<NormalizeMethod> = {
  parameter: "method",
  codes: NORMALIZE_METHODS,
  spellings: {
    z: ["z-score"],
    minmax: ["min-max"],
    percentile: ["percentiel", "percentielrang"],
    rankit: [],
  },
};

/** `method` of =MDI.CORREL. */
export const CORRELATION_METHOD: Choice<CorrelationMethod> = {
  parameter: "method",
  codes: CORRELATION_METHODS,
  spellings: {
    pearson: [],
    spearman: ["rho"],
    kendall: ["tau", "tau-b"],
  },
};

/** `rule` of =MDI.ALLOCATE. */
export const ALLOCATION_RULE: Choice<AllocationRule> = {
  parameter: "rule",
  codes: ALLOCATION_RULES,
  spellings: {
    perhead: ["per head", "per capita", "per inwoner"],
    need: ["behoefte"],
    popneed: ["inwoners behoefte"],
    universal: ["proportionate universalism", "universeel", "proportioneel universalisme"],
    tiers: ["tiered", "treden", "staffel"],
    threshold: ["drempel"],
  },
};

/**
 * A spelling as compared: lower case, without spaces, hyphens and underscores.
 * @example choiceKey(" Per_Head ") // "perhead"
 */
export function choiceKey(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, "");
}

const lookups = new WeakMap<Choice<string>, ReadonlyMap<string, string>>();

/** The table's spellings by key, built once per table. */
function lookup<Code extends string>(choice: Choice<Code>): ReadonlyMap<string, Code> {
  let map = lookups.get(choice) as ReadonlyMap<string, Code> | undefined;
  if (!map) {
    const byKey = new Map<string, Code>();
    for (const code of choice.codes) {
      for (const spelling of [code, ...choice.spellings[code]]) byKey.set(choiceKey(spelling), code);
    }
    lookups.set(choice, (map = byKey));
  }
  return map;
}

/**
 * The code `text` names in `choice`, in English or Dutch, whatever its case
 * and spacing.
 * @example parseChoice(ALLOCATION_RULE, "Proportioneel universalisme") // "universal"
 * @throws {EngineError} METHOD_UNKNOWN naming the text and the codes to choose from
 */
export function parseChoice<Code extends string>(choice: Choice<Code>, text: string): Code {
  const code = lookup(choice).get(choiceKey(text));
  if (code === undefined) {
    throw new EngineError("METHOD_UNKNOWN", `unknown ${choice.parameter} "${text}"`, {
      parameter: choice.parameter,
      value: text,
      expected: choice.codes.join(", "),
    });
  }
  return code;
}
