import { ContentHasher } from "../workbook/contentHash";
import { formatAddress, parseAddress } from "../workbook/model";
import type { SheetState } from "../workbook/port";
import { OWNED_SHEETS_KEY, sheetStateOf, signatureFor, type SheetSignature } from "../workbook/signature";
import { documentSettings } from "./settings";

/**
 * Whether a sheet is the add-in's own and unchanged: its stored signature
 * (document settings) against a hash of the signed areas as Excel reads them
 * now (Range.formulas). One Excel.run, one sync to find the sheet, then the
 * chunks the read-back needs.
 */
export function sheetState(name: string, budget: number): Promise<SheetState> {
  return Excel.run(async (context): Promise<SheetState> => {
    const signature = signatureFor(documentSettings().get(OWNED_SHEETS_KEY), name);
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load("name");
    await context.sync();
    if (sheet.isNullObject || !signature) return sheetStateOf(!sheet.isNullObject, signature);
    return sheetStateOf(true, signature, await hashWritten(context, sheet, signature, budget));
  });
}

/**
 * Hashes the areas a signature covers as they read now (Range.formulas), in
 * chunks sized from the bytes written, one sync per chunk group.
 */
async function hashWritten(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  signature: SheetSignature,
  budget: number,
): Promise<string> {
  const areas = signature.areas.map((address) => parseAddress(address));
  const cells = areas.reduce((n, a) => n + (a.end.row - a.start.row + 1) * (a.end.column - a.start.column + 1), 0);
  // Read-back may be larger than written (e.g. a number written as text): plan with half again the average.
  const perCell = Math.max(1, (1.5 * signature.bytes) / Math.max(1, cells));
  const hasher = new ContentHasher();
  let queued: Array<{ range: Excel.Range; width: number; last: boolean }> = [];
  let bytes = 0;
  const flush = async () => {
    await context.sync();
    for (const part of queued) {
      for (const row of part.range.formulas) hasher.row(row, part.width);
      if (part.last) hasher.endArea();
    }
    queued = [];
    bytes = 0;
  };
  for (const area of areas) {
    const width = area.end.column - area.start.column + 1;
    const height = area.end.row - area.start.row + 1;
    const per = Math.max(1, Math.floor(budget / (perCell * width)));
    for (let start = 0; start < height; start += per) {
      const count = Math.min(per, height - start);
      if (bytes > 0 && bytes + count * width * perCell > budget) await flush();
      const range = sheet.getRange(
        formatAddress(
          { row: area.start.row + start, column: area.start.column },
          { row: area.start.row + start + count - 1, column: area.end.column },
        ),
      );
      range.load("formulas");
      queued.push({ range, width, last: start + count >= height });
      bytes += count * width * perCell;
    }
  }
  if (queued.length) await flush();
  return hasher.digest();
}
