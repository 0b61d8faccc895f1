import type { CalcStrings } from "./en";

/** The formula evaluation's messages in Dutch; the same keys as en.ts (TypeScript checks them). */
export const nl: CalcStrings = {
  unsupported: (what) =>
    `Het voorbeeld berekent alleen de MDI-functies, ALS, ISLEEG, ALS.FOUT en celverwijzingen; Excel berekent ${what}. De formule blijft bewaard.`,
  unknownFunction: (name) => `Er is geen functie ${name}. De MDI-functies beginnen met MDI.`,
  internal: (text) => `De functie stopte onverwacht: ${text}`,
  notValue: "De functie gaf iets terug dat niet in een cel past.",
  pending: "De functie gaf een belofte (promise) terug; het voorbeeld berekent alleen directe functies.",
  empty: "De functie gaf geen waarden terug.",
  circular: (cell) => `Kringverwijzing: ${cell} hangt af van zijn eigen uitkomst.`,
  spill: (area, cell) =>
    `De uitkomst heeft ${area} nodig, maar ${cell} is niet leeg. Maak die cel leeg om de uitkomst te tonen.`,
  spillEdge: (area) => `De uitkomst heeft ${area} nodig en loopt voorbij de rand van het blad.`,
  spillTable: (area, table) =>
    `De uitkomst heeft ${area} nodig, en dat ligt in tabel ${table}: Excel laat uitkomsten niet overlopen in een tabel. Zet de formule buiten de tabel.`,
  noSheet: (sheet) => `Er is geen blad met de naam "${sheet}".`,
  noSpill: (cell) => `${cell} bevat geen formule met een overlopende uitkomst, dus ${cell}# verwijst nergens naar.`,
  ifErrorArguments: "ALS.FOUT heeft een waarde nodig en één waarde om in plaats van een fout te tonen.",
  ifArguments: "ALS heeft een voorwaarde, een waarde als waar en eventueel een waarde als onwaar.",
  isBlankArguments: "ISLEEG heeft één waarde of bereik.",
  notCondition: (value) => `ALS heeft WAAR, ONWAAR of een getal als voorwaarde nodig, niet "${value}".`,
};
