/**
 * A small Excel for testing src/excel (the Office.js workbook) with office-addin-mock.
 *
 * office-addin-mock's OfficeMockObject gives the globals (`Excel.run`,
 * `Office.context`) and the ranges, so reading a property that was not
 * loaded and synced yields its "not loaded" text instead of the data (a
 * forgotten load() shows up as wrong data). It has no enums and no
 * collections and does not throw, so the collections here are written by
 * hand, and every operation is recorded with the number of the sync that
 * sends it: tests assert on those records.
 *
 * Like Excel, it refuses: a formulas array whose shape differs from its
 * range, a duplicate sheet or table name, deleting the last sheet, and a sync
 * whose payload passes 5 MB. A range's left and top (points) are those of its
 * top-left cell, from the column widths set so far: 48 points a column unless
 * set, 15 a row.
 */
// office-addin-mock needs only the OfficeApp names from (its own copy of) office-addin-manifest,
// whose dependencies are ES modules jest cannot load: give it those names directly.
jest.mock("../../node_modules/office-addin-mock/node_modules/office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));
import { OfficeMockObject } from "office-addin-mock";
import { columnLetters, formatAddress, parseAddress, parseSelectionAddress } from "../../src/workbook/model";

/** Excel on the web's limit of one request (docs/platform.md). */
export const EXCEL_PAYLOAD_LIMIT = 5_000_000;

export interface Call {
  /** The sync that sends this operation (1 = the first). */
  batch: number;
  op: string;
  sheet?: string;
  address?: string;
  bytes: number;
  detail?: unknown;
}

type Value = string | number | boolean;

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  address: string;
  showBandedRows?: boolean;
}

export interface FakeChart {
  sheet: FakeSheet;
  type: string;
  source: string;
  name: string;
  title: { text: string };
  series: Array<{ name: string; values?: string; xValues?: string }>;
  axes: { categoryAxis: { title: { text: string } }; valueAxis: { title: { text: string } } };
  position?: [string, string];
}

/** A shape on a sheet: a picture the add-in added (with its SVG), or one someone added (a name only). */
export interface FakeShape {
  name: string;
  svg?: string;
  left?: number;
  top?: number;
  width?: number;
  height?: number;
  altTextTitle?: string;
  altTextDescription?: string;
}

export class FakeSheet {
  cells = new Map<string, Value>();
  numberFormats = new Map<string, string>();
  bold = new Set<string>();
  frozenRows = 0;
  deleted = false;
  columnWidths = new Map<string, number>();
  autofit: string[] = [];
  colorScales: Array<{ address: string; criteria: unknown }> = [];
  /** Shapes: pictures the add-in added, and pictures or text boxes someone added. */
  shapes: FakeShape[] = [];
  pageLayout: { orientation?: string; zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number } } = {};

  constructor(public name: string) {}

  get(address: string): Value {
    return this.cells.get(address) ?? "";
  }

  /** The values of a range, row-major ("" for empty cells). */
  grid(address: string): Value[][] {
    const { start, end } = parseAddress(address);
    const out: Value[][] = [];
    for (let r = start.row; r <= end.row; r++) {
      const row: Value[] = [];
      for (let c = start.column; c <= end.column; c++) row.push(this.get(formatAddress({ row: r, column: c })));
      out.push(row);
    }
    return out;
  }

  /** The smallest range holding every value within `within` (all the sheet when absent), or undefined when empty. */
  usedRange(within?: string): string | undefined {
    const limit = within ? parseSelectionAddress(within) : undefined;
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const key of this.cells.keys()) {
      const { start } = parseAddress(key);
      if (limit && (start.row < limit.start.row || start.row > limit.end.row)) continue;
      if (limit && (start.column < limit.start.column || start.column > limit.end.column)) continue;
      top = Math.min(top, start.row);
      left = Math.min(left, start.column);
      bottom = Math.max(bottom, start.row);
      right = Math.max(right, start.column);
    }
    return bottom < 0 ? undefined : formatAddress({ row: top, column: left }, { row: bottom, column: right });
  }

  /** Where a cell's top-left corner is, in points. */
  position(address: string): { left: number; top: number } {
    const { start } = parseAddress(address);
    let left = 0;
    for (let c = 0; c < start.column; c++) {
      const letters = columnLetters(c);
      left += this.columnWidths.get(`${letters}:${letters}`) ?? 48;
    }
    return { left, top: start.row * 15 };
  }

  /** Writes values from A1 (test set-up). */
  fill(rows: Value[][], topLeft = "A1"): void {
    const { start } = parseAddress(topLeft);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== "") this.cells.set(formatAddress({ row: start.row + r, column: start.column + c }), v);
      }),
    );
  }
}

