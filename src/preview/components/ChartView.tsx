/**
 * One chart the task pane asked the workbook to create, drawn with chart.js from the cells its
 * ChartSpec names; redrawn when the workbook changes (live formulas recomputed). The canvas is
 * an image for assistive technology, named by the chart's title.
 */
import * as React from "react";
import type { Chart } from "chart.js";
import type { ChartSpec, WorkbookModel } from "../../workbook/model";
import { chartConfig } from "../charts/chartConfig";
import { loadChartJs } from "../charts/loadChartJs";

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
    let open = true;
    void loadChartJs().then((ChartJs) => {
      if (!open) return;
      chartRef.current = new ChartJs(canvas, chartConfig(model, sheetName, spec));
    });
    return () => {
      open = false;
      chartRef.current?.destroy();
      chartRef.current = null;
    };
  }, [model, sheetName, spec, version]);

  return (
    <div style={{ position: "relative", width: "100%", height: "100%" }}>
      <canvas ref={canvasRef} role="img" aria-label={label} data-chart-type={spec.type} />
    </div>
  );
}
