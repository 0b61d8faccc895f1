import type { EngineErrorCode, EngineErrorDetails } from "../engine/errors";
import type { Language } from "../i18n/language";

/**
 * What each refusal says, in Dutch and English. A message names the argument
 * (as the user sees it in the formula) and says what to change.
 */
type Template = (d: EngineErrorDetails & { argument: string }) => string;

const nth = (i: number | undefined) => (i === undefined ? "" : ` ${i + 1}`);
const rowCol = (d: EngineErrorDetails, language: Language) => {
  const parts: string[] = [];
  if (d.row !== undefined) parts.push(language === "nl" ? `rij ${d.row + 1}` : `row ${d.row + 1}`);
  if (d.column !== undefined) parts.push(language === "nl" ? `kolom ${d.column + 1}` : `column ${d.column + 1}`);
  return parts.length ? ` (${parts.join(", ")})` : "";
};

/**
 * Bounds that cannot hold a budget (=MDI.ALLOCATE), said with the amounts and by how much they miss:
 * floors above the budget, caps below it, a cap below its own floor, or a rule that gives every area 0.
 */
const infeasible = (d: EngineErrorDetails & { argument: string }, language: Language): string => {
  const nl = language === "nl";
  const format = new Intl.NumberFormat(nl ? "nl-NL" : "en-GB", { maximumFractionDigits: 2 });
  const num = (v: number | string | undefined) => (typeof v === "number" ? format.format(v) : String(v ?? ""));
  const gap =
    typeof d.actual === "number" && typeof d.expected === "number" ? num(Math.abs(d.actual - d.expected)) : "";
  if (d.actual === undefined && typeof d.value === "number") {
    const where = d.row === undefined ? "" : nl ? ` in rij ${d.row + 1}` : ` in row ${d.row + 1}`;
    return nl
      ? `${d.argument}:${where} ligt de bovengrens (${num(d.value)}) onder de ondergrens (${num(d.expected)}); maak de bovengrens minstens zo hoog als de ondergrens.`
      : `${d.argument}:${where} the cap (${num(d.value)}) is below the floor (${num(d.expected)}); make the cap at least the floor.`;
  }
  if (d.parameter === "floor") {
    return nl
      ? `${d.argument}: de ondergrenzen tellen op tot ${num(d.actual)}, ${gap} meer dan het budget (${num(d.expected)}); verlaag de ondergrenzen of verhoog het budget.`
      : `${d.argument}: the floors add up to ${num(d.actual)}, ${gap} more than the budget (${num(d.expected)}); lower the floors or raise the budget.`;
  }
  if (d.parameter === "cap") {
    return nl
      ? `${d.argument}: binnen de bovengrenzen kan hooguit ${num(d.actual)} worden verdeeld, ${gap} minder dan het budget (${num(d.expected)}); verhoog de bovengrenzen of verlaag het budget.`
      : `${d.argument}: within the caps at most ${num(d.actual)} can be allocated, ${gap} less than the budget (${num(d.expected)}); raise the caps or lower the budget.`;
  }
  if (d.actual === 0) {
    return nl
      ? `${d.argument}: met deze regel krijgt elk gebied 0 (alle waarden zijn 0), dus het budget (${num(d.expected)}) kan niet worden verdeeld; geef minstens één gebied een waarde boven 0.`
      : `${d.argument}: under this rule every area gets 0 (all values are 0), so the budget (${num(d.expected)}) cannot be shared; give at least one area a value above 0.`;
  }
  return `${d.argument}: ${d.value}.`;
};

