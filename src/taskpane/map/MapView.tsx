import * as React from "react";
import { Caption1, Caption1Strong, makeStyles, tokens } from "@fluentui/react-components";
import type { ProjectedMap } from "./projection";
import type { LegendEntry } from "./mapSvg";
import type { AreaText } from "./types";

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  map: {
    position: "relative",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "#ffffff",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  svg: { display: "block", width: "100%", height: "auto" },
  info: { minHeight: "2.6em" },
  legend: { display: "flex", flexDirection: "column", gap: "2px", margin: 0, padding: 0, listStyleType: "none" },
  entry: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  swatch: { width: "14px", height: "12px", border: "1px solid #808080", flexShrink: 0 },
  credit: { color: tokens.colorNeutralForeground3 },
});

export interface MapViewProps {
  readonly map: ProjectedMap;
  /** Per shape, its fill. */
  readonly fills: readonly string[];
  /** Per shape, its area (row), or -1. */
  readonly rowOfShape: Int32Array;
  /** Per area, its shapes. */
  readonly shapesOfRow: ReadonlyArray<readonly number[]>;
  /** The areas with a shape in the order the arrow keys walk (by rank). */
  readonly order: readonly number[];
  /** What an area's focus or hover says: its name, score, rank and decile. */
  readonly describe: AreaText;
  readonly title: string;
  readonly description: string;
  readonly keys: string;
  readonly legendTitle: string;
  readonly legend: readonly LegendEntry[];
  readonly credit: string;
}

/**
 * The map in the pane: an SVG of the areas in their colours, reachable with the
 * keyboard. The map is one tab stop (a few hundred would trap a keyboard user);
 * once it has focus the arrow keys walk the areas in rank order and a live
 * region reads the current one out, as hovering shows it. The SVG is an image
 * with a title and a description; the table under it is the full alternative.
 */
export function MapView(props: MapViewProps) {
  const styles = useStyles();
  const { map, fills, rowOfShape, shapesOfRow, order, describe } = props;
  const [current, setCurrent] = React.useState<number | null>(null);
  const titleId = React.useId();
  const descriptionId = React.useId();
  const infoId = React.useId();

  const move = (event: React.KeyboardEvent) => {
    if (order.length === 0) return;
    const at = current === null ? -1 : order.indexOf(current);
    const next =
      event.key === "ArrowRight" || event.key === "ArrowDown"
        ? Math.min(order.length - 1, at + 1)
        : event.key === "ArrowLeft" || event.key === "ArrowUp"
          ? Math.max(0, at < 0 ? 0 : at - 1)
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? order.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    setCurrent(order[next]);
  };

  const hover = (event: React.MouseEvent) => {
    const shape = Number((event.target as Element).getAttribute?.("data-shape"));
    if (Number.isInteger(shape) && rowOfShape[shape] >= 0) setCurrent(rowOfShape[shape]);
  };

  const highlighted = current === null ? [] : (shapesOfRow[current] ?? []);
  return (
    <figure className={styles.figure}>
      <div
        className={styles.map}
        tabIndex={0}
        role="group"
        aria-labelledby={titleId}
        aria-describedby={`${descriptionId} ${infoId}`}
        onKeyDown={move}
        onMouseMove={hover}
        onMouseLeave={() => setCurrent(null)}
        data-testid="mdi-map"
      >
        <svg
          className={styles.svg}
          viewBox={`0 0 ${map.width} ${map.height}`}
          role="img"
          aria-labelledby={titleId}
          aria-describedby={descriptionId}
        >
          <title id={titleId}>{props.title}</title>
          <desc id={descriptionId}>{`${props.description} ${props.keys}`}</desc>
          <g stroke="#ffffff" strokeWidth={0.4} fillRule="evenodd">
            {map.paths.map((d, i) =>
              d ? <path key={i} d={d} fill={fills[i]} data-shape={i} data-row={rowOfShape[i]} /> : null,
            )}
          </g>
          <g fill="none" stroke="#242424" strokeWidth={2} pointerEvents="none">
            {highlighted.map((s) => (map.paths[s] ? <path key={s} d={map.paths[s]} /> : null))}
          </g>
        </svg>
      </div>
      <Caption1 id={infoId} className={styles.info} aria-live="polite" block>
        {current === null ? props.keys : describe(current)}
      </Caption1>
      <figcaption>
        <Caption1Strong as="h3">{props.legendTitle}</Caption1Strong>
        <ul className={styles.legend} aria-label={props.legendTitle}>
          {props.legend.map((entry) => (
            <li key={entry.label} className={styles.entry}>
              <span className={styles.swatch} style={{ backgroundColor: entry.color }} aria-hidden />
              <Caption1>{entry.label}</Caption1>
            </li>
          ))}
        </ul>
        <Caption1 className={styles.credit} block>
          {props.credit}
        </Caption1>
      </figcaption>
    </figure>
  );
}
