import type { Theme } from "./domains";

/**
 * Suggestions from column headers, in Dutch and English. Headers come as
 * people type them ("Huishoudens met een laag inkomen (%)") or as CBS/R
 * exports spell them ("Inkomen.Inkomen.van.huishoudens.Huishoudens.met.een.laag.inkomen...."),
 * so they are normalised to lower-case words first.
 */

/** Lower case, accents removed, dots/underscores/hyphens/brackets turned into spaces, single spaces. */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[._\-/()[\],;:%]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Theme rules, first match wins. The order settles headers that name two
 * themes: "Afstand tot huisartsenpraktijk" is about access, not health;
 * "Personen met een WW-uitkering" about work, not income.
 */
const THEME_RULES: ReadonlyArray<readonly [Theme, RegExp]> = [
  ["access", /\bafstand tot\b|\bdistance to\b|\bbinnen \d+ km\b|\bwithin \d+ km\b|\baccess to\b|\bbereikbaarheid\b/],
  [
    "environment",
    /\bgroen|\bgeluid|\bfijnstof|\bluchtkwaliteit|\bleefomgeving|\bwoonomgeving|\bgreen space|\bnoise\b|\bair quality\b|\bliving environment\b|\bphysical environment\b/,
  ],
  [
    "work",
    /\bww\b|arbeidsparticipatie|\bparticipatie\b|werklo[o]?s|werkzoekend|\bwerkenden\b|\bunemploy|\bemployment\b|\bjobless|\bparticipation\b/,
  ],
  [
    "income",
    /laag inkomen|lage inkomens?|laagste inkomen|\bbijstand|sociaal minimum|\buitkering|\binkomen|\binkomens|\barmoede|\bschulden|\bincome\b|\bbenefits?\b|\bpoverty\b|\bwelfare\b/,
  ],
  [
    "education",
    /opleidingsniveau|laagopgeleid|hoogopgeleid|\bopgeleid|\bopleiding|\bonderwijs\b|\beducation\b|\bqualifications?\b|\bskills\b/,
  ],
  ["health", /zorg|\bhuisarts|\bggz\b|gezondheid|\bhealth\b|\bziekte|\bdisability\b|\bwmo\b|\blife expectancy\b/],
  [
    "safety",
    /misdrijf|misdrijven|criminaliteit|diefstal|inbraak|geweld|vernieling|\bveiligheid|\bcrime\b|\btheft\b|\bburglary\b|\bviolence\b/,
  ],
  [
    "housing",
    /\bwoz\b|\bhuur|corporatie|woningvoorraad|overbewoning|\bwoningen\b|\bkoopwoning|\bhousing\b|\brent(ed|al)?\b|\bovercrowd/,
  ],
];

/** The theme a header suggests, or null when none of the words is recognised. */
export function suggestTheme(header: string): Theme | null {
  const text = normalizeHeader(header);
  for (const [theme, pattern] of THEME_RULES) if (pattern.test(text)) return theme;
  return null;
}

/** Words that make a higher value the better one. */
const HIGHER_IS_BETTER =
  /\bwoz\b|arbeidsparticipatie|\bparticipatie\b|\bparticipation\b|\bopkomst\b|\bturnout\b|\bses\b|sociaal economische status|socio economic status|(gemiddeld|gemiddelde|mediaan|gestandaardiseerd|besteedbaar|besteedbare)\b.*\binkomen|\binkomen per\b|\b(average|mean|median|household) income\b|\bincome per\b|hoogste inkomen|hoge inkomens?|\bhoog inkomen|highest income|hoogopgeleid|opleidingsniveau hoog|\bhoog opgeleid|\bvermogen\b|\bwealth\b|levensverwachting|life expectancy|ervaren gezondheid goed|\bgood health\b/;

/** Words that make a higher value the worse one, whatever else the header says. */
const HIGHER_IS_WORSE =
  /\blaag\b|\blage\b|\blaagste\b|\blow\b|\blowest\b|\bonder\b|\bminimum\b|\barmoede|\bpoverty\b|werklo|unemploy/;

/**
 * Suggested direction: -1 ("higher is better": income, WOZ value, participation,
 * turnout, SES score) for the obvious cases, else 1 (higher = more deprived).
 */
export function suggestDirection(header: string): 1 | -1 {
  const text = normalizeHeader(header);
  return HIGHER_IS_BETTER.test(text) && !HIGHER_IS_WORSE.test(text) ? -1 : 1;
}

/** Headers of typical comparison indicators (turnout, SES score), not domain indicators. */
export function isComparatorHeader(header: string): boolean {
  return /\bses\b|sociaal economische status|socio economic status|\bopkomst\b|\bturnout\b|\bwoa\b/.test(
    normalizeHeader(header),
  );
}

/** A population count ("Aantal inwoners", "Bevolking", "Population"), not a rate "per 1000 inwoners". */
export function isPopulationHeader(header: string): boolean {
  const text = normalizeHeader(header);
  if (/\bper\b|\bpercentage\b|\bdichtheid\b|\bdensity\b|\brelatief\b/.test(text)) return false;
  return /\binwoners\b|\binwonertal\b|\bbevolking\b|\bpopulation\b|\bpersons\b|\binhabitants\b/.test(text);
}

/** Headers of larger-area columns that can group areas (local deciles). */
export function isGroupHeader(header: string): boolean {
  return /\bgemeente|\bwijk\b|\bwijknaam|\bwijkcode|\bstadsdeel|\bprovincie|\bregio\b|\bgebiedsnaam\b|\bcorop\b|\bggd\b|\bdistrict\b|\bmunicipality\b|\bprovince\b|\bregion\b|\blocal authority\b|\blad\d*\b|\bborough\b/.test(
    normalizeHeader(header),
  );
}

/** Headers naming the area itself (buurt, gebied, LSOA …). */
export function isAreaHeader(header: string): boolean {
  return /\bbuurt|\bgebied|\bwijken en buurten\b|\barea\b|\bneighbourhood|\blsoa|\bnaam\b|\bname\b|\bregio(naam)?\b/.test(
    normalizeHeader(header),
  );
}

/** Headers of codes ("Buurtcode", "LSOA code", "Regiocode"). */
export function isCodeHeader(header: string): boolean {
  return /code\b|\bcodering\b|\bid\b/.test(normalizeHeader(header));
}
