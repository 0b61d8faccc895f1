import { checkChartSheets, checkTableNames, layoutSheet, type SheetLayout } from "../workbook/layout";
import { columnLetters } from "../workbook/model";
import { WorkbookError } from "../workbook/errors";
import type { OutputSheet } from "../workbook/port";
import { OWNED_SHEETS_KEY, signatureOfLayout, withSignatures } from "../workbook/signature";
import { addChart } from "./charts";
import { applyPageSetup, colorScaleCriteria, widthInPoints } from "./formats";
import { addPictures, deleteShapes, locatePictures, type PendingPicture } from "./pictures";
import { CONDITIONAL_FORMAT_API, PAGE_LAYOUT_API, SERIES_API, SHAPES_API, supports } from "./requirements";
import { documentSettings, saveSettings } from "./settings";
import { Writer } from "./writer";

/**
 * Where Excel cannot place pictures (before ExcelApi 1.9) the sheet is still written, and each picture's
 * place says in a line of text what it would have shown and why it is not there: a briefing never loses its
 * map without a word.
 */
function picturesAsText(sheet: OutputSheet): OutputSheet {
  if (!sheet.pictures?.length) return sheet;
  const why = new WorkbookError("PICTURES_UNSUPPORTED").message;
  return {
    ...sheet,
    pictures: [],
    blocks: [
      ...sheet.blocks,
      ...sheet.pictures.map((p) => ({ topLeft: p.topLeft, rows: [[`${p.description} ${why}`]] })),
    ],
  };
}

/**
 * Writes the add-in's sheets in one Excel.run, after checking them as Excel
 * would (names, overlaps, the sheets chart series name), then stores their
 * signatures in the document settings so a later read can tell they are ours.
 */
export async function writeSheets(sheets: OutputSheet[], budget: number): Promise<void> {
  const layouts = (supports(SHAPES_API) ? sheets : sheets.map(picturesAsText)).map(layoutSheet);
  const signed = layouts.map((layout) => ({ sheet: layout.sheet.name, signature: signatureOfLayout(layout) }));
  await Excel.run(async (context) => {
    const workbook = context.workbook;
    const olds = layouts.map((layout) => {
      const old = workbook.worksheets.getItemOrNullObject(layout.sheet.name);
      old.load("name");
      return old;
    });
    const all = workbook.worksheets;
    all.load("items/name");
    const tables = workbook.tables;
    tables.load("items/name, items/worksheet/name");
    await context.sync();
    checkTableNames(
      layouts,
      tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    );
    checkChartSheets(
      layouts,
      all.items.map((s) => s.name),
    );
    await writeLayouts(context, layouts, olds, tables.items, budget);
  });
  const settings = documentSettings();
  settings.set(OWNED_SHEETS_KEY, withSignatures(settings.get(OWNED_SHEETS_KEY), signed));
  await saveSettings();
}

/**
 * Empties the sheets that exist (tables, charts and other shapes, colour
 * scales, contents and formats, frozen panes) and adds the others, then
 * writes the layouts: the syncs the payload needs, the last one carrying
 * tables, formats and charts; pictures in one more, once the positions of
 * their cells are known (after the column widths are set). An existing sheet
 * is emptied rather than deleted so that formulas elsewhere that refer to it
 * keep working (deleting a sheet turns them into #REF!).
 */
async function writeLayouts(
  context: Excel.RequestContext,
  layouts: SheetLayout[],
  olds: Excel.Worksheet[],
  tables: Excel.Table[],
  budget: number,
): Promise<void> {
  const workbook = context.workbook;
  const seriesApi = supports(SERIES_API);
  const formatApi = supports(CONDITIONAL_FORMAT_API);
  const shapesApi = supports(SHAPES_API);
  const written = new Map<string, Excel.Worksheet>();
  const oldCharts: Excel.ChartCollection[] = [];
  const oldShapes: Array<{ shapes: Excel.ShapeCollection; charts: Excel.ChartCollection }> = [];
  const sheets = layouts.map((layout, i) => {
    const name = layout.sheet.name;
    const old = olds[i];
    if (old.isNullObject) {
      const sheet = workbook.worksheets.add(name);
      written.set(name.toUpperCase(), sheet);
      return sheet;
    }
    for (const table of tables) if (table.worksheet.name.toUpperCase() === name.toUpperCase()) table.delete();
    old.charts.load("items/name");
    oldCharts.push(old.charts);
    if (shapesApi) {
      old.shapes.load("items/name");
      oldShapes.push({ shapes: old.shapes, charts: old.charts });
    }
    const everything = old.getRange();
    if (formatApi) everything.conditionalFormats.clearAll();
    everything.clear();
    if (seriesApi) old.freezePanes.unfreeze();
    written.set(name.toUpperCase(), old);
    return old;
  });
  const writer = new Writer(context, budget);
  for (let i = 0; i < layouts.length; i++) {
    for (const area of layouts[i].areas) await writer.writeArea(sheets[i], area);
  }
  if (oldCharts.length) {
    // The old charts and shapes are known once their lists have been synced (with the first chunk of cells).
    if (writer.syncs === 0) await writer.flush();
    for (const { shapes, charts } of oldShapes)
      deleteShapes(
        shapes,
        charts.items.map((c) => c.name),
      );
    for (const charts of oldCharts) for (const chart of charts.items) chart.delete();
  }
  const pictures: PendingPicture[] = [];
  layouts.forEach((layout, i) => {
    const sheet = sheets[i];
    const out = layout.sheet;
    for (const table of layout.tables) {
      const added = sheet.tables.add(table.address, true);
      added.name = table.name;
      added.showBandedRows = table.showBandedRows ?? true;
    }
    if (formatApi) {
      for (const format of out.conditionalFormats) {
        const added = sheet.getRange(format.address).conditionalFormats.add("ColorScale");
        added.colorScale.criteria = colorScaleCriteria(format);
      }
    }
    for (const chart of out.charts) addChart(workbook, sheet, chart, written, seriesApi);
    if (out.columnWidths) {
      out.columnWidths.forEach((width, c) => {
        const letters = columnLetters(c);
        if (width > 0) sheet.getRange(`${letters}:${letters}`).format.columnWidth = widthInPoints(width);
      });
    } else {
      for (const area of layout.areas) sheet.getRange(area.address).format.autofitColumns();
    }
    if (out.frozenRows && seriesApi) sheet.freezePanes.freezeRows(out.frozenRows);
    if (out.pageSetup && supports(PAGE_LAYOUT_API)) applyPageSetup(sheet, out.pageSetup);
    if (out.activate) sheet.activate();
    // Where Excel lacks pictures they are left out: a briefing without its map is still useful.
    pictures.push(...locatePictures(sheet, out.pictures ?? []));
  });
  await context.sync();
  if (pictures.length) {
    addPictures(pictures);
    await context.sync();
  }
}
