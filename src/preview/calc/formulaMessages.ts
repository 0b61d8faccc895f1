import { currentLanguage } from "../../i18n/language";
import { NAMESPACE } from "./functionNames";

/** Messages of the in-memory formula evaluation, in Dutch and English. */
const TEXT = {
  en: {
    unsupported: (what: string) =>
      `The preview computes the MDI functions and cell references only; Excel computes ${what}. The formula is kept.`,
    unknownFunction: (name: string) => `There is no function ${name}. The MDI functions start with ${NAMESPACE}.`,
    internal: (text: string) => `The function stopped unexpectedly: ${text}`,
    notValue: "The function returned something that cannot be shown in a cell.",
    pending: "The function returned a promise; the preview computes synchronous functions only.",
    empty: "The function returned no values.",
    circular: (cell: string) => `Circular reference: ${cell} depends on its own result.`,
    spill: (area: string, cell: string) =>
      `The result needs ${area}, but ${cell} is not empty. Clear it to show the result.`,
    spillEdge: (area: string) => `The result needs ${area}, which runs past the end of the sheet.`,
    spillTable: (area: string, table: string) =>
      `The result needs ${area}, which lies in table ${table}: Excel does not spill results in a table. Put the formula outside the table.`,
    noSheet: (sheet: string) => `There is no sheet named "${sheet}".`,
    noSpill: (cell: string) => `${cell} holds no formula whose result spills, so ${cell}# refers to nothing.`,
    ifErrorArguments: "IFERROR takes a value and one value to show instead of an error.",
  },
  nl: {
    unsupported: (what: string) =>
      `Het voorbeeld berekent alleen de MDI-functies en celverwijzingen; Excel berekent ${what}. De formule blijft bewaard.`,
    unknownFunction: (name: string) => `Er is geen functie ${name}. De MDI-functies beginnen met ${NAMESPACE}.`,
    internal: (text: string) => `De functie stopte onverwacht: ${text}`,
    notValue: "De functie gaf iets terug dat niet in een cel past.",
    pending: "De functie gaf een belofte (promise) terug; het voorbeeld berekent alleen directe functies.",
    empty: "De functie gaf geen waarden terug.",
    circular: (cell: string) => `Kringverwijzing: ${cell} hangt af van zijn eigen uitkomst.`,
    spill: (area: string, cell: string) =>
      `De uitkomst heeft ${area} nodig, maar ${cell} is niet leeg. Maak die cel leeg om de uitkomst te tonen.`,
    spillEdge: (area: string) => `De uitkomst heeft ${area} nodig en loopt voorbij de rand van het blad.`,
    spillTable: (area: string, table: string) =>
      `De uitkomst heeft ${area} nodig, en dat ligt in tabel ${table}: Excel laat uitkomsten niet overlopen in een tabel. Zet de formule buiten de tabel.`,
    noSheet: (sheet: string) => `Er is geen blad met de naam "${sheet}".`,
    noSpill: (cell: string) =>
      `${cell} bevat geen formule met een overlopende uitkomst, dus ${cell}# verwijst nergens naar.`,
    ifErrorArguments: "ALS.FOUT heeft een waarde nodig en één waarde om in plaats van een fout te tonen.",
  },
};

/** Messages of the in-memory formula evaluation, in the user's language. */
export function formulaMessages() {
  return TEXT[currentLanguage()];
}
