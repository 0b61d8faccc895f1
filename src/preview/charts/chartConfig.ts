/**
 * A ChartSpec (what the task pane asks Excel to draw) → a chart.js configuration drawing the
 * same chart from the same cells. Excel's chart types map onto chart.js's: columns and bars are
 * "bar" (vertical or horizontal, stacked when asked), XY scatter is "scatter", line and radar are
 * themselves. Pure: the cells come from the workbook model, nothing is drawn here.
 */
import type { ChartConfiguration, ChartDataset } from "chart.js";
import type { ChartSpec, WorkbookModel } from "../../workbook/model";
import { parseAddress } from "../../workbook/model";

/** Excel's default series colours (Office theme accents 1–6). */
export const SERIES_COLORS = ["#4472c4", "#ed7d31", "#a5a5a5", "#ffc000", "#5b9bd5", "#70ad47"];

/** The cells of an address ("B2:B11" on `sheetName`, or "'MDI'!B2:B11"), row-major. */
function cellsAt(model: WorkbookModel, sheetName: string, address: string): Array<number | string | boolean | null> {
  const range = parseAddress(address);
  const sheet = model.sheets.find((s) => s.name === (range.sheet ?? sheetName));
  const out: Array<number | string | boolean | null> = [];
  for (let r = range.start.row; r <= range.end.row; r++) {
    for (let c = range.start.column; c <= range.end.column; c++) {
      const value = sheet?.cells[r]?.[c]?.value;
      out.push(value === undefined || value === "" || typeof value === "object" ? null : value);
    }
  }
  return out;
}

/** Numbers of a range; anything else (blank, text, an error such as #N/A) is a gap. */
export function numbersAt(model: WorkbookModel, sheetName: string, address: string): Array<number | null> {
  return cellsAt(model, sheetName, address).map((v) => (typeof v === "number" && Number.isFinite(v) ? v : null));
}

/** Category labels of a range, as text. */
export function labelsAt(model: WorkbookModel, sheetName: string, address: string): string[] {
  return cellsAt(model, sheetName, address).map((v) => (v === null ? "" : String(v)));
}

/**
 * The chart.js configuration for a chart on `sheetName`.
 * @example chartConfig(model, "MDI", { type: "ColumnClustered", ... }).type // "bar"
 */
export function chartConfig(model: WorkbookModel, sheetName: string, spec: ChartSpec): ChartConfiguration {
  const color = (i: number) => SERIES_COLORS[i % SERIES_COLORS.length];
  const axisTitle = (text?: string) => (text ? { display: true, text } : { display: false });
  const common = {
    animation: false as const,
    responsive: true,
    maintainAspectRatio: false,
    plugins: {
      title: { display: !!spec.title, text: spec.title },
      legend: { display: spec.series.length > 1 },
    },
  };

  if (spec.type === "XYScatter") {
    const datasets = spec.series.map((s, i) => {
      const ys = numbersAt(model, sheetName, s.values);
      const xs = s.xValues ? numbersAt(model, sheetName, s.xValues) : ys.map((_, j) => j + 1);
      const points = ys.flatMap((y, j) =>
        y === null || xs[j] === null || xs[j] === undefined ? [] : [{ x: xs[j] as number, y }],
      );
      return { label: s.name, data: points, backgroundColor: color(i), borderColor: color(i), pointRadius: 2 };
    });
    return {
      type: "scatter",
      data: { datasets },
      options: {
        ...common,
        scales: { x: { title: axisTitle(spec.xAxisTitle) }, y: { title: axisTitle(spec.yAxisTitle) } },
      },
    };
  }

  const first = spec.series[0];
  const labels = first?.categories
    ? labelsAt(model, sheetName, first.categories)
    : (first ? numbersAt(model, sheetName, first.values) : []).map((_, j) => String(j + 1));

  if (spec.type === "Radar") {
    const datasets = spec.series.map((s, i) => ({
      label: s.name,
      data: numbersAt(model, sheetName, s.values),
      borderColor: color(i),
      backgroundColor: `${color(i)}33`,
    }));
    return { type: "radar", data: { labels, datasets }, options: { ...common } };
  }

  const datasets: ChartDataset<"bar" | "line", Array<number | null>>[] = spec.series.map((s, i) => ({
    label: s.name,
    data: numbersAt(model, sheetName, s.values),
    backgroundColor: color(i),
    borderColor: color(i),
  }));
  const stacked = spec.type === "ColumnStacked";
  const horizontal = spec.type === "BarClustered";
  const categoryAxis = { stacked, title: axisTitle(spec.xAxisTitle) };
  const valueAxis = { stacked, title: axisTitle(spec.yAxisTitle), beginAtZero: true };
  return {
    type: spec.type === "Line" ? "line" : "bar",
    data: { labels, datasets },
    options: {
      ...common,
      indexAxis: horizontal ? "y" : "x",
      // Excel's axis titles belong to the category and value axes, whichever way the bars run.
      scales: horizontal ? { y: categoryAxis, x: valueAxis } : { x: categoryAxis, y: valueAxis },
    },
  } as ChartConfiguration;
}
