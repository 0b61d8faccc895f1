import { WorkbookError } from "./errors";
import { checkChartSheets, checkTableNames, layoutSheet, type SheetLayout, type WriteArea } from "./layout";
import {
  columnLetters,
  formatAddress,
  parseAddress,
  type CellValue,
  type ChartSpec,
  type ColorScaleFormat,
  type PageSetup,
} from "./model";
import { MAX_SYNC_BYTES, chunkRows, rowsPerRead } from "./payload";
import type { CellInput, DataBlock, OutputSheet, SheetState, TableInfo, WorkbookPort } from "./port";
import {
  ContentHasher,
  OWNED_SHEETS_KEY,
  sheetStateOf,
  signatureFor,
  signatureOfLayout,
  withSignatures,
  type SheetSignature,
} from "./signature";

/**
 * The workbook in Excel: the only code of the add-in that calls Excel.run.
 * One Excel.run per action; context.sync() only where a result is needed or
 * where the data would pass Excel on the web's ~5 MB per request, never per
 * cell or row. Syncs per action, B = estimated JSON bytes of the values and
 * formulas (budget 4 MB a sync):
 *
 * - readSelection: 1 for the shape, then 1 when rows × columns × 24 B ≤ 1 MB,
 *   else one per chunk (the first 1 MB, the next ones sized from what the
 *   earlier ones took): about 1 + ⌈B / 4 MB⌉;
 * - readTable: 1 more than readSelection (the table is found first);
 * - listTables: 2 (1 when there are none); listSheets: 1;
 * - sheetState: 1, plus ⌈1.5 × B written / 4 MB⌉ when the add-in wrote the sheet;
 * - writeSheets: 1 to see what exists, then max(1, ⌈B / 4 MB⌉); 1 more when
 *   it replaces a sheet whose cells fit one sync (its old charts are listed
 *   in the first batch and deleted in the next).
 *
 * A normal output sheet is written in 2 syncs and replaced in 3; the England
 * sample (33,755 rows of live formulas, about 9 MB) in 4. Enums are passed as
 * string literals ("ColumnClustered"), which Office.js accepts. Errors from
 * Excel are not caught: they reject the action with Excel's own message.
 */

export interface OfficeWorkbookOptions {
  /** Largest estimated payload of one context.sync(), in bytes (default 4 MB). */
  maxSyncBytes?: number;
}

/** Excel's requirement set with chart series and freeze panes. */
const SERIES_API = "1.7";
/** Excel's requirement set with conditional formats. */
const CONDITIONAL_FORMAT_API = "1.6";
/** Excel's requirement set with page layout (orientation, fit to pages). */
const PAGE_LAYOUT_API = "1.9";

function supports(version: string): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", version);
}

/** "Data!$A$1:$C$10" → { sheet: "Data", address: "A1:C10" }. */
function splitAddress(full: string): { sheet: string; address: string } {
  const range = parseAddress(full);
  return { sheet: range.sheet ?? "", address: formatAddress(range.start, range.end) };
}

function toBlock(source: DataBlock["source"], values: CellValue[][]): DataBlock {
  const [header = [], ...rows] = values;
  return { source, headers: header.map((h) => String(h)), rows };
}

/**
 * Reads the values of a range whose shape is loaded, keeping each response
 * under the budget without knowing the values beforehand: a range small
 * enough at 24 bytes a cell for a quarter of the budget (safe up to ~120
 * bytes a cell) is read at once; a larger one in row chunks, one sync each,
 * the first that same size, the next ones sized from the bytes per cell the
 * chunks so far really took.
 */
async function readValues(
  context: Excel.RequestContext,
  range: Excel.Range,
  rows: number,
  columns: number,
  budget: number,
): Promise<CellValue[][]> {
  let per = rowsPerRead(columns, budget / 4);
  if (rows <= per) {
    range.load("values");
    await context.sync();
    return range.values as CellValue[][];
  }
  const values: CellValue[][] = [];
  let bytes = 0;
  for (let start = 0, count = 0; start < rows; start += count) {
    count = Math.min(per, rows - start);
    const part = range.getCell(start, 0).getResizedRange(count - 1, columns - 1);
    part.load("values");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk: Excel on the web refuses responses over 5 MB
    await context.sync();
    for (const row of part.values) values.push(row as CellValue[]);
    bytes += JSON.stringify(part.values).length;
    // A quarter more than seen so far, for longer texts further down.
    const perCell = Math.max(4, (1.25 * bytes) / (values.length * columns));
    per = Math.max(1, Math.floor(budget / (perCell * columns)));
  }
  return values;
}

