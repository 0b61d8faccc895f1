import type { ProjectedMap } from "./projection";

/**
 * The map as one standalone SVG document: the picture placed in the workbook
 * (Excel's shapes.addSvg; the preview draws and exports the same). It carries
 * everything a reader of the sheet needs without the pane: a title, the
 * areas, the legend with the count per class, and the boundaries' credit.
 */

export interface LegendEntry {
  readonly color: string;
  readonly label: string;
}

export interface MapDrawing {
  readonly title: string;
  /** A line under the title: what is shown, how many areas were drawn. */
  readonly subtitle: string;
  readonly map: ProjectedMap;
  /** Per shape, its fill; shapes without an area are drawn in `blank`. */
  readonly fills: readonly string[];
  readonly legend: readonly LegendEntry[];
  /** The boundaries' source, e.g. "Kaart: Kadaster / Centraal Bureau voor de Statistiek (CC BY 4.0)". */
  readonly credit: string;
  /** The colour of the areas' outlines: white, or grey where white areas must stay visible (coverage). */
  readonly outline?: string;
}

const FONT = "Segoe UI, Arial, sans-serif";
const TITLE_HEIGHT = 44;
const LEGEND_WIDTH = 190;
const ROW = 18;

/** Text for XML: &, <, > and quotes escaped. */
export function xmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Width and height of the whole picture in pixels. */
export function drawingSize(drawing: MapDrawing): { width: number; height: number } {
  const legendHeight = (drawing.legend.length + 1) * ROW + 8;
  return {
    width: drawing.map.width + LEGEND_WIDTH,
    height: TITLE_HEIGHT + Math.max(drawing.map.height, legendHeight) + 22,
  };
}

/** The standalone SVG document (UTF-8, no external references: no fonts, images or links to fetch). */
export function mapSvgDocument(drawing: MapDrawing): string {
  const { width, height } = drawingSize(drawing);
  const { map } = drawing;
  const paths = map.paths.map((d, i) => (d ? `<path d="${d}" fill="${drawing.fills[i]}"/>` : "")).join("");
  const legendX = map.width + 8;
  const legend = drawing.legend
    .map(
      (entry, i) =>
        `<rect x="${legendX}" y="${TITLE_HEIGHT + i * ROW}" width="14" height="12" fill="${entry.color}" stroke="#808080" stroke-width="0.5"/>` +
        `<text x="${legendX + 20}" y="${TITLE_HEIGHT + i * ROW + 10}">${xmlText(entry.label)}</text>`,
    )
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${FONT}" font-size="11" fill="#242424">` +
    `<title>${xmlText(drawing.title)}</title>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    `<text x="4" y="18" font-size="15" font-weight="600">${xmlText(drawing.title)}</text>` +
    `<text x="4" y="34">${xmlText(drawing.subtitle)}</text>` +
    `<g transform="translate(0 ${TITLE_HEIGHT})" stroke="${drawing.outline ?? "#ffffff"}" stroke-width="0.4" fill-rule="evenodd">${paths}</g>` +
    legend +
    `<text x="4" y="${height - 6}" font-size="10" fill="#616161">${xmlText(drawing.credit)}</text>` +
    `</svg>`
  );
}
