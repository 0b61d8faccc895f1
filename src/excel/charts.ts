import { formatAddress, parseAddress, type ChartSpec } from "../workbook/model";

/**
 * Adds a native chart from its spec. Series may name ranges on other sheets,
 * among them sheets added in the same batch (`written`, by upper-case name),
 * which Excel cannot look up by name before the batch is synced.
 * @param seriesApi whether ExcelApi 1.7 is there: without it the chart shows its first series only
 */
export function addChart(
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
