/**
 * A picture's SVG drawn as a PNG by the browser, for the .xlsx export: the spreadsheet library writes
 * PNG, JPEG and GIF images, not SVG. Drawn at twice the picture's size in pixels so it stays sharp
 * when zoomed or printed. The export takes it as a parameter (writeXlsx), so it runs without a
 * browser in the tests with a stand-in.
 */
import type { PictureSpec } from "../../workbook/model";
import { pointsToPixels, svgDataUrl } from "../format/picture";

/** A picture as PNG bytes in base64 (without a data: prefix). */
export type Rasterise = (picture: PictureSpec) => Promise<string>;

/** Pixels drawn per CSS pixel of the picture. */
const SCALE = 2;

/** The SVG as an image once the browser has decoded it. */
function loadImage(svg: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error("the browser could not draw the picture's SVG"));
    image.src = svgDataUrl(svg);
  });
}

/** The browser's rasteriser: the SVG on a canvas, read back as PNG. */
export const rasteriseSvg: Rasterise = async (picture) => {
  const image = await loadImage(picture.svg);
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(1, Math.round(pointsToPixels(picture.width) * SCALE));
  canvas.height = Math.max(1, Math.round(pointsToPixels(picture.height) * SCALE));
  const context = canvas.getContext("2d");
  if (!context) throw new Error("the browser has no canvas to draw the picture on");
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const url = canvas.toDataURL("image/png");
  return url.slice(url.indexOf(",") + 1);
};
