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
      `${d.argument}: "${d.value}" is not allowed${d.expected ? `; expected ${d.expected}` : ""}.`,
    TOO_FEW_VALUES: (d) => `${d.argument}: needs at least ${d.expected} values${rowCol(d, "en")}, got ${d.actual}.`,
    NUMBER_INVALID: (d) => `${d.argument}: ${d.value}${rowCol(d, "en")} is not a usable number.`,
    INFEASIBLE: (d) => `${d.argument}: ${d.value}.`,
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
      `${d.argument}: "${d.value}" is niet toegestaan${d.expected ? `; verwacht ${d.expected}` : ""}.`,
    TOO_FEW_VALUES: (d) =>
      `${d.argument}: minstens ${d.expected} waarden nodig${rowCol(d, "nl")}, gevonden ${d.actual}.`,
    NUMBER_INVALID: (d) => `${d.argument}: ${d.value}${rowCol(d, "nl")} is geen bruikbaar getal.`,
    INFEASIBLE: (d) => `${d.argument}: ${d.value}.`,
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
    internal: (message: string) => `Onverwachte fout in MDI: ${message}. Uw gegevens zijn niet gewijzigd.`,
  },
} as const;
