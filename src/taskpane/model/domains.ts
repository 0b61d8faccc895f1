import {
  ENGLAND_IOD,
  NL_DOMAINS,
  NL_ENGLAND_MAPPED,
  NORTHERN_IRELAND_NIMDM,
  SCOTLAND_SIMD,
  WALES_WIMD,
  type WeightPreset,
} from "../../engine/presets";

/**
 * The domain sets the pane offers (docs/method.md §3): the seven Dutch domains of
 * the Het PON & Telos MDI, or the domains of a published index. Header words
 * suggest a *theme* (income, work, …); each set says which of its domains
 * takes which theme, so a mapping survives a switch between sets.
 */
export type DomainSetId = "nl" | "england" | "scotland" | "wales" | "northern-ireland";

/** What an indicator is about, as far as its header tells. */
export type Theme = "income" | "work" | "education" | "health" | "safety" | "housing" | "access" | "environment";

export const THEMES: readonly Theme[] = [
  "income",
  "work",
  "education",
  "health",
  "safety",
  "housing",
  "access",
  "environment",
];

/** Every domain key of every set; the strings modules hold a label for each. */
export type DomainKey =
  | (typeof NL_DOMAINS)[number]
  | "income"
  | "employment"
  | "education"
  | "health"
  | "crime"
  | "barriers"
  | "living"
  | "access"
  | "housing"
  | "safety"
  | "physical";

export interface DomainSet {
  readonly id: DomainSetId;
  readonly domains: readonly DomainKey[];
  /** The domain each theme belongs to in this set; null = the set has no such domain. */
  readonly themeDomain: Readonly<Record<Theme, DomainKey | null>>;
}

export const DOMAIN_SETS: Readonly<Record<DomainSetId, DomainSet>> = {
  nl: {
    id: "nl",
    domains: NL_DOMAINS,
    themeDomain: {
      income: "inkomen",
      work: "werk",
      education: "opleiding",
      health: "gezondheid",
      safety: "veiligheid",
      housing: "huisvesting",
      access: "woonomgeving",
      environment: "woonomgeving",
    },
  },
  // England's "Barriers to housing and services" holds both housing affordability and distances.
  england: {
    id: "england",
    domains: ENGLAND_IOD.domains as readonly DomainKey[],
    themeDomain: {
      income: "income",
      work: "employment",
      education: "education",
      health: "health",
      safety: "crime",
      housing: "barriers",
      access: "barriers",
      environment: "living",
    },
  },
  // SIMD has no living-environment domain.
  scotland: {
    id: "scotland",
    domains: SCOTLAND_SIMD.domains as readonly DomainKey[],
    themeDomain: {
      income: "income",
      work: "employment",
      education: "education",
      health: "health",
      safety: "crime",
      housing: "housing",
      access: "access",
      environment: null,
    },
  },
  wales: {
    id: "wales",
    domains: WALES_WIMD.domains as readonly DomainKey[],
    themeDomain: {
      income: "income",
      work: "employment",
      education: "education",
      health: "health",
      safety: "safety",
      housing: "housing",
      access: "access",
      environment: "physical",
    },
  },
  // NIMDM's "Living environment" covers housing quality as well as the outdoor environment.
  "northern-ireland": {
    id: "northern-ireland",
    domains: NORTHERN_IRELAND_NIMDM.domains as readonly DomainKey[],
    themeDomain: {
      income: "income",
      work: "employment",
      education: "education",
      health: "health",
      safety: "crime",
      housing: "living",
      access: "access",
      environment: "living",
    },
  },
};

export const DOMAIN_SET_IDS: readonly DomainSetId[] = ["nl", "england", "scotland", "wales", "northern-ireland"];

/** The first theme a domain of `set` takes (used to carry a mapping over to another set). */
export function themeOfDomain(set: DomainSet, domain: DomainKey): Theme | null {
  return THEMES.find((theme) => set.themeDomain[theme] === domain) ?? null;
}

/** The domain of `to` that takes over an indicator assigned to `domain` of `from`. */
export function carryDomain(from: DomainSet, to: DomainSet, domain: DomainKey | null): DomainKey | null {
  if (domain === null) return null;
  const theme = themeOfDomain(from, domain);
  return theme ? to.themeDomain[theme] : null;
}

/** Weight presets offered in the weights step. */
export type PresetId = "equal" | "england" | "scotland" | "wales" | "northern-ireland" | "nl-unofficial";

export const PRESET_IDS: readonly PresetId[] = [
  "equal",
  "nl-unofficial",
  "england",
  "scotland",
  "wales",
  "northern-ireland",
];

/**
 * The published weights behind each preset and the domain set it uses. "equal"
 * keeps the current set; "nl-unofficial" is England's weights on the Dutch
 * domains, which docs/method.md §3 requires to be labelled niet-officieel.
 */
export const PRESET_WEIGHTS: Readonly<Record<Exclude<PresetId, "equal">, WeightPreset>> = {
  england: ENGLAND_IOD,
  scotland: SCOTLAND_SIMD,
  wales: WALES_WIMD,
  "northern-ireland": NORTHERN_IRELAND_NIMDM,
  "nl-unofficial": NL_ENGLAND_MAPPED,
};

export const PRESET_DOMAIN_SET: Readonly<Record<Exclude<PresetId, "equal">, DomainSetId>> = {
  england: "england",
  scotland: "scotland",
  wales: "wales",
  "northern-ireland": "northern-ireland",
  "nl-unofficial": "nl",
};
