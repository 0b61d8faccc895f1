/**
 * One chart the task pane asked the workbook to create, drawn with chart.js from the cells its
 * ChartSpec names; redrawn when the workbook changes (live formulas recomputed). The canvas is
 * an image for assistive technology, named by the chart's title.
 */
import * as React from "react";
import { Chart, registerables } from "chart.js";
import type { ChartSpec, WorkbookModel } from "../../workbook/model";
import { chartConfig } from "../charts/chartConfig";

Chart.register(...registerables);

export interface ChartViewProps {
  model: WorkbookModel;
  sheetName: string;
  spec: ChartSpec;
  /** Changes whenever the workbook changes. */
  version: number;
  label: string;
}

export function ChartView({ model, sheetName, spec, version, label }: ChartViewProps) {
  const canvasRef = React.useRef<HTMLCanvasElement>(null);
  const chartRef = React.useRef<Chart | null>(null);

  React.useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return undefined;
    const chart = new Chart(canvas, chartConfig(model, sheetName, spec));
    chartRef.current = chart;
    return () => {
      chart.destroy();
      chartRef.current = null;
    };
  }, [model, sheetName, spec, version]);

  return (
    <div style={{ position: "relative", width: "100%", height: "100%" }}>
      <canvas ref={canvasRef} role="img" aria-label={label} data-chart-type={spec.type} />
    </div>
  );
}
