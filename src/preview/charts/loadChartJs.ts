import type { Chart } from "chart.js";

/**
 * chart.js is loaded as its own chunk when the first chart is drawn (the preview starts it right after the
 * page is interactive, so it is there by the time a sheet shows one), registered once.
 */
let loading: Promise<typeof Chart> | null = null;

export function loadChartJs(): Promise<typeof Chart> {
  loading ??= import(/* webpackChunkName: "chartjs" */ "chart.js").then(({ Chart: ChartJs, registerables }) => {
    ChartJs.register(...registerables);
    return ChartJs;
  });
  return loading;
}