export const MESSAGES: Record<Language, Record<EngineErrorCode, Template>> = {
  en: {
    TOO_FEW_ROWS: (d) => `${d.argument}: needs at least ${d.expected ?? 2} rows (one per area), got ${d.actual ?? 0}.`,
    WEIGHT_COUNT: (d) => `${d.argument}: give one weight per column (${d.expected}), got ${d.actual}.`,
    WEIGHT_INVALID: (d) => `${d.argument}: weight${nth(d.column)} is "${d.value}"; weights must be numbers ≥ 0.`,
    WEIGHT_ZERO: (d) => `${d.argument}: all weights are 0; give at least one weight above 0.`,
    DIRECTION_COUNT: (d) => `${d.argument}: give one direction per column (${d.expected}), got ${d.actual}.`,
    DIRECTION_INVALID: (d) =>
      `${d.argument}: direction${nth(d.column)} is "${d.value}"; use 1 (higher = more deprived) or -1 (higher = less deprived).`,
    METHOD_UNKNOWN: (d) => `${d.argument}: unknown method "${d.value}"; use one of ${d.expected}.`,
    NOT_POSITIVE: (d) =>
      `${d.argument}: a geometric mean needs values above 0, found ${d.value}${rowCol(d, "en")}; rescale first or use another method.`,
    ZERO_VARIANCE: (d) =>
      `${d.argument}: all values${rowCol(d, "en")} are equal, so there is no spread to normalise by; remove that column.`,
    LENGTH_MISMATCH: (d) =>
      `${d.argument}: expected ${d.expected} values, got ${d.actual}; make the ranges the same size.`,
    PARAMETER_INVALID: (d) =>
      d.value === "" && d.row !== undefined
        ? `${d.argument}: row ${(d.row ?? 0) + 1} is blank; every area needs a number here (a missing value is never counted as 0).`
        : `${d.argument}: "${d.value}"${rowCol(d, "en")} is not allowed${d.expected ? `; expected ${d.expected}` : ""}.`,
    TOO_FEW_VALUES: (d) => `${d.argument}: needs at least ${d.expected} values${rowCol(d, "en")}, got ${d.actual}.`,
    NUMBER_INVALID: (d) => `${d.argument}: ${d.value}${rowCol(d, "en")} is not a usable number.`,
    INFEASIBLE: (d) => infeasible(d, "en"),
  },
  nl: {
    TOO_FEW_ROWS: (d) =>
      `${d.argument}: minstens ${d.expected ?? 2} rijen nodig (één per gebied), gevonden ${d.actual ?? 0}.`,
    WEIGHT_COUNT: (d) => `${d.argument}: geef één gewicht per kolom (${d.expected}), gevonden ${d.actual}.`,
    WEIGHT_INVALID: (d) => `${d.argument}: gewicht${nth(d.column)} is "${d.value}"; gewichten zijn getallen ≥ 0.`,
    WEIGHT_ZERO: (d) => `${d.argument}: alle gewichten zijn 0; geef minstens één gewicht groter dan 0.`,
    DIRECTION_COUNT: (d) => `${d.argument}: geef één richting per kolom (${d.expected}), gevonden ${d.actual}.`,
    DIRECTION_INVALID: (d) =>
      `${d.argument}: richting${nth(d.column)} is "${d.value}"; gebruik 1 (hoger is ongunstiger) of -1 (hoger is gunstiger).`,
    METHOD_UNKNOWN: (d) => `${d.argument}: onbekende methode "${d.value}"; kies uit ${d.expected}.`,
    NOT_POSITIVE: (d) =>
      `${d.argument}: een meetkundig gemiddelde vraagt waarden boven 0, gevonden ${d.value}${rowCol(d, "nl")}; schaal eerst of kies een andere methode.`,
    ZERO_VARIANCE: (d) =>
      `${d.argument}: alle waarden${rowCol(d, "nl")} zijn gelijk, er is geen spreiding om mee te normaliseren; laat die kolom weg.`,
    LENGTH_MISMATCH: (d) =>
      `${d.argument}: ${d.expected} waarden verwacht, gevonden ${d.actual}; maak de bereiken even groot.`,
    PARAMETER_INVALID: (d) =>
      d.value === "" && d.row !== undefined
        ? `${d.argument}: rij ${(d.row ?? 0) + 1} is leeg; elk gebied heeft hier een getal nodig (een ontbrekende waarde telt nooit als 0).`
        : `${d.argument}: "${d.value}"${rowCol(d, "nl")} is niet toegestaan${d.expected ? `; verwacht ${d.expected}` : ""}.`,
    TOO_FEW_VALUES: (d) =>
      `${d.argument}: minstens ${d.expected} waarden nodig${rowCol(d, "nl")}, gevonden ${d.actual}.`,
    NUMBER_INVALID: (d) => `${d.argument}: ${d.value}${rowCol(d, "nl")} is geen bruikbaar getal.`,
    INFEASIBLE: (d) => infeasible(d, "nl"),
  },
};

