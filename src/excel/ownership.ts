import { FootprintCheck, rangesBeyond } from "../workbook/footprint";
import { formatAddress } from "../workbook/model";
import type { SheetReport } from "../workbook/port";
import { OWNED_SHEETS_KEY, signatureFor, type SheetSignature } from "../workbook/signature";
import { SHAPES_API, SPILL_API, supports } from "./requirements";
import { documentSettings } from "./settings";

/**
 * Whether a sheet is the add-in's own and unchanged: the whole sheet against
 * its stored signature (document settings), by footprint.ts. One Excel.run:
 * one sync to find the sheet; one for its used range, tables, charts, shapes
 * and the ranges its formulas spill into; then the chunks of the read-back
 * (the first carrying the used ranges beyond the written extent).
 */
export function checkSheet(name: string, budget: number): Promise<SheetReport> {
  return Excel.run(async (context): Promise<SheetReport> => {
    const signature = signatureFor(documentSettings().get(OWNED_SHEETS_KEY), name);
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load("name");
    await context.sync();
    if (sheet.isNullObject) return { state: "absent", changes: [] };
    if (!signature) return { state: "foreign", changes: [] };
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("address");
    sheet.tables.load("items/name");
    sheet.charts.load("items/name");
    const shapes = supports(SHAPES_API) ? sheet.shapes : undefined;
    shapes?.load("items/name");
    // Without ExcelApi 1.12 (no dynamic arrays) formulas do not spill (docs/platform.md).
    const spilling = supports(SPILL_API)
      ? (signature.anchors ?? []).map((a) => {
          const spill = sheet.getRange(a).getSpillingToRangeOrNullObject();
          spill.load("address");
          return spill;
        })
      : [];
    await context.sync();
    const spills = spilling.filter((s) => !s.isNullObject).map((s) => s.address.slice(s.address.lastIndexOf("!") + 1));
    const check = new FootprintCheck(signature, spills);
    check.objects(
      "table",
      sheet.tables.items.map((t) => t.name),
    );
    const charts = sheet.charts.items.map((c) => c.name);
    check.objects("chart", charts);
    // Charts may also be listed among the shapes.
    if (shapes)
      check.objects(
        "shape",
        shapes.items.map((s) => s.name).filter((n) => !charts.includes(n)),
      );
    const beyond = used.isNullObject
      ? []
      : rangesBeyond(check, used.address).map((address) => {
          const part = sheet.getRange(address).getUsedRangeOrNullObject(true);
          part.load("address");
          return part;
        });
    await readExtent(context, sheet, check, signature, budget);
    for (const part of beyond) if (!part.isNullObject) check.outside(part.address);
    return check.report();
  });
}

/**
 * Feeds the check the rows of its extent as Range.formulas reads them, in
 * chunks sized from the bytes written, one sync per chunk.
 */
async function readExtent(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  check: FootprintCheck,
  signature: SheetSignature,
  budget: number,
): Promise<void> {
  const width = check.lastColumn + 1;
  const height = check.lastRow + 1;
  const written = signature.areas.length ? signature.bytes : 0;
  // Read-back may be larger than written (a number written as text): plan with half again the average.
  const perCell = Math.max(3, (1.5 * written) / Math.max(1, width * height));
  const per = Math.max(1, Math.floor(budget / (perCell * width)));
  // One sync per chunk, each under Excel's 5 MB limit; a normal sheet is one chunk.
  const send = () => context.sync();
  for (let start = 0; start < height; start += per) {
    const count = Math.min(per, height - start);
    const range = sheet.getRange(
      formatAddress({ row: start, column: 0 }, { row: start + count - 1, column: check.lastColumn }),
    );
    range.load("formulas");
    await send();
    range.formulas.forEach((row, r) => check.row(start + r, row));
  }
}
