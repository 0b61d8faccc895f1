/**
 * A picture the add-in placed (PictureSpec) as the page shows it: its SVG as a data: URL (the page's
 * Content-Security-Policy allows data: images) and its size in CSS pixels.
 */

/** The SVG document as a data: URL for an <img> or Image. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** Points (Excel's unit for shapes, 1/72 inch) in CSS pixels (1/96 inch). */
export function pointsToPixels(points: number): number {
  return (points * 4) / 3;
}
