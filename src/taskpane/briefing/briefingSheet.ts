import { formatAddress, type PictureSpec } from "../../workbook/model";
import type { CellInput, OutputBlock, OutputSheet } from "../../workbook/port";
import type { Language } from "../../i18n/language";
import { formatFixed } from "../model/numbers";
import type { Strings } from "../strings";
import type { TrendSummary } from "../trend/trendTable";
import type { Briefing } from "./briefingData";

/** The sheet the briefing button writes (the same name in every language, as the add-in's other sheets). */
export const BRIEFING_SHEET = "MDI briefing";

/**
 * Two columns of content side by side, each a wide label column and three
 * number columns, with a narrow gap: about 135 characters across, so the sheet
 * prints on one page (scaled to fit: see the report on page setup) without a
 * table running over the edge.
 */
export const BRIEFING_COLUMN_WIDTHS = [30, 12, 12, 12, 2, 30, 12, 12, 12];
const LEFT = 0;
const RIGHT = 5;

/** Method lines longer than this are wrapped onto several rows, so nothing runs past column I. */
export const BRIEFING_LINE_WIDTH = 120;

/** Where the map (from the map step) goes on the briefing: beside its two columns, under the title. */
export const BRIEFING_MAP_ANCHOR = "K3";

const COUNT = "#,##0";
const SHARE = "0.0%";
const SCORE = "0.0";
const MEAN = "#,##0.00";

export interface BriefingPlanInput {
  readonly briefing: Briefing;
  /** Where the data came from, for the title ("Tabel1 (Buurten!A1:U480)"). */
  readonly source: string;
  /** The method in words (plan/methodText.ts), first line its heading. */
  readonly method: readonly string[];
  readonly strings: Strings;
  /** The trend when the workbook holds the sheet MDI ontwikkeling; null (or absent) otherwise. */
  readonly trend?: TrendSummary | null;
  /** For numbers written into sentences (the trend's mean change); default English. */
  readonly language?: Language;
  readonly version: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  /** The map from the map step, placed beside the briefing (at BRIEFING_MAP_ANCHOR); absent or null: none. */
  readonly map?: PictureSpec | null;
}

function valueOrBlank(value: number | null): CellInput {
  return value !== null && Number.isFinite(value) ? value : "";
}

/**
 * Splits a line into pieces of at most `width` characters at spaces (a word longer than `width` stays whole).
 * @example wrapLine("aa bb cc", 5) // ["aa bb", "cc"]
 */
