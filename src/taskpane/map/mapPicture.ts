import type { Language } from "../../i18n/language";
import type { Strings } from "../../i18n/taskpane";
import type { PictureSpec } from "../../workbook/model";
import type { BoundaryLayer, CoordinateSystem } from "./boundaries";
import type { MapJoin } from "./join";
import { shapeFills } from "./mapColors";
import { legendEntries } from "./mapLegend";
import type { ShownMeasure } from "./mapShow";
import { drawingSize, mapSvgDocument } from "./mapSvg";
import type { Geo } from "./loadGeo";

/** Width of the map in the picture, in pixels (the legend comes beside it). */
const PICTURE_MAP_WIDTH = 560;
const PICTURE_MAX_HEIGHT = 640;
/** Pixels (at 96 dpi) to points, Excel's unit for shapes. */
const POINTS_PER_PIXEL = 0.75;

export interface MapPictureInput {
  readonly layer: BoundaryLayer;
  readonly coordinates: CoordinateSystem;
  readonly join: MapJoin;
  readonly shown: ShownMeasure;
  readonly areas: number;
  readonly credit: string;
  readonly strings: Strings;
  readonly language: Language;
  /** Where the picture goes, e.g. "AF5". */
  readonly topLeft: string;
}

/**
 * The map as a picture for the workbook: drawn larger than in the pane, with its title, legend and credit
 * inside the image (a picture on a sheet has no pane around it), and alt text saying what it shows.
 */
export function mapPicture(geo: Pick<Geo, "projectShapes">, input: MapPictureInput): PictureSpec {
  const { strings, shown, join } = input;
  const t = strings.map;
  const map = geo.projectShapes(input.layer.shapes, input.coordinates, {
    width: PICTURE_MAP_WIDTH,
    maxHeight: PICTURE_MAX_HEIGHT,
  });
  const drawing = {
    title: t.title(shown.label),
    subtitle: t.subtitle(join.drawn, input.areas),
    map,
    fills: shapeFills(shown.shade, join.rowOfShape),
    legend: legendEntries(shown.shade, strings, input.language),
    credit: input.credit,
    outline: shown.shade.measure === "coverage" ? "#a0a0a0" : undefined,
  };
  const { width, height } = drawingSize(drawing);
  return {
    name: t.pictureName,
    svg: mapSvgDocument(drawing),
    topLeft: input.topLeft,
    width: Math.round(width * POINTS_PER_PIXEL),
    height: Math.round(height * POINTS_PER_PIXEL),
    description: t.description(join.drawn, shown.label),
  };
}