/** Strings Excel would read as something else when written through Range.formulas (numbers, dates, TRUE, +x…). */
const COERCED = /^\s*(?:[-+@'(0-9.,$€£]|(?:true|false|waar|onwaar)\s*$)/i;

/** A cell as Range.formulas takes it: a formula's text, or a value (text that Excel would convert gets a ' prefix). */
function formulaInput(input: CellInput | undefined): CellValue {
  if (input === undefined || input === null) return "";
  if (typeof input === "object") return input.formula;
  if (typeof input === "string" && input !== "" && !input.startsWith("=") && COERCED.test(input)) return `'${input}`;
  return input;
}

/** Column width in points for a width in characters of Excel's default font (7 px a character + 5 px padding). */
function widthInPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

function colorScaleCriteria(format: ColorScaleFormat): Excel.ConditionalColorScaleCriteria {
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

/** Queues the writes of a layout on a fresh sheet, syncing before the budget of one request would be passed. */
class Writer {
  private pending = 0;
  /** Syncs made so far. */
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: number,
  ) {}

  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.flush();
    this.pending += bytes;
  }

  /** Sends what is queued. */
  async flush(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.pending = 0;
  }

  async writeArea(sheet: Excel.Worksheet, area: WriteArea): Promise<void> {
    const { row: top, column: left } = area.start;
    for (const chunk of chunkRows(area.rows, this.budget)) {
      // Awaited per chunk so each request stays under the limit; a normal sheet is one chunk.
      await this.reserve(chunk.bytes);
      const formulas: CellValue[][] = new Array(chunk.end - chunk.start);
      for (let r = chunk.start; r < chunk.end; r++) {
        const source = area.rows[r];
        const line: CellValue[] = new Array(area.width);
        for (let c = 0; c < area.width; c++) line[c] = formulaInput(source[c]);
        formulas[r - chunk.start] = line;
      }
      const range = sheet.getRange(
        formatAddress(
          { row: top + chunk.start, column: left },
          { row: top + chunk.end - 1, column: left + area.width - 1 },
        ),
      );
      range.formulas = formulas;
    }
    const bodyRows = area.rows.length - area.formatFrom;
    if (area.numberFormats && bodyRows > 0) {
      area.numberFormats.forEach((format, c) => {
        if (!format) return;
        const column = sheet.getRange(
          formatAddress(
            { row: top + area.formatFrom, column: left + c },
            { row: top + area.rows.length - 1, column: left + c },
          ),
        );
        // One format for the whole column: Excel applies a 1 × 1 array to every cell of the range.
        column.numberFormat = [[format]];
      });
    }
    if (area.boldHeader) {
      sheet.getRange(formatAddress(area.start, { row: top, column: left + area.width - 1 })).format.font.bold = true;
    }
  }
}

function addChart(
  workbook: Excel.Workbook,
  sheet: Excel.Worksheet,
  spec: ChartSpec,
  written: Map<string, Excel.Worksheet>,
  seriesApi: boolean,
): void {
  const rangeOf = (address: string): Excel.Range => {
    const ref = parseAddress(address);
    const local = formatAddress(ref.start, ref.end);
    if (ref.sheet === undefined) return sheet.getRange(local);
    const target = written.get(ref.sheet.toUpperCase()) ?? workbook.worksheets.getItem(ref.sheet);
    return target.getRange(local);
  };
  const [first] = spec.series;
  const chart = sheet.charts.add(spec.type, rangeOf(first.values), "Auto");
  chart.name = spec.name;
  chart.title.text = spec.title;
  if (seriesApi) {
    spec.series.forEach((s, k) => {
      const series = k === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
      series.name = s.name;
      if (k > 0) series.setValues(rangeOf(s.values));
      const x = s.xValues ?? s.categories;
      if (x) series.setXAxisValues(rangeOf(x));
    });
  }
  // Without ExcelApi 1.7 the chart shows the first series only (Excel names it from its range).
  if (spec.xAxisTitle) chart.axes.categoryAxis.title.text = spec.xAxisTitle;
  if (spec.yAxisTitle) chart.axes.valueAxis.title.text = spec.yAxisTitle;
  chart.setPosition(spec.topLeft, spec.bottomRight);
}

function settings(): Office.Settings {
  return Office.context.document.settings;
}

function saveSettings(): Promise<void> {
  return new Promise((resolve, reject) => {
    settings().saveAsync((result) => {
      if (String(result.status) === "failed")
        reject(new Error(result.error?.message ?? "The settings were not saved."));
      else resolve();
    });
  });
}

/**
 * The WorkbookPort on the open Excel workbook.
 * @example const workbook = createOfficeWorkbook(); await workbook.listSheets() // ["Data", "MDI"]
 */
export function createOfficeWorkbook(options: OfficeWorkbookOptions = {}): WorkbookPort {
  const budget = options.maxSyncBytes ?? MAX_SYNC_BYTES;

  return {
    readSelection: () =>
      Excel.run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load("address, rowCount, columnCount");
        await context.sync();
        const values = await readValues(context, range, range.rowCount, range.columnCount, budget);
        return toBlock({ kind: "selection", ...splitAddress(range.address) }, values);
      }),

    listTables: () =>
      Excel.run(async (context) => {
        const tables = context.workbook.tables;
        tables.load("items/name");
        await context.sync();
        if (tables.items.length === 0) return [];
        const ranges = tables.items.map((table) => {
          const range = table.getRange();
          range.load("address, rowCount, columnCount");
          return range;
        });
        await context.sync();
        return tables.items.map((table, i): TableInfo => {
          const { sheet, address } = splitAddress(ranges[i].address);
          return { name: table.name, sheet, address, rows: ranges[i].rowCount - 1, columns: ranges[i].columnCount };
        });
      }),

    readTable: (name) =>
      Excel.run(async (context) => {
        const table = context.workbook.tables.getItemOrNullObject(name);
        table.load("name");
        await context.sync();
        if (table.isNullObject) throw new WorkbookError("TABLE_NOT_FOUND", { table: name });
        const range = table.getRange();
        range.load("address, rowCount, columnCount");
        await context.sync();
        const values = await readValues(context, range, range.rowCount, range.columnCount, budget);
        return toBlock({ kind: "table", ...splitAddress(range.address), table: table.name }, values);
      }),

    listSheets: () =>
      Excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        return sheets.items.map((s) => s.name);
      }),

    sheetState: (name) =>
      Excel.run(async (context): Promise<SheetState> => {
        const signature = signatureFor(settings().get(OWNED_SHEETS_KEY), name);
        const sheet = context.workbook.worksheets.getItemOrNullObject(name);
        sheet.load("name");
        await context.sync();
        if (sheet.isNullObject || !signature) return sheetStateOf(!sheet.isNullObject, signature);
        return sheetStateOf(true, signature, await hashWritten(context, sheet, signature, budget));
      }),

    writeSheets: async (sheets: OutputSheet[]) => {
      const layouts = sheets.map(layoutSheet);
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
      settings().set(OWNED_SHEETS_KEY, withSignatures(settings().get(OWNED_SHEETS_KEY), signed));
      await saveSettings();
    },

    loadSetting: async <T>(key: string) => {
      const value = settings().get(key) as T | null | undefined;
      return value === null || value === undefined ? undefined : value;
    },

    saveSetting: async (key: string, value: unknown) => {
      if (value === undefined) settings().remove(key);
      else settings().set(key, value);
      await saveSettings();
    },
  };
}

