import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Chart } from "chart.js";

/** Excel's first series colours (Office theme accents 1, 2 and 3), as the preview draws the sheet's charts. */
const SERIES_COLORS = ["#4472c4", "#ed7d31", "#a5a5a5"];

const useStyles = makeStyles({
  frame: { position: "relative", width: "100%", height: "220px" },
  canvas: { borderRadius: tokens.borderRadiusMedium },
});

export interface ChartSeries {
  readonly name: string;
  /** One value per label; null = nothing to draw (a decile without inhabitants). */
  readonly values: ReadonlyArray<number | null>;
  /** Drawn as a line over the bars (a reference such as equal per head). */
  readonly line?: boolean;
}

export interface AllocationChartProps {
  readonly labels: readonly string[];
  readonly series: readonly ChartSeries[];
  readonly title: string;
  readonly xTitle: string;
  readonly yTitle: string;
  /** Accessible name of the image; the table next to it holds the same numbers. */
  readonly label: string;
}

/**
 * A bar chart drawn in the pane with chart.js (loaded when first shown, so
 * the pane starts light). Where a canvas cannot be drawn on (no 2-D context)
 * nothing is drawn; the table beside it carries the numbers.
 */
export function AllocationChart({ labels, series, title, xTitle, yTitle, label }: AllocationChartProps) {
  const styles = useStyles();
  const canvasRef = React.useRef<HTMLCanvasElement>(null);

  React.useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !canvas.getContext("2d")) return undefined;
    let chart: Chart | null = null;
    let live = true;
    void import("chart.js").then(({ Chart: ChartJs, registerables }) => {
      if (!live) return;
      ChartJs.register(...registerables);
      chart = new ChartJs(canvas, {
        type: "bar",
        data: {
          labels: [...labels],
          datasets: series.map((s, i) => ({
            type: s.line ? ("line" as const) : ("bar" as const),
            label: s.name,
            data: [...s.values],
            backgroundColor: SERIES_COLORS[i % SERIES_COLORS.length],
            borderColor: SERIES_COLORS[i % SERIES_COLORS.length],
            pointRadius: s.line ? 0 : undefined,
          })),
        },
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          plugins: { title: { display: true, text: title }, legend: { display: series.length > 1 } },
          scales: {
            x: { title: { display: true, text: xTitle } },
            y: { title: { display: true, text: yTitle }, beginAtZero: true },
          },
        },
      });
    });
    return () => {
      live = false;
      chart?.destroy();
    };
  }, [labels, series, title, xTitle, yTitle]);

  return (
    <div className={styles.frame}>
      <canvas ref={canvasRef} className={styles.canvas} role="img" aria-label={label} />
    </div>
  );
}
