/**
 * Charts the task pane asks for (ChartSpec) as the preview draws them with chart.js: Excel's chart
 * types onto chart.js's, series read from the cells they name (on the chart's sheet or another),
 * errors and blanks as gaps rather than zeros.
 */
import { chartConfig, numbersAt, labelsAt } from "../../src/preview/charts/chartConfig";
import type { ChartSpec, WorkbookModel } from "../../src/workbook/model";

const model: WorkbookModel = {
  settings: {},
  sheets: [
    {
      name: "MDI",
      cells: [
        [{ value: "Deciel" }, { value: "Gebieden" }, { value: "Score" }, { value: "SES" }],
        [{ value: 1 }, { value: 48 }, { value: 66.8 }, { value: -0.5 }],
        [{ value: 2 }, { value: 47 }, { value: { error: "#N/A", message: "ontbreekt" } }, { value: 0.1 }],
        [{ value: 3 }, { value: "" }, { value: 12.4 }, { value: 0.3 }],
      ],
      tables: [],
      charts: [],
      conditionalFormats: [],
    },
    { name: "MDI data", cells: [[{ value: 5 }], [{ value: 6 }]], tables: [], charts: [], conditionalFormats: [] },
  ],
};

const spec = (type: ChartSpec["type"], extra: Partial<ChartSpec> = {}): ChartSpec => ({
  name: "c",
  type,
  title: "Gebieden per deciel",
  series: [{ name: "Gebieden", values: "B2:B4", categories: "A2:A4" }],
  topLeft: "F2",
  bottomRight: "M18",
  ...extra,
});

test("cells of a range: numbers, gaps for blanks and errors, other sheets by name", () => {
  expect(numbersAt(model, "MDI", "C2:C4")).toEqual([66.8, null, 12.4]);
  expect(numbersAt(model, "MDI", "'MDI data'!A1:A2")).toEqual([5, 6]);
  expect(labelsAt(model, "MDI", "A2:A4")).toEqual(["1", "2", "3"]);
});

test("ColumnClustered → vertical bars with the categories as labels", () => {
  const config = chartConfig(model, "MDI", spec("ColumnClustered", { xAxisTitle: "Deciel", yAxisTitle: "Gebieden" }));
  expect(config.type).toBe("bar");
  expect(config.data.labels).toEqual(["1", "2", "3"]);
  expect(config.data.datasets[0].data).toEqual([48, 47, null]);
  expect(config.options?.indexAxis).toBe("x");
  const scales = config.options?.scales as Record<string, { title: { text?: string }; stacked?: boolean }>;
  expect(scales.x.title.text).toBe("Deciel");
  expect(scales.y.title.text).toBe("Gebieden");
  expect(config.options?.plugins?.title).toEqual({ display: true, text: "Gebieden per deciel" });
});

test("BarClustered → horizontal bars; ColumnStacked → stacked", () => {
  expect(chartConfig(model, "MDI", spec("BarClustered")).options?.indexAxis).toBe("y");
  const stacked = chartConfig(model, "MDI", spec("ColumnStacked")).options?.scales as Record<
    string,
    { stacked: boolean }
  >;
  expect(stacked.x.stacked && stacked.y.stacked).toBe(true);
});

test("XYScatter → points where both x and y are numbers", () => {
  const config = chartConfig(
    model,
    "MDI",
    spec("XYScatter", { series: [{ name: "MDI", values: "C2:C4", xValues: "D2:D4" }] }),
  );
  expect(config.type).toBe("scatter");
  expect(config.data.datasets[0].data).toEqual([
    { x: -0.5, y: 66.8 },
    { x: 0.3, y: 12.4 },
  ]);
});

test("Line and Radar keep their type; the legend shows with more than one series", () => {
  expect(chartConfig(model, "MDI", spec("Line")).type).toBe("line");
  const radar = chartConfig(
    model,
    "MDI",
    spec("Radar", {
      series: [
        { name: "Gebied", values: "C2:C4", categories: "A2:A4" },
        { name: "Gemiddelde", values: "D2:D4" },
      ],
    }),
  );
  expect(radar.type).toBe("radar");
  expect(radar.data.datasets.map((d) => d.label)).toEqual(["Gebied", "Gemiddelde"]);
  expect(radar.options?.plugins?.legend?.display).toBe(true);
});
