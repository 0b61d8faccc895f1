import { NUMBER_LOCALE } from "../locale";
import { type FunctionStrings, percent } from "./en";

const pct = (share: number) => percent(share, NUMBER_LOCALE.nl);

/** The worksheet functions' own words in Dutch; the same keys as en.ts (TypeScript checks them). */
export const nl: FunctionStrings = {
  inputs: {
    notNumber: (argument, row, column, value) =>
      `${argument}: cel in rij ${row + 1}, kolom ${column + 1} bevat "${value}", geen getal; vul een getal in of laat de cel leeg.`,
    notText: (argument) => `${argument}: een tekst verwacht, zoals "exp".`,
    notSingle: (argument) => `${argument}: één waarde verwacht, geen bereik.`,
    vectorShape: (argument) => `${argument}: één rij of één kolom verwacht.`,
    referenceColumns: (argument, expected, actual) =>
      `${argument}: geef de waarden van de basisperiode in dezelfde ${expected} kolom(men) als de gegevens, niet ${actual}.`,
    allBlank: (argument) =>
      `${argument}: alle cellen van het bereik zijn leeg; vul één waarde per kolom in, of laat het argument weg voor de standaard.`,
    ragged: (argument) => `${argument}: rijen van verschillende lengte; selecteer een rechthoekig bereik.`,
    missingArea: (argument, column) =>
      `${argument}: dit gebied heeft geen waarde in kolom ${column + 1} en krijgt daarom geen score (een ontbrekende waarde telt nooit als 0).`,
    expectedNumber: (argument) => `${argument}: één getal verwacht, of laat leeg voor de standaardwaarde.`,
    expectedFlag: (argument) => `${argument}: WAAR of ONWAAR verwacht.`,
    expectedMethod: (argument, example) => `${argument}: een methodenaam verwacht, zoals "${example}".`,
    sizeMismatch: (argument, expected, actual) =>
      `${argument}: heeft ${actual} cellen terwijl het eerste bereik er ${expected} heeft; selecteer twee even grote bereiken.`,
    groupCode: (argument, row, value) =>
      `${argument}: rij ${row + 1} bevat ${value}; een groepscode is een tekst of een getal (laat leeg voor geen groep).`,
    missingValue: (argument) =>
      `${argument}: dit gebied heeft geen waarde en krijgt daarom geen uitkomst (een ontbrekende waarde telt nooit als 0).`,
    tooFewPairs: (what, minimum) => `${what}: minstens ${minimum} volledige paren nodig.`,
    incompleteGroup: (argument, row) =>
      `${argument}: rij ${row + 1} van deze groep heeft geen waarde, dus de groep krijgt geen samenvatting (een ontbrekende waarde telt nooit als 0).`,
    groupWithoutPopulation:
      "De gebieden met een score in deze groep hebben samen 0 inwoners; gemiddelden gewogen naar inwoners hebben inwoners nodig.",
    groupWithoutScores:
      "Geen gebied van deze groep heeft een score, dus de groep krijgt geen samenvatting (een ontbrekende waarde telt nooit als 0).",
    belowCoverage: (argument, present, needed, column, threshold) =>
      `${argument}: dit gebied heeft ${pct(present)} van het gewicht (onder meer geen waarde in kolom ${column + 1}); ${threshold} vraagt ${pct(needed)}, dus het krijgt geen score (een ontbrekende waarde telt nooit als 0).`,
    missingPopulation: (argument, row) =>
      `${argument}: rij ${row + 1} is leeg; de gebieden waarvan de waarden de lege cellen van een groep aanvullen, hebben een aantal inwoners nodig.`,
    internal: (message) => `Onverwachte fout in MDI: ${message}. Uw gegevens zijn niet gewijzigd.`,
  },
  correl: {
    pearson: "Pearson r",
    spearman: "Spearman ρ",
    kendall: "Kendall τ-b",
    p: "p (tweezijdig)",
    n: "n (paren)",
    low: "95%-BI ondergrens",
    high: "95%-BI bovengrens",
    strength: "sterkte",
  },
  contribHeader: (d) => `domein ${d + 1}`,
  summaryHeader: [
    "groep",
    "gebieden",
    "inwoners",
    "gemiddelde score",
    "gemiddelde rang",
    "aandeel in de 10% met de meeste achterstand",
    "omvang (extent)",
    "lokale concentratie",
    "dekking",
  ],
  sensitivityHeader: ["nominale rang", "mediaan rang", "rang 5e percentiel", "rang 95e percentiel"],
  trend: {
    header: ["groep (eerder)", "gebieden", "gemiddelde eerder", "gemiddelde later", "gemiddelde verandering"],
    note: "Let op: rangen zijn relatief; een verandering zegt dat een gebied verschoof ten opzichte van de andere gebieden, niet dat het absoluut beter of slechter werd.",
    excluded: (count) => ` ${count} gebieden zonder beide waarden zijn weggelaten.`,
  },
};