export function wrapLine(line: string, width: number): string[] {
  const words = line.split(" ");
  const out: string[] = [];
  let current = "";
  for (const word of words) {
    if (current && current.length + 1 + word.length > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current || out.length === 0) out.push(current);
  return out;
}

/** Blocks placed top to bottom in one column of the layout. */
class Column {
  readonly blocks: OutputBlock[] = [];
  constructor(
    private readonly column: number,
    public row: number,
  ) {}

  /** A bold heading row. */
  heading(text: string): void {
    this.blocks.push({ topLeft: formatAddress({ row: this.row, column: this.column }), rows: [[text]], header: true });
    this.row++;
  }

  /** A table: bold header row, then rows with one number format per column. */
  table(headers: string[], rows: CellInput[][], formats: string[]): void {
    this.blocks.push({
      topLeft: formatAddress({ row: this.row, column: this.column }),
      rows: [headers, ...rows],
      header: true,
      numberFormats: formats,
    });
    this.row += rows.length + 1;
  }

  /** One label with its figure in the fourth column (the label runs over the two empty columns between). */
  figure(label: string, value: CellInput, format: string): void {
    this.blocks.push({
      topLeft: formatAddress({ row: this.row, column: this.column }),
      rows: [[label, "", "", value]],
      numberFormats: ["", "", "", format],
    });
    this.row++;
  }

  /** Plain text rows. */
  lines(texts: readonly string[], bold = false): void {
    if (texts.length === 0) return;
    this.blocks.push({
      topLeft: formatAddress({ row: this.row, column: this.column }),
      rows: texts.map((text) => [text]),
      header: bold && texts.length === 1,
    });
    this.row += texts.length;
  }

  skip(rows = 1): void {
    this.row += rows;
  }
}

/**
 * The sheet "MDI briefing", in the user's language, laid out for one printed
 * page: title; key figures beside the decile distribution; the most and the
 * least deprived areas side by side; how the most deprived differ from the
 * rest on every indicator beside the stacking of deprivation and the strongest
 * correlations (with the caveat that correlation is not causation); the method
 * and weights in words at the bottom. Values only: a briefing is a snapshot,
 * dated in its second row.
 */
export function briefingSheet(input: BriefingPlanInput): OutputSheet {
  const { briefing: b, strings } = input;
  const t = strings.briefing.sheet;
  const head: OutputBlock[] = [
    { topLeft: "A1", rows: [[t.title(input.source)]], header: true },
    { topLeft: "A2", rows: [[t.made(input.version, input.date)]] },
  ];

  // Key figures (left) and the decile distribution (right).
  const left = new Column(LEFT, 3);
  const right = new Column(RIGHT, 3);
  left.heading(t.keyFigures);
  left.figure(t.areas, b.areas, COUNT);
  left.figure(t.scored, b.scored, COUNT);
  if (b.population !== null) left.figure(t.population, b.population, COUNT);
  left.figure(t.meanScore, valueOrBlank(b.meanScore), SCORE);
  left.figure(t.decile1Areas, b.decile1Areas, COUNT);
  if (b.decile1PopulationShare !== null) left.figure(t.decile1Share, valueOrBlank(b.decile1PopulationShare), SHARE);
  left.figure(t.stacked, b.stacked, COUNT);

  right.heading(t.deciles);
  const people = b.deciles.reduce((sum, d) => sum + (d.population ?? 0), 0);
  const withPeople = b.population !== null;
  const decileHeaders = [t.decile, t.areaCount, ...(withPeople ? [t.inhabitants, t.inhabitantShare] : [])];
  right.table(
    decileHeaders,
    b.deciles.map((d) => [
      t.decileLabel(d.decile),
      d.areas,
      ...(withPeople
        ? [valueOrBlank(d.population), valueOrBlank(people > 0 ? (d.population ?? 0) / people : NaN)]
        : []),
    ]),
    ["", COUNT, COUNT, SHARE].slice(0, decileHeaders.length),
  );

  // The most and the least deprived areas, side by side.
  const listRow = Math.max(left.row, right.row) + 1;
  left.row = listRow;
  right.row = listRow;
  const areaRows = (lines: Briefing["most"]) =>
    lines.map((l) => [l.area, valueOrBlank(l.rank), valueOrBlank(l.score), valueOrBlank(l.decile)]);
  const listHeaders = [t.area, t.rank, t.score, t.decile];
  left.heading(t.most(b.most.length));
  left.table(listHeaders, areaRows(b.most), ["", "0", SCORE, "0"]);
  right.heading(t.least(b.least.length));
  right.table(listHeaders, areaRows(b.least), ["", "0", SCORE, "0"]);

  // Left: the most deprived against the rest. Right: stacking, then the correlations.
  const nextRow = Math.max(left.row, right.row) + 1;
  left.row = nextRow;
  right.row = nextRow;
  left.heading(t.comparison(b.most.length));
  left.table(
    [t.indicator, t.top(b.most.length), t.rest, t.difference],
    b.comparison.map((c) => [
      c.direction === -1 ? strings.method.higherIsBetter(c.column) : c.column,
      valueOrBlank(c.top),
      valueOrBlank(c.rest),
      valueOrBlank(c.top - c.rest),
    ]),
    ["", MEAN, MEAN, MEAN],
  );

  right.heading(t.stacking);
  right.lines([t.stackingNote(b.domains)]);
  right.table(
    [t.stackingCount, t.areaCount],
    b.stacking.map((s) => [s.count, s.areas]),
    ["0", COUNT],
  );
  right.skip();
  right.heading(t.correlations);
  right.lines([t.caveat], true);
  if (b.correlations.length) {
    right.table(
      [strings.sheet.comparator, strings.sheet.pearson, strings.compare.strength, strings.sheet.n],
      b.correlations.map((c) => [c.column, c.pearson.r, strings.strength[c.pearson.strength], c.pearson.n]),
      ["", "0.00", "", COUNT],
    );
  } else right.lines([t.noCorrelations]);
  if (b.correlationsFailed.length) right.lines([strings.sheet.notComputed(b.correlationsFailed.join("; "))]);

  // The trend, when computed: the key figures and the mean change by earlier decile.
  const trend = input.trend;
  if (trend) {
    left.row = Math.max(left.row, right.row) + 1;
    right.row = left.row;
    left.heading(t.trend);
    left.lines(
      wrapLine(
        t.trendLine(trend.both, trend.improved, formatFixed(trend.meanChange, input.language ?? "en", 3)),
        BRIEFING_LINE_WIDTH,
      ),
    );
    left.lines([t.trendPersistent(trend.persistent)]);
    left.table(
      [t.trendDecile, t.areaCount, t.trendChange],
      trend.byDecile.map((d) => [d.decile, d.areas, valueOrBlank(d.meanChange)]),
      ["0", COUNT, MEAN],
    );
  }

  // The method and weights, full width at the bottom.
  const method = new Column(LEFT, Math.max(left.row, right.row) + 1);
  const [heading, ...lines] = input.method;
  method.heading(heading ?? t.method);
  method.lines(lines.flatMap((line) => wrapLine(line, BRIEFING_LINE_WIDTH)));

  return {
    name: BRIEFING_SHEET,
    tables: [],
    blocks: [...head, ...left.blocks, ...right.blocks, ...method.blocks],
    conditionalFormats: [],
    charts: [],
    activate: true,
    columnWidths: [...BRIEFING_COLUMN_WIDTHS],
    // One printed page: portrait, as the briefing is taller than wide; landscape with the map beside it.
    pageSetup: { orientation: input.map ? "landscape" : "portrait", fitToPagesWide: 1, fitToPagesTall: 1 },
    ...(input.map ? { pictures: [{ ...input.map, topLeft: BRIEFING_MAP_ANCHOR }] } : {}),
  };
}
