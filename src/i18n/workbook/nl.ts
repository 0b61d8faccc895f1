import { NUMBER_LOCALE } from "../locale";
import type { WorkbookStrings } from "./en";

const count = new Intl.NumberFormat(NUMBER_LOCALE.nl);

/** The workbook layer's refusals in Dutch; the same keys as en.ts (TypeScript checks them). */
export const nl: WorkbookStrings = {
  NO_SELECTION: () => "Er is geen bereik geselecteerd. Selecteer de gegevens met de kopjes en probeer het opnieuw.",
  SELECTION_EMPTY: (d) =>
    `De selectie ${d.address} bevat geen gegevens. Selecteer de gegevens met de kopjes, of kies een tabel.`,
  SELECTION_TOO_LARGE: (d) =>
    `De gegevens in ${d.address} zijn ${count.format(d.rows ?? 0)} rijen × ${count.format(d.columns ?? 0)} kolommen: ` +
    `meer dan de ${count.format(d.limit ?? 0)} cellen die Excel in één keer aan een invoegtoepassing doorgeeft. ` +
    "Selecteer alleen de kolommen die de index nodig heeft (gebiedscode, groep, inwoners en de indicatoren), of minder rijen.",
  TABLE_NOT_FOUND: (d) => `Er is geen tabel met de naam "${d.table}". Kies een van de tabellen in de lijst.`,
  TABLE_NAME_INVALID: (d) =>
    `"${d.table}" kan geen tabelnaam zijn: gebruik letters, cijfers, "_" en ".", begin met een letter, en geen celadres.`,
  TABLE_NAME_TAKEN: (d) =>
    `Er bestaat al een tabel "${d.table}" op blad "${d.otherSheet}". Geef die tabel eerst een andere naam of verwijder hem.`,
  TABLE_NAME_DUPLICATE: (d) => `De tabelnaam "${d.table}" komt twee keer voor in één schrijfopdracht.`,
  HEADER_INVALID: (d) =>
    `Tabel "${d.table}" heeft voor elke kolom een uniek, niet-leeg kopje nodig ("${d.header ?? ""}" is leeg of dubbel).`,
  ROW_TOO_LONG: (d) => `Een rij van tabel "${d.table}" heeft meer cellen dan de tabel kopjes heeft.`,
  AREA_OVERLAP: (d) => `Twee tabellen of blokken op blad "${d.sheet}" overlappen bij ${d.address}.`,
  SHEET_NAME_INVALID: (d) =>
    `"${d.sheet}" kan geen bladnaam zijn: 1 tot 31 tekens, geen : \\ / ? * [ ], niet beginnen of eindigen met '.`,
  SHEET_EXISTS: (d) => `Er bestaat al een blad met de naam "${d.sheet}".`,
  SHEET_NOT_FOUND: (d) => `Er is geen blad met de naam "${d.sheet}".`,
  ADDRESS_INVALID: (d) => `"${d.address}" is geen cel- of bereikadres zoals B2 of B2:H480.`,
  CHART_EMPTY: (d) => `Grafiek "${d.chart}" heeft geen reeksen: geef ten minste één bereik met waarden.`,
  FORMAT_INVALID: (d) =>
    `De kleurenschaal op ${d.address} heeft 2 of 3 kleuren nodig, en evenveel waarden als kleuren als er waarden zijn.`,
  PICTURES_UNSUPPORTED: () =>
    "Deze versie van Excel kan geen afbeeldingen plaatsen (daarvoor is Excel 2019, Microsoft 365 of Excel op het " +
    "web nodig). De kaart blijft in het taakvenster te zien.",
};