/** Messages the adapters raise themselves (not engine refusals). */
export const INPUT_MESSAGES = {
  en: {
    notNumber: (argument: string, row: number, column: number, value: string) =>
      `${argument}: cell in row ${row + 1}, column ${column + 1} holds "${value}", not a number; enter a number or leave it blank.`,
    notText: (argument: string) => `${argument}: expected a text such as "exp".`,
    notSingle: (argument: string) => `${argument}: expected a single value, not a range.`,
    vectorShape: (argument: string) => `${argument}: expected one row or one column.`,
    ragged: (argument: string) => `${argument}: rows of different lengths; select a rectangular range.`,
    missingArea: (argument: string, column: number) =>
      `${argument}: this area has no value in column ${column + 1}, so it gets no score (a missing value is never counted as 0).`,
    expectedNumber: (argument: string) => `${argument}: expected a single number, or leave it empty for the default.`,
    expectedFlag: (argument: string) => `${argument}: expected TRUE or FALSE.`,
    expectedMethod: (argument: string, example: string) => `${argument}: expected a method name such as "${example}".`,
    sizeMismatch: (argument: string, expected: number, actual: number) =>
      `${argument}: has ${actual} cells where the first range has ${expected}; select two ranges of the same size.`,
    groupCode: (argument: string, row: number, value: string) =>
      `${argument}: row ${row + 1} holds ${value}; a group code is a text or a number (leave it blank for no group).`,
    missingValue: (argument: string) =>
      `${argument}: this area has no value, so it gets no result (a missing value is never counted as 0).`,
    tooFewPairs: (what: string, minimum: number) => `${what}: needs at least ${minimum} complete pairs.`,
    incompleteGroup: (argument: string, row: number) =>
      `${argument}: row ${row + 1} of this group has no value, so the group gets no summary (a missing value is never counted as 0).`,
    groupWithoutPopulation: () =>
      `The areas of this group have a population of 0 in total; averages weighted by population need inhabitants.`,
    internal: (message: string) => `Unexpected error in MDI: ${message}. Your data is unchanged.`,
  },
  nl: {
    notNumber: (argument: string, row: number, column: number, value: string) =>
      `${argument}: cel in rij ${row + 1}, kolom ${column + 1} bevat "${value}", geen getal; vul een getal in of laat de cel leeg.`,
    notText: (argument: string) => `${argument}: een tekst verwacht, zoals "exp".`,
    notSingle: (argument: string) => `${argument}: één waarde verwacht, geen bereik.`,
    vectorShape: (argument: string) => `${argument}: één rij of één kolom verwacht.`,
    ragged: (argument: string) => `${argument}: rijen van verschillende lengte; selecteer een rechthoekig bereik.`,
    missingArea: (argument: string, column: number) =>
      `${argument}: dit gebied heeft geen waarde in kolom ${column + 1} en krijgt daarom geen score (een ontbrekende waarde telt nooit als 0).`,
    expectedNumber: (argument: string) => `${argument}: één getal verwacht, of laat leeg voor de standaardwaarde.`,
    expectedFlag: (argument: string) => `${argument}: WAAR of ONWAAR verwacht.`,
    expectedMethod: (argument: string, example: string) => `${argument}: een methodenaam verwacht, zoals "${example}".`,
    sizeMismatch: (argument: string, expected: number, actual: number) =>
      `${argument}: heeft ${actual} cellen terwijl het eerste bereik er ${expected} heeft; selecteer twee even grote bereiken.`,
    groupCode: (argument: string, row: number, value: string) =>
      `${argument}: rij ${row + 1} bevat ${value}; een groepscode is een tekst of een getal (laat leeg voor geen groep).`,
    missingValue: (argument: string) =>
      `${argument}: dit gebied heeft geen waarde en krijgt daarom geen uitkomst (een ontbrekende waarde telt nooit als 0).`,
    tooFewPairs: (what: string, minimum: number) => `${what}: minstens ${minimum} volledige paren nodig.`,
    incompleteGroup: (argument: string, row: number) =>
      `${argument}: rij ${row + 1} van deze groep heeft geen waarde, dus de groep krijgt geen samenvatting (een ontbrekende waarde telt nooit als 0).`,
    groupWithoutPopulation: () =>
      `De gebieden van deze groep hebben samen 0 inwoners; gemiddelden gewogen naar inwoners hebben inwoners nodig.`,
    internal: (message: string) => `Onverwachte fout in MDI: ${message}. Uw gegevens zijn niet gewijzigd.`,
  },
} as const;
