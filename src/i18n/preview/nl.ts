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
    `${name} opgeslagen: waarden, formules met hun uitkomsten, tabellen, getalnotaties, vet, kleurenschalen, ` +
    "vastgezette rijen, kolombreedtes, de uitvoerbladen en de afbeeldingen die de invoegtoepassing plaatste, zoals " +
    "de kaart (als PNG-afbeelding, zonder alternatieve tekst). Niet in het bestand: grafieken (de " +
    "spreadsheetbibliotheek kan ze niet schrijven; hun gegevenstabellen wel, en de voorbeeldweergave tekent de " +
    "grafieken opnieuw als u het bestand hier opent), en wat de voorbeeldweergave niet uit een werkmap leest: " +
    "opmerkingen, samengevoegde cellen, opvulling en lettertypen, gegevensvalidatie, verborgen rijen en kolommen, " +
    "gedefinieerde namen, hyperlinks (hun tekst blijft), andere voorwaardelijke opmaak, andere afbeeldingen en vormen.",
  nonFiniteBlanked: (cells) =>
    `${count.format(cells)} cel(len) met een getal groter dan Excel kan bevatten (zoals 1e309): leeg gelaten in het bestand.`,
  csvMissing: (fields, markers) =>
    `${count.format(fields)} veld(en) in getalkolommen gelezen als ontbrekend: ${markers}.`,
  csvMarker: (marker, fields) => `${marker === "" ? "leeg" : `“${marker}”`} ${count.format(fields)}×`,
  csvDash: "Het CBS schrijft “-” voor nihil: vul 0 in waar een “-” nul betekent.",
  csvThousands: (columns) => `“.” gelezen als scheiding van duizendtallen (1.234 = 1234) in: ${columns}.`,
  csvOutOfRange: (fields) =>
    `${count.format(fields)} getal(len) groter dan Excel kan bevatten (zoals 1e309) leeg gelaten.`,
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
      `“${name}” is te groot voor de voorbeeldweergave (${detail}; die houdt ten hoogste 5.000.000 cellen en 100 MB). ` +
      "Open alleen de kolommen en rijen die de index nodig heeft, of gebruik Excel met de invoegtoepassing.",
    tooManyRows: (name, detail) =>
      `“${name}” heeft ${count.format(Number(detail))} rijen: meer dan de 1.048.576 die een Excel-werkblad bevat. ` +
      "Splits het bestand (bijvoorbeeld per provincie) of houd alleen de gebieden die u nodig hebt, en open het opnieuw.",
    tooManyColumns: (name, detail) =>
      `“${name}” heeft ${count.format(Number(detail))} kolommen: meer dan de 16.384 die een Excel-werkblad bevat. ` +
      "Houd alleen de kolommen die de index nodig heeft, en open het opnieuw.",
    boundaryFile: (name) =>
      `“${name}” is een grenzenbestand, geen spreadsheet: open het in de stap Kaart van het taakvenster ` +
      "(knop “Grenzenbestand openen…”), of sleep het naar die stap.",
    packed: (name, detail) =>
      `“${name}” pakt uit tot veel meer dan zijn grootte (${detail}): het is beschadigd of gemaakt om het geheugen uit te putten, ` +
      "dus de voorbeeldweergave opent het niet. Open het in Excel en sla een kopie op met alleen uw gegevens.",
  },
};
