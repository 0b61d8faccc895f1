import { WorkbookError } from "../workbook/errors";
import { pictureCell } from "../workbook/layout";
import { formatAddress, type PictureSpec } from "../workbook/model";
import { OWNED_SHEETS_KEY, withShape } from "../workbook/signature";
import { SHAPES_API, supports } from "./requirements";
import { documentSettings, saveSettings } from "./settings";

/**
 * Pictures on sheets: SVG images added with `ShapeCollection.addSvg` (one of ExcelApi 1.9's shapes;
 * Microsoft documents it, @types/office-js does not declare it: docs/platform.md), placed at the top-left
 * corner of a cell, named, sized in points and given alt text.
 */

/** A sheet's shapes with addSvg, which the Office.js typings leave out. */
type PictureShapes = Excel.ShapeCollection & { addSvg?: (xml: string) => Excel.Shape };

/** A picture waiting for the position of its top-left cell (loaded, synced next). */
export interface PendingPicture {
  sheet: Excel.Worksheet;
  picture: PictureSpec;
  cell: Excel.Range;
}

/** Whether Excel can add pictures to the sheet: ExcelApi 1.9 and an Office.js that has addSvg. */
export function canAddPictures(sheet: Excel.Worksheet): boolean {
  return supports(SHAPES_API) && typeof (sheet.shapes as PictureShapes).addSvg === "function";
}

/** Queues loading the position of each picture's top-left cell; none where Excel cannot add pictures. */
export function locatePictures(sheet: Excel.Worksheet, pictures: readonly PictureSpec[]): PendingPicture[] {
  if (pictures.length === 0 || !canAddPictures(sheet)) return [];
  return pictures.map((picture) => {
    const cell = sheet.getRange(formatAddress(pictureCell(picture)));
    cell.load("left,top");
    return { sheet, picture, cell };
  });
}

/** Queues adding pictures whose cells' positions have been synced. */
export function addPictures(pending: readonly PendingPicture[]): void {
  for (const { sheet, picture, cell } of pending) {
    const shape = (sheet.shapes as Required<PictureShapes>).addSvg(picture.svg);
    shape.name = picture.name;
    shape.left = cell.left;
    shape.top = cell.top;
    shape.width = picture.width;
    shape.height = picture.height;
    shape.altTextTitle = picture.name;
    shape.altTextDescription = picture.description;
  }
}

/** Queues deleting the loaded shapes of a sheet, but those named in `keep` (its charts, which Excel may list). */
export function deleteShapes(shapes: Excel.ShapeCollection, keep: readonly string[]): void {
  const kept = new Set(keep.map((name) => name.toUpperCase()));
  for (const shape of shapes.items) if (!kept.has(shape.name.toUpperCase())) shape.delete();
}

/**
 * Places a picture on an existing sheet in one Excel.run of 3 syncs (the sheet; its shapes and the cell's
 * position; the picture), replacing a shape of the same name and touching no cell; then records the
 * picture in the sheet's signature when the add-in wrote the sheet.
 */
export async function placePicture(sheetName: string, picture: PictureSpec): Promise<void> {
  const cellAddress = formatAddress(pictureCell(picture));
  if (!supports(SHAPES_API)) throw new WorkbookError("PICTURES_UNSUPPORTED");
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    sheet.load("name");
    await context.sync();
    if (sheet.isNullObject) throw new WorkbookError("SHEET_NOT_FOUND", { sheet: sheetName });
    if (!canAddPictures(sheet)) throw new WorkbookError("PICTURES_UNSUPPORTED");
    // ShapeCollection.getItemOrNullObject needs ExcelApi 1.14: the old picture is found among the names.
    sheet.shapes.load("items/name");
    const cell = sheet.getRange(cellAddress);
    cell.load("left,top");
    await context.sync();
    const name = picture.name.toUpperCase();
    for (const shape of sheet.shapes.items) if (shape.name.toUpperCase() === name) shape.delete();
    addPictures([{ sheet, picture, cell }]);
    await context.sync();
  });
  const settings = documentSettings();
  const owned = withShape(settings.get(OWNED_SHEETS_KEY), sheetName, picture.name);
  if (owned) {
    settings.set(OWNED_SHEETS_KEY, owned);
    await saveSettings();
  }
}
