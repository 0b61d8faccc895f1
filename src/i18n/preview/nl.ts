import { NUMBER_LOCALE } from "../locale";
import type { PreviewStrings } from "./en";

const count = new Intl.NumberFormat(NUMBER_LOCALE.nl);

/** Every text of the preview page in Dutch; the same keys as en.ts (TypeScript checks them). */
export const nl: PreviewStrings = {
  title: "MDI voor Excel — voorbeeldweergave",
  workbook: "Werkmap",
  pane: "MDI-taakvenster",
  toolbar: "Werkmapacties",
  openFile: "Bestand openen…",
  openFileLabel: "Een .xlsx- of .csv-bestand openen",
  sample: "Voorbeeldwerkmap",
  export: "Exporteren als .xlsx",
  language: "Taal (pagina en taakvenster)",
  loading: (name) => `${name} wordt geopend…`,
  loaded: (name, sheets, first, rows) =>
    `${name}: ${sheets} werkblad(en); “${first}” heeft ${count.format(rows)} rijen onder de kopregel.`,
  dropHere: "Laat een .xlsx- of .csv-bestand hier los om het te openen",
  exported: (name) =>
    `${name} opgeslagen: waarden, formules met hun uitkomsten, tabellen, opmaak en de uitvoerbladen. ` +
    "Grafieken zitten niet in het .xlsx-bestand (de spreadsheetbibliotheek kan geen grafieken schrijven); " +
    "hun gegevenstabellen wel, en de voorbeeldweergave tekent de grafieken opnieuw als u het bestand hier opent.",
  exportFailed: (detail) => `De werkmap kon niet worden geëxporteerd: ${detail}`,
  loadFailed: (detail) => `Het bestand kon niet worden geopend: ${detail}`,
  sheets: "Werkbladen",
  grid: (name) => `Werkblad ${name}`,
  selectAll: "Alles selecteren",
  nameBox: "Naamvak (geselecteerde cel)",
  formulaBar: "Formule of waarde van de geselecteerde cel",
  chart: (title) => `Grafiek: ${title}`,
  dismiss: "Sluiten",
  english: "English",
  dutch: "Nederlands",
  booleans: { true: "WAAR", false: "ONWAAR" },
  samples: {
    amsterdam: "Amsterdam, 479 buurten 2019 (CBS)",
    amsterdamTrend: "Amsterdam, buurten 2017 en 2019 (CBS)",
    gemeenten: "Gemeenten 2024 (CBS)",
    england: "Engeland, 33.755 LSOA's (IoD2025)",
  },
  fileErrors: {
    notSpreadsheet: (name) =>
      `“${name}” is geen spreadsheet. Open een .xlsx-werkmap of een .csv-bestand met een kopregel.`,
    legacyXls: (name) =>
      `“${name}” is een oude .xls-werkmap. Open hem in Excel, sla hem op als .xlsx (Excel-werkmap) en open dat bestand hier.`,
    empty: (name) => `“${name}” is leeg: er staan geen gegevens in.`,
    noNumericColumns: (name) =>
      `“${name}” heeft geen kolom met getallen, dus er is niets om een index van te maken. ` +
      "Controleer of het bestand een kopregel heeft, één rij per gebied, en getallen met een decimale komma of punt.",
    tooLarge: (name, detail) =>
      `“${name}” is te groot voor de voorbeeldweergave (${detail}). Gebruik Excel met de invoegtoepassing voor zoveel gegevens.`,
  },
};
