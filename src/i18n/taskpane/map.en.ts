/**
 * The texts of the map step (Kaart) and of the map picture it places, in English; part of the task pane's
 * catalogue (en.ts), kept apart so each file stays readable. map.nl.ts has the same keys.
 */
export const map = {
  tab: "Map",
  heading: "5. Map",
  intro:
    "Where the deprived areas lie: each area in the colour of its MDI decile on the sheet MDI (1 = most deprived, red). Point at an area, or focus the map and move through the areas with the arrow keys.",
  reading: "Reading the MDI sheet and the boundaries…",
  noMdi: "The MDI has not been computed yet: compute it in step 4 first.",
  mismatch: (mdiRows: number, rows: number) =>
    `The MDI sheet holds ${mdiRows} areas and the data ${rows}: compute the MDI again in step 4.`,
  boundaries: "Boundaries",
  bundled: {
    gemeente_2024: "Gemeenten 2024 (342, built in)",
    provincie_2024: "Provinces 2024 (12, built in)",
    gemeente_2019: "Gemeenten 2019 (355, built in)",
  },
  ownFile: (file: string) => `Your file: ${file}`,
  openFile: "Open a boundary file…",
  fileHint:
    "GeoJSON or TopoJSON in WGS84 or RD New (EPSG:28992), for example the CBS wijk- en buurtkaart from PDOK or your gemeente's buurt file; you can also drop it on this step. It is read on this computer and sent nowhere; the workbook keeps only its name.",
  fileAgain: (file: string) =>
    `The map was last drawn on your file ${file}: the workbook keeps only its name, so open it again to draw it.`,
  noBundledMatch:
    "None of the built-in boundaries (gemeenten, provinces) fits these areas: open a boundary file of your own, for example the CBS wijk- en buurtkaart with the buurten or wijken.",
  readingFile: (file: string) => `Reading ${file}…`,
  fileErrors: {
    NOT_JSON: (file: string) => `${file} is not a GeoJSON or TopoJSON file (it is not JSON).`,
    NOT_GEOMETRY: (file: string) => `${file} is JSON but not GeoJSON or TopoJSON.`,
    NO_POLYGONS: (file: string) => `${file} holds no areas (polygons), only points or lines.`,
    UNKNOWN_COORDINATES: (file: string, box: string, crs: string) =>
      `The coordinates of ${file} are neither WGS84 (degrees) nor RD New (EPSG:28992, metres)${crs ? `: the file says ${crs}` : ""} (extent ${box}). Export it again in one of those two, for example with QGIS.`,
    TOO_LARGE: (file: string, limit: string) =>
      `${file} is larger than ${limit}: use a generalised boundary file (PDOK offers them) or one gemeente's part.`,
  },
  noMatch: (file: string) =>
    `No attribute of ${file} matches the codes or names of the areas. Check that the file holds the same kind of area (buurten, wijken or gemeenten) and the same year as the data.`,
  joined: (drawn: number, total: number, column: string, property: string) =>
    `${drawn} of ${total} areas drawn, joined on “${column}” = “${property}”.`,
  withoutShape: (n: number) => (n === 1 ? "1 area of the data has no shape" : `${n} areas of the data have no shape`),
  withoutArea: (n: number) => (n === 1 ? "1 shape has no area in the data" : `${n} shapes have no area in the data`),
  byName: "Joined on names, as no code matched: check the areas without a shape.",
  areasWithoutShape: "Areas without a shape",
  shapesWithoutArea: "Shapes without an area",
  show: "Show",
  shows: {
    mdi: "MDI (national decile)",
    coverage: "Coverage (share of the weight with data)",
    change: "Change in MDI since the earlier period",
    domain: (name: string) => `${name} (decile)`,
  },
  legend: "Legend",
  legendDecile: (decile: number, areas: number) =>
    decile === 1
      ? `1 most deprived (${areas})`
      : decile === 10
        ? `10 least deprived (${areas})`
        : `${decile} (${areas})`,
  legendCoverage: (from: string, to: string, areas: number, complete: boolean) =>
    complete ? `complete, ${to} (${areas})` : `${from} to under ${to} (${areas})`,
  legendChange: (from: string, to: string, areas: number, kind: "lowest" | "between" | "highest") =>
    kind === "lowest"
      ? `under ${to}, less deprived (${areas})`
      : kind === "highest"
        ? `${from} or more, more deprived (${areas})`
        : `${from} to under ${to} (${areas})`,
  legendNoData: (areas: number) => `no value (${areas})`,
  credit: "Map: Kadaster / Centraal Bureau voor de Statistiek (CC BY 4.0)",
  ownCredit: (file: string) => `Boundaries: ${file}`,
  title: (what: string) => `MDI map: ${what}`,
  subtitle: (drawn: number, total: number) => `${drawn} of ${total} areas drawn`,
  description: (drawn: number, what: string) =>
    `Map of ${drawn} areas coloured by ${what}. The table under the map lists the same figures.`,
  area: (name: string, score: string, rank: string, decile: string) =>
    `${name}: MDI ${score}, rank ${rank}, decile ${decile}`,
  areaValue: (label: string, value: string) => `${label}: ${value}`,
  noScore: (name: string) => `${name}: no MDI score`,
  noValue: "no value",
  keys: "Arrow keys: next or previous area in rank order; Home and End: the first and the last.",
  showTable: "Show the map as a table",
  hideTable: "Hide the table",
  columns: { area: "Area", score: "MDI score", rank: "Rank", decile: "Decile", shown: "Shown value" },
  place: "Place the map in the workbook",
  placing: "Placing the map…",
  placed: (places: string) => `The map was placed as a picture at ${places}.`,
  pictureName: "MDI map",
};
