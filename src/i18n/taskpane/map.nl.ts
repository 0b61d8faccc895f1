import type { map as en } from "./map.en";

/** De teksten van de stap Kaart en van de kaartafbeelding die zij plaatst (zie map.en.ts). */
export const map: typeof en = {
  tab: "Kaart",
  heading: "5. Kaart",
  intro:
    "Waar de achterstand ligt: elk gebied in de kleur van zijn MDI-deciel op het blad MDI (1 = meeste achterstand, rood). Wijs een gebied aan, of zet de focus op de kaart en loop met de pijltjestoetsen langs de gebieden.",
  reading: "Het blad MDI en de grenzen worden gelezen…",
  noMdi: "De MDI is nog niet berekend: bereken hem eerst in stap 4.",
  mismatch: (mdiRows: number, rows: number) =>
    `Het blad MDI bevat ${mdiRows} gebieden en de gegevens ${rows}: bereken de MDI opnieuw in stap 4.`,
  boundaries: "Grenzen",
  bundled: {
    gemeente_2024: "Gemeenten 2024 (342, ingebouwd)",
    provincie_2024: "Provincies 2024 (12, ingebouwd)",
    gemeente_2019: "Gemeenten 2019 (355, ingebouwd)",
  },
  ownFile: (file: string) => `Eigen bestand: ${file}`,
  openFile: "Grenzenbestand openen…",
  fileHint:
    "GeoJSON of TopoJSON in WGS84 of RD New (EPSG:28992), bijvoorbeeld de CBS wijk- en buurtkaart van PDOK of het buurtenbestand van uw gemeente; u kunt het ook naar deze stap slepen. Het wordt op deze computer gelezen en nergens heen gestuurd; de werkmap bewaart alleen de naam.",
  fileAgain: (file: string) =>
    `De kaart is het laatst getekend op uw bestand ${file}: de werkmap bewaart alleen de naam, dus open het opnieuw om de kaart te tekenen.`,
  noBundledMatch:
    "Geen van de ingebouwde grenzen (gemeenten, provincies) past bij deze gebieden: open een eigen grenzenbestand, bijvoorbeeld de CBS wijk- en buurtkaart met de buurten of wijken.",
  readingFile: (file: string) => `${file} wordt gelezen…`,
  fileErrors: {
    NOT_JSON: (file: string) => `${file} is geen GeoJSON- of TopoJSON-bestand (het is geen JSON).`,
    NOT_GEOMETRY: (file: string) => `${file} is JSON, maar geen GeoJSON of TopoJSON.`,
    NO_POLYGONS: (file: string) => `${file} bevat geen gebieden (polygonen), alleen punten of lijnen.`,
    UNKNOWN_COORDINATES: (file: string, box: string, crs: string) =>
      `De coördinaten van ${file} zijn geen WGS84 (graden) en geen RD New (EPSG:28992, meters)${crs ? `: het bestand noemt ${crs}` : ""} (omvang ${box}). Exporteer het opnieuw in een van die twee, bijvoorbeeld met QGIS.`,
    TOO_LARGE: (file: string, limit: string) =>
      `${file} is groter dan ${limit}: gebruik een gegeneraliseerd grenzenbestand (PDOK biedt die) of het deel van één gemeente.`,
  },
  noMatch: (file: string) =>
    `Geen kenmerk van ${file} komt overeen met de codes of namen van de gebieden. Controleer of het bestand dezelfde soort gebieden (buurten, wijken of gemeenten) en hetzelfde jaar heeft als de gegevens.`,
  joined: (drawn: number, total: number, column: string, property: string) =>
    `${drawn} van ${total} gebieden getekend, gekoppeld op “${column}” = “${property}”.`,
  withoutShape: (n: number) =>
    n === 1 ? "1 gebied uit de gegevens heeft geen vorm" : `${n} gebieden uit de gegevens hebben geen vorm`,
  withoutArea: (n: number) =>
    n === 1 ? "1 vorm heeft geen gebied in de gegevens" : `${n} vormen hebben geen gebied in de gegevens`,
  byName: "Gekoppeld op namen, omdat geen code overeenkwam: controleer de gebieden zonder vorm.",
  areasWithoutShape: "Gebieden zonder vorm",
  shapesWithoutArea: "Vormen zonder gebied",
  show: "Toon",
  shows: {
    mdi: "MDI (landelijk deciel)",
    coverage: "Dekking (aandeel van het gewicht met gegevens)",
    change: "Verandering van de MDI sinds de eerdere periode",
    domain: (name: string) => `${name} (deciel)`,
  },
  legend: "Legenda",
  legendDecile: (decile: number, areas: number) =>
    decile === 1
      ? `1 meeste achterstand (${areas})`
      : decile === 10
        ? `10 minste achterstand (${areas})`
        : `${decile} (${areas})`,
  legendCoverage: (from: string, to: string, areas: number, complete: boolean) =>
    complete ? `volledig, ${to} (${areas})` : `${from} tot ${to} (${areas})`,
  legendChange: (from: string, to: string, areas: number, kind: "lowest" | "between" | "highest") =>
    kind === "lowest"
      ? `onder ${to}, minder achterstand (${areas})`
      : kind === "highest"
        ? `${from} of meer, meer achterstand (${areas})`
        : `${from} tot ${to} (${areas})`,
  legendNoData: (areas: number) => `geen waarde (${areas})`,
  credit: "Kaart: Kadaster / Centraal Bureau voor de Statistiek (CC BY 4.0)",
  ownCredit: (file: string) => `Grenzen: ${file}`,
  title: (what: string) => `MDI-kaart: ${what}`,
  subtitle: (drawn: number, total: number) => `${drawn} van ${total} gebieden getekend`,
  description: (drawn: number, what: string) =>
    `Kaart van ${drawn} gebieden, gekleurd naar ${what}. De tabel onder de kaart geeft dezelfde cijfers.`,
  area: (name: string, score: string, rank: string, decile: string) =>
    `${name}: MDI ${score}, rang ${rank}, deciel ${decile}`,
  areaValue: (label: string, value: string) => `${label}: ${value}`,
  noScore: (name: string) => `${name}: geen MDI-score`,
  noValue: "geen waarde",
  keys: "Pijltjestoetsen: volgend of vorig gebied in volgorde van rang; Home en End: het eerste en het laatste.",
  showTable: "Kaart als tabel tonen",
  hideTable: "Tabel verbergen",
  columns: { area: "Gebied", score: "MDI-score", rank: "Rang", decile: "Deciel", shown: "Getoonde waarde" },
  place: "Kaart in de werkmap zetten",
  placing: "De kaart wordt geplaatst…",
  placed: (places: string) => `De kaart staat als afbeelding op ${places}.`,
  pictureName: "MDI-kaart",
};