export interface FakeExcelOptions {
  /** ExcelApi 1.7 (chart series, freeze panes) supported; false also leaves out 1.6 (conditional formats). */
  api17?: boolean;
  /** ExcelApi 1.9 (shapes, page layout) supported; false leaves out 1.9 and later. */
  api19?: boolean;
  /** saveAsync fails with this message. */
  failSave?: string;
}

export class FakeExcel {
  readonly calls: Call[] = [];
  /** Bytes sent per sync (index 0 = first sync). */
  readonly syncBytes: number[] = [];
  runs = 0;
  syncs = 0;
  saves = 0;
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  charts: FakeChart[] = [];
  active?: FakeSheet;
  selection?: { sheet: FakeSheet; address: string };
  readonly settings = new Map<string, unknown>();
  /** Ranges made in the current batch: their writes are taken at the next sync. */
  private ranges: Array<{
    mock: OfficeMockObject & Record<string, unknown>;
    sheet: FakeSheet;
    address: string;
    seeded: Value[][];
    /** left and top once loaded and synced: read at the sync, after the batch's column widths. */
    position?: { left: number; top: number } | "queued";
  }> = [];
  private pendingCharts: FakeChart[] = [];
  private pendingReads: Value[][][] = [];
  /** Bytes of the values and formulas each sync returns (index 0 = first sync). */
  readonly responseBytes: number[] = [];
  private pendingFormats: Array<{ sheet: FakeSheet; address: string; format: { colorScale: { criteria?: unknown } } }> =
    [];
  /** Every OfficeMockObject made, synced on context.sync() so loaded properties become readable. */
  private mocks: OfficeMockObject[] = [];
  readonly excel: OfficeMockObject;
  readonly office: OfficeMockObject;

  constructor(private readonly options: FakeExcelOptions = {}) {
    const context = {
      workbook: this.workbook(),
      sync: () => this.sync(),
    };
    this.excel = new OfficeMockObject({
      run: async (callback: (c: unknown) => Promise<unknown>) => {
        this.runs++;
        return await callback(context);
      },
    });
    const settings = this.settings;
    this.office = new OfficeMockObject({
      context: {
        document: {
          settings: {
            get: (key: string) => (settings.has(key) ? JSON.parse(JSON.stringify(settings.get(key))) : null),
            set: (key: string, value: unknown) => void settings.set(key, JSON.parse(JSON.stringify(value))),
            remove: (key: string) => void settings.delete(key),
            saveAsync: (callback: (result: unknown) => void) => {
              this.saves++;
              if (options.failSave) callback({ status: "failed", error: { message: options.failSave } });
              else callback({ status: "succeeded" });
            },
          },
        },
        requirements: {
          isSetSupported: (name: string, version: string) => name === "ExcelApi" && this.supports(version),
        },
      },
    });
  }

  /** Whether this Excel has the ExcelApi version, e.g. "1.9". */
  supports(version: string): boolean {
    const minor = Number(version.split(".")[1]);
    if (this.options.api17 === false) return minor < 6;
    return this.options.api19 !== false || minor < 9;
  }

