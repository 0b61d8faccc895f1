import type { ColorScaleFormat, PageSetup } from "../workbook/model";

/** How the add-in's sheets look in Excel: colour scales, column widths, print layout. */

/** Excel's colour-scale criteria for a ColorScaleFormat: fixed points when given, else lowest, (median,) highest. */
export function colorScaleCriteria(format: ColorScaleFormat): Excel.ConditionalColorScaleCriteria {
  const [low, mid, high] = format.colors.length >= 3 ? format.colors : [format.colors[0], undefined, format.colors[1]];
  const points = format.points;
  const criterion = (
    color: string,
    index: number,
    fallback: "LowestValue" | "Percentile" | "HighestValue",
  ): Excel.ConditionalColorScaleCriterion =>
    points && points[index] !== undefined
      ? { color, type: "Number", formula: String(points[index]) }
      : { color, type: fallback, formula: fallback === "Percentile" ? "50" : undefined };
  const last = format.colors.length >= 3 ? 2 : 1;
  const criteria: Excel.ConditionalColorScaleCriteria = {
    minimum: criterion(low, 0, "LowestValue"),
    maximum: criterion(high as string, last, "HighestValue"),
  };
  if (mid !== undefined) criteria.midpoint = criterion(mid, 1, "Percentile");
  return criteria;
}

/** Column width in points for a width in characters of Excel's default font (7 px a character + 5 px padding). */
export function widthInPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

/** Orientation and fit-to-pages, so a briefing prints on one page. */
export function applyPageSetup(sheet: Excel.Worksheet, setup: PageSetup): void {
  if (setup.orientation) sheet.pageLayout.orientation = setup.orientation === "landscape" ? "Landscape" : "Portrait";
  if (setup.fitToPagesWide || setup.fitToPagesTall) {
    sheet.pageLayout.zoom = {
      horizontalFitToPages: setup.fitToPagesWide ?? 0,
      verticalFitToPages: setup.fitToPagesTall ?? 0,
    };
  }
}