/**
 * Empties the sheets that exist (tables, charts, colour scales, contents and
 * formats, frozen panes) and adds the others, then writes the layouts: the
 * syncs the payload needs, the last one carrying tables, formats and charts.
 * An existing sheet is emptied rather than deleted so that formulas elsewhere
 * that refer to it keep working (deleting a sheet turns them into #REF!).
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
  const written = new Map<string, Excel.Worksheet>();
  const oldCharts: Excel.ChartCollection[] = [];
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
    // The old charts are known once their list has been synced (with the first chunk of cells).
    if (writer.syncs === 0) await writer.flush();
    for (const charts of oldCharts) for (const chart of charts.items) chart.delete();
  }
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
  });
  await context.sync();
}

/** Orientation and fit-to-pages, so a briefing prints on one page. */
function applyPageSetup(sheet: Excel.Worksheet, setup: PageSetup): void {
  if (setup.orientation) sheet.pageLayout.orientation = setup.orientation === "landscape" ? "Landscape" : "Portrait";
  if (setup.fitToPagesWide || setup.fitToPagesTall) {
    sheet.pageLayout.zoom = {
      horizontalFitToPages: setup.fitToPagesWide ?? 0,
      verticalFitToPages: setup.fitToPagesTall ?? 0,
    };
  }
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