  /** Puts the fakes on globalThis as Excel and Office. */
  install(): void {
    const g = globalThis as unknown as { Excel: unknown; Office: unknown };
    g.Excel = this.excel;
    g.Office = this.office;
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toUpperCase() === name.toUpperCase());
  }

  private record(call: Omit<Call, "batch" | "bytes"> & { bytes?: number }): void {
    this.calls.push({ bytes: 60, ...call, batch: this.syncs + 1 });
  }

  private async sync(): Promise<void> {
    for (const { mock, sheet, address, seeded } of this.ranges) this.takeWrites(mock, sheet, address, seeded);
    for (const range of this.ranges)
      if (range.position === "queued") range.position = range.sheet.position(range.address);
    for (const chart of this.pendingCharts) this.record({ op: "chart", sheet: chart.sheet.name, detail: chart });
    for (const f of this.pendingFormats) {
      f.sheet.colorScales.push({ address: f.address, criteria: f.format.colorScale.criteria });
      this.record({ op: "colorScale", sheet: f.sheet.name, address: f.address, detail: f.format.colorScale.criteria });
    }
    this.ranges = [];
    this.pendingCharts = [];
    this.pendingFormats = [];
    const batch = this.syncs + 1;
    const bytes = this.calls.filter((c) => c.batch === batch).reduce((n, c) => n + c.bytes, 0);
    this.syncs++;
    this.syncBytes.push(bytes);
    if (bytes > EXCEL_PAYLOAD_LIMIT) throw new Error(`RequestPayloadSizeLimitExceeded: ${bytes} bytes in one sync`);
    const response = this.pendingReads.reduce((n, grid) => n + JSON.stringify(grid).length, 0);
    this.pendingReads = [];
    this.responseBytes.push(response);
    if (response > EXCEL_PAYLOAD_LIMIT)
      throw new Error(`ResponsePayloadSizeLimitExceeded: ${response} bytes in one sync`);
    for (const mock of this.mocks) await mock.sync();
  }

  private takeWrites(
    mock: OfficeMockObject & Record<string, unknown>,
    sheet: FakeSheet,
    address: string,
    seeded: Value[][],
  ): void {
    const formulas = mock.formulas;
    if (Array.isArray(formulas) && formulas !== seeded) {
      const { start, end } = parseAddress(address);
      const rows = formulas as Value[][];
      const width = end.column - start.column + 1;
      if (rows.length !== end.row - start.row + 1 || rows.some((r) => r.length !== width)) {
        throw new Error(`InvalidArgument: the formulas array does not match the size of ${address}`);
      }
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          const key = formatAddress({ row: start.row + r, column: start.column + c });
          const text = typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
          if (text === "") sheet.cells.delete(key);
          else sheet.cells.set(key, text);
        }),
      );
      this.record({ op: "formulas", sheet: sheet.name, address, bytes: JSON.stringify(rows).length, detail: rows });
    }
    const numberFormat = mock.numberFormat;
    if (Array.isArray(numberFormat)) {
      const { start, end } = parseAddress(address);
      for (let r = start.row; r <= end.row; r++) {
        for (let c = start.column; c <= end.column; c++) {
          sheet.numberFormats.set(formatAddress({ row: r, column: c }), (numberFormat as string[][])[0][0]);
        }
      }
      this.record({ op: "numberFormat", sheet: sheet.name, address, detail: numberFormat });
    }
    const format = mock.format as { font: { bold?: boolean }; columnWidth?: number };
    if (format.font.bold === true) {
      sheet.bold.add(address);
      this.record({ op: "bold", sheet: sheet.name, address });
    }
    if (typeof format.columnWidth === "number") {
      sheet.columnWidths.set(address, format.columnWidth);
      this.record({ op: "columnWidth", sheet: sheet.name, address, detail: format.columnWidth });
    }
  }

  /** Where each range made by the fake lies ("Sheet!A1:B2"), without loading its address. */
  readonly addressOf = new WeakMap<object, string>();

  /** A range as Office.js returns it: an OfficeMockObject holding the sheet's data as of now. */
  private range(sheet: FakeSheet, address: string): OfficeMockObject {
    // Whole columns ("A:U") span every row; their values are never seeded (a million rows), so code
    // that reads them without trimming first gets no header and fails its test.
    const columns = /^([A-Z]+):([A-Z]+)$/i.exec(address);
    const ref = columns ? parseSelectionAddress(address) : parseAddress(address);
    const local = columns ? address : formatAddress(ref.start, ref.end);
    const seeded = columns ? [] : sheet.grid(local);
    const mock = new OfficeMockObject({
      address: `${sheet.name}!${local}`,
      rowCount: ref.end.row - ref.start.row + 1,
      columnCount: ref.end.column - ref.start.column + 1,
      values: seeded,
      formulas: seeded,
      format: {
        font: {},
        autofitColumns: () => {
          sheet.autofit.push(local);
          this.record({ op: "autofit", sheet: sheet.name, address: local });
        },
      },
      conditionalFormats: {
        add: (type: string) => {
          if (type !== "ColorScale") throw new Error(`unexpected conditional format ${type}`);
          const format = { colorScale: {} as { criteria?: unknown } };
          this.pendingFormats.push({ sheet, address: local, format });
          return format;
        },
      },
      getUsedRangeOrNullObject: () => {
        const used = sheet.usedRange(local);
        return used === undefined ? this.nullObject() : this.range(sheet, used);
      },
      // Spilled results are not modelled: no formula here spills.
      getSpillingToRangeOrNullObject: () => this.nullObject(),
      getCell: (row: number, column: number) =>
        this.range(sheet, formatAddress({ row: ref.start.row + row, column: ref.start.column + column })),
      getResizedRange: (rows: number, cols: number) =>
        this.range(sheet, formatAddress(ref.start, { row: ref.end.row + rows, column: ref.end.column + cols })),
    }) as OfficeMockObject & Record<string, unknown>;
    // Office.js sets isNullObject on every object that a sync returned; the mock would hand back text.
    Object.defineProperty(mock, "isNullObject", { value: false });
    // Record what is loaded: a sync's response carries the loaded values and formulas.
    const load = mock.load.bind(mock);
    const record: (typeof this.ranges)[number] = { mock, sheet, address: local, seeded };
    mock.load = (what: string) => {
      if (/\b(values|formulas)\b/.test(what)) this.pendingReads.push(seeded);
      // left and top are the fake's own: known at the sync, as the batch's column widths are.
      const fields = what.split(",").map((f) => f.trim());
      const others = fields.filter((f) => f !== "left" && f !== "top");
      if (others.length < fields.length) record.position = "queued";
      return others.length ? load(others.join(",")) : mock;
    };
    for (const side of ["left", "top"] as const) {
      Object.defineProperty(mock, side, {
        get: () => (typeof record.position === "object" ? record.position[side] : `${side} was not loaded and synced`),
      });
    }
    this.mocks.push(mock);
    this.addressOf.set(mock, `${sheet.name}!${local}`);
    this.ranges.push(record);
    return mock;
  }

  /** A used range as Office.js returns it: its address with the sheet name, or a null object. */
  private usedRangeApi(sheet: FakeSheet, local: string | undefined): Record<string, unknown> {
    if (local === undefined) return this.nullObject();
    const api: Record<string, unknown> = { isNullObject: false, address: `${sheet.name}!${local}`, load: () => api };
    return api;
  }

  private worksheet(sheet: FakeSheet): Record<string, unknown> {
    const fake = this;
    const api: Record<string, unknown> = {
      isNullObject: false,
      load: () => api,
      get name() {
        return sheet.name;
      },
      set name(next: string) {
        if (fake.sheets.some((s) => s !== sheet && s.name.toUpperCase() === next.toUpperCase())) {
          throw new Error(`ItemAlreadyExists: a sheet named ${next} exists`);
        }
        fake.record({ op: "rename", sheet: next, detail: sheet.name });
        sheet.name = next;
      },
      get position() {
        return fake.sheets.indexOf(sheet);
      },
      set position(index: number) {
        fake.sheets.splice(fake.sheets.indexOf(sheet), 1);
        fake.sheets.splice(index, 0, sheet);
        fake.record({ op: "position", sheet: sheet.name, detail: index });
      },
      delete: () => {
        if (fake.sheets.length === 1) throw new Error("InvalidOperation: a workbook keeps at least one sheet");
        fake.sheets.splice(fake.sheets.indexOf(sheet), 1);
        sheet.deleted = true;
        fake.tables = fake.tables.filter((t) => t.sheet !== sheet);
        fake.charts = fake.charts.filter((c) => c.sheet !== sheet);
        fake.record({ op: "delete", sheet: sheet.name });
      },
      activate: () => {
        fake.active = sheet;
        fake.record({ op: "activate", sheet: sheet.name });
      },
      getRange: (address?: string) => (address === undefined ? fake.wholeSheet(sheet) : fake.range(sheet, address)),
      getUsedRangeOrNullObject: () => fake.usedRangeApi(sheet, sheet.usedRange()),
      shapes: {
        load: () => undefined,
        get items() {
          return sheet.shapes.map((shape) => ({
            name: shape.name,
            delete: () => {
              if (!sheet.shapes.includes(shape)) throw new Error(`ItemNotFound: shape ${shape.name} was deleted`);
              sheet.shapes.splice(sheet.shapes.indexOf(shape), 1);
              fake.record({ op: "delete shape", sheet: sheet.name, detail: shape.name });
            },
          }));
        },
        addSvg: (xml: string) => {
          if (!fake.supports("1.9")) throw new Error("ApiNotFound: addSvg needs ExcelApi 1.9");
          const shape: FakeShape = { name: `Picture ${sheet.shapes.length + 1}`, svg: xml };
          sheet.shapes.push(shape);
          fake.record({ op: "picture", sheet: sheet.name, bytes: xml.length, detail: shape });
          return shape;
        },
      },
      pageLayout: {
        set orientation(value: string) {
          sheet.pageLayout.orientation = value;
          fake.record({ op: "pageLayout", sheet: sheet.name, detail: { orientation: value } });
        },
        set zoom(value: { horizontalFitToPages?: number; verticalFitToPages?: number }) {
          sheet.pageLayout.zoom = value;
          fake.record({ op: "pageLayout", sheet: sheet.name, detail: { zoom: value } });
        },
      },
      freezePanes: {
        freezeRows: (n: number) => {
          sheet.frozenRows = n;
          fake.record({ op: "freezeRows", sheet: sheet.name, detail: n });
        },
        unfreeze: () => {
          sheet.frozenRows = 0;
          fake.record({ op: "unfreeze", sheet: sheet.name });
        },
      },
      tables: {
        load: () => undefined,
        get items() {
          return fake.tables.filter((t) => t.sheet === sheet).map((t) => fake.tableApi(t));
        },
        add: (address: string, hasHeaders: boolean) => {
          const table: FakeTable = { name: `Table${fake.tables.length + 1}`, sheet, address };
          fake.tables.push(table);
          fake.record({ op: "table", sheet: sheet.name, address, detail: { hasHeaders } });
          return {
            set name(next: string) {
              if (fake.tables.some((t) => t !== table && t.name.toUpperCase() === next.toUpperCase())) {
                throw new Error(`InvalidArgument: a table named ${next} exists`);
              }
              table.name = next;
            },
            set showBandedRows(on: boolean) {
              table.showBandedRows = on;
            },
          };
        },
      },
      charts: {
        load: () => undefined,
        get items() {
          return fake.charts
            .filter((c) => c.sheet === sheet)
            .map((chart) => ({
              name: chart.name,
              delete: () => {
                fake.charts.splice(fake.charts.indexOf(chart), 1);
                fake.record({ op: "delete chart", sheet: sheet.name, detail: chart.name });
              },
            }));
        },
        add: (type: string, source: object, seriesBy: string) => {
          if (seriesBy !== "Auto") throw new Error(`unexpected seriesBy ${seriesBy}`);
          const sourceAddress = fake.addressOf.get(source) as string;
          const chart: FakeChart = {
            sheet,
            type,
            source: sourceAddress,
            name: "",
            title: { text: "" },
            series: [{ name: "Series1", values: sourceAddress }],
            axes: { categoryAxis: { title: { text: "" } }, valueAxis: { title: { text: "" } } },
          };
          fake.charts.push(chart);
          fake.pendingCharts.push(chart);
          const seriesApi = (s: FakeChart["series"][number]) => ({
            set name(next: string) {
              s.name = next;
            },
            setValues: (range: object) => {
              if (fake.options.api17 === false) throw new Error("ApiNotFound: setValues needs ExcelApi 1.7");
              s.values = fake.addressOf.get(range);
            },
            setXAxisValues: (range: object) => {
              if (fake.options.api17 === false) throw new Error("ApiNotFound: setXAxisValues needs ExcelApi 1.7");
              s.xValues = fake.addressOf.get(range);
            },
          });
          return {
            set name(next: string) {
              chart.name = next;
            },
            title: chart.title,
            axes: chart.axes,
            series: {
              getItemAt: (i: number) => seriesApi(chart.series[i]),
              add: (name: string) => {
                const s = { name };
                chart.series.push(s);
                return seriesApi(s);
              },
            },
            setPosition: (from: string, to: string) => {
              chart.position = [from, to];
            },
          };
        },
      },
    };
    return api;
  }

  /** worksheet.getRange() without an address: the whole sheet. */
  private wholeSheet(sheet: FakeSheet): Record<string, unknown> {
    return {
      clear: () => {
        sheet.cells.clear();
        sheet.numberFormats.clear();
        sheet.bold.clear();
        this.record({ op: "clear", sheet: sheet.name });
      },
      conditionalFormats: {
        clearAll: () => {
          sheet.colorScales = [];
          this.record({ op: "clear colour scales", sheet: sheet.name });
        },
      },
    };
  }

  private nullObject(): Record<string, unknown> {
    const api: Record<string, unknown> = { isNullObject: true, load: () => api };
    return api;
  }

  private workbook(): Record<string, unknown> {
    const fake = this;
    return {
      getSelectedRange: () => {
        if (!fake.selection) throw new Error("InvalidSelection: no range is selected");
        return fake.range(fake.selection.sheet, fake.selection.address);
      },
      worksheets: {
        load: (what: string) => fake.record({ op: "load worksheets", detail: what }),
        get items() {
          return fake.sheets.map((s) => fake.worksheet(s));
        },
        getItemOrNullObject: (name: string) => {
          const sheet = fake.sheet(name);
          return sheet ? fake.worksheet(sheet) : fake.nullObject();
        },
        getItem: (name: string) => {
          const sheet = fake.sheet(name);
          if (!sheet) throw new Error(`ItemNotFound: ${name}`);
          return fake.worksheet(sheet);
        },
        add: (name: string) => {
          if (fake.sheet(name)) throw new Error(`ItemAlreadyExists: a sheet named ${name} exists`);
          const sheet = fake.addSheet(name);
          fake.record({ op: "add", sheet: name });
          return fake.worksheet(sheet);
        },
      },
      tables: {
        load: (what: string) => fake.record({ op: "load tables", detail: what }),
        get items() {
          return fake.tables.map((t) => fake.tableApi(t));
        },
        getItemOrNullObject: (name: string) => {
          const table = fake.tables.find((t) => t.name.toUpperCase() === name.toUpperCase());
          return table ? fake.tableApi(table) : fake.nullObject();
        },
      },
    };
  }

  private tableApi(table: FakeTable): Record<string, unknown> {
    const api: Record<string, unknown> = {
      isNullObject: false,
      name: table.name,
      worksheet: { name: table.sheet.name },
      load: () => api,
      delete: () => {
        this.tables.splice(this.tables.indexOf(table), 1);
        this.record({ op: "delete table", sheet: table.sheet.name, detail: table.name });
      },
      getRange: () => this.range(table.sheet, table.address),
    };
    return api;
  }

  /** Calls that change something, with the sheet they change. */
  writes(): Call[] {
    return this.calls.filter((c) => !c.op.startsWith("load"));
  }
}
