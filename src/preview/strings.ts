/**
 * Every text of the preview page, in Dutch and English. The task pane has its own strings;
 * these are the page around it. A test checks both languages have every key.
 */
import type { Language } from "../i18n/language";
import type { FileErrorCode, PreviewFileError } from "./io/fileError";

const en = {
  title: "MDI for Excel — preview",
  workbook: "Workbook",
  pane: "MDI task pane",
  toolbar: "Workbook actions",
  openFile: "Open file…",
  openFileLabel: "Open an .xlsx or .csv file",
  sample: "Sample workbook",
  export: "Export .xlsx",
  language: "Language (page and pane)",
  loading: "Opening {name}…",
  loaded: "{name}: {sheets} sheet(s); “{first}” has {rows} rows under its header row.",
  dropHere: "Drop an .xlsx or .csv file to open it",
  exported:
    "Saved {name}: values, formulas with their results, tables, formats and the output sheets. " +
    "Charts are not in the .xlsx (the spreadsheet library cannot write charts); their data tables are, " +
    "and the preview draws the charts again when you open the file here.",
  exportFailed: "The workbook could not be exported: {detail}",
  loadFailed: "The file could not be opened: {detail}",
  sheets: "Sheets",
  grid: "Sheet {name}",
  selectAll: "Select all",
  nameBox: "Name Box (selected cell)",
  formulaBar: "Formula or value of the selected cell",
  chart: "Chart: {title}",
  dismiss: "Dismiss",
  english: "English",
  dutch: "Nederlands",
  samples: {
    amsterdam: "Amsterdam, 479 buurten 2019 (CBS)",
    gemeenten: "Dutch municipalities 2024 (CBS)",
    england: "England, 33,755 LSOAs (IoD2025)",
  },
  fileErrors: {
    notSpreadsheet: "“{name}” is not a spreadsheet. Open an .xlsx workbook or a .csv file with a header row.",
    legacyXls:
      "“{name}” is an old .xls workbook. Open it in Excel, save it as .xlsx (Excel Workbook), then open that file here.",
    empty: "“{name}” is empty: there is no data in it.",
    noNumericColumns:
      "“{name}” has no column with numbers, so there is nothing to build an index from. " +
      "Check that the file has a header row, one row per area, and numbers with a decimal point or comma.",
    tooLarge: "“{name}” is too large for the preview ({detail}). Use Excel with the add-in for data of this size.",
  } satisfies Record<FileErrorCode, string>,
};

type Strings = typeof en;

const nl: Strings = {
  title: "MDI voor Excel — voorbeeldweergave",
  workbook: "Werkmap",
  pane: "MDI-taakvenster",
  toolbar: "Werkmapacties",
  openFile: "Bestand openen…",
  openFileLabel: "Een .xlsx- of .csv-bestand openen",
  sample: "Voorbeeldwerkmap",
  export: "Exporteren als .xlsx",
  language: "Taal (pagina en taakvenster)",
  loading: "{name} wordt geopend…",
  loaded: "{name}: {sheets} werkblad(en); “{first}” heeft {rows} rijen onder de kopregel.",
  dropHere: "Laat een .xlsx- of .csv-bestand hier los om het te openen",
  exported:
    "{name} opgeslagen: waarden, formules met hun uitkomsten, tabellen, opmaak en de uitvoerbladen. " +
    "Grafieken zitten niet in het .xlsx-bestand (de spreadsheetbibliotheek kan geen grafieken schrijven); " +
    "hun gegevenstabellen wel, en de voorbeeldweergave tekent de grafieken opnieuw als u het bestand hier opent.",
  exportFailed: "De werkmap kon niet worden geëxporteerd: {detail}",
  loadFailed: "Het bestand kon niet worden geopend: {detail}",
  sheets: "Werkbladen",
  grid: "Werkblad {name}",
  selectAll: "Alles selecteren",
  nameBox: "Naamvak (geselecteerde cel)",
  formulaBar: "Formule of waarde van de geselecteerde cel",
  chart: "Grafiek: {title}",
  dismiss: "Sluiten",
  english: "English",
  dutch: "Nederlands",
  samples: {
    amsterdam: "Amsterdam, 479 buurten 2019 (CBS)",
    gemeenten: "Gemeenten 2024 (CBS)",
    england: "Engeland, 33.755 LSOA's (IoD2025)",
  },
  fileErrors: {
    notSpreadsheet: "“{name}” is geen spreadsheet. Open een .xlsx-werkmap of een .csv-bestand met een kopregel.",
    legacyXls:
      "“{name}” is een oude .xls-werkmap. Open hem in Excel, sla hem op als .xlsx (Excel-werkmap) en open dat bestand hier.",
    empty: "“{name}” is leeg: er staan geen gegevens in.",
    noNumericColumns:
      "“{name}” heeft geen kolom met getallen, dus er is niets om een index van te maken. " +
      "Controleer of het bestand een kopregel heeft, één rij per gebied, en getallen met een decimale komma of punt.",
    tooLarge:
      "“{name}” is te groot voor de voorbeeldweergave ({detail}). Gebruik Excel met de invoegtoepassing voor zoveel gegevens.",
  },
};

export const STRINGS: Record<Language, Strings> = { en, nl };

/**
 * A template with its {placeholders} filled in.
 * @example fill("Sheet {name}", { name: "MDI" }) // "Sheet MDI"
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** The message for a file that could not be opened, in the user's language. */
export function fileErrorMessage(error: PreviewFileError, language: Language): string {
  return fill(STRINGS[language].fileErrors[error.code], { name: error.fileName, detail: error.detail ?? "" });
}
