import type { Strings } from "../../i18n/taskpane";
import { changeShading, coverageShading, decileShading, scoreShading, type Shading } from "./mapColors";
import type { MapRows } from "./mapData";

/**
 * What the map can show: the MDI by its national decile (the default), a domain
 * by the deciles of its scores, the coverage, or the change since the earlier
 * period when the trend was computed.
 */
export type MapShow = "mdi" | "coverage" | "change" | `domain:${number}`;

/** The choices the results allow, in the order the pane lists them. */
export function showChoices(rows: MapRows): MapShow[] {
  return [
    "mdi",
    ...rows.table.domains.map((_, i) => `domain:${i}` as const),
    ...(rows.table.coverage ? (["coverage"] as const) : []),
    ...(rows.change ? (["change"] as const) : []),
  ];
}

export function isMapShow(value: unknown, rows: MapRows): value is MapShow {
  return typeof value === "string" && (showChoices(rows) as string[]).includes(value);
}

export interface ShownMeasure {
  readonly shade: Shading;
  /** The value per area behind the colour (the MDI score, domain score, coverage or change). */
  readonly values: ArrayLike<number>;
  /** Its name, for the selector, the title and the table. */
  readonly label: string;
}

/** A choice's name, for the selector, the title and the table (without shading anything). */
export function showLabel(show: MapShow, rows: MapRows, strings: Strings): string {
  const t = strings.map.shows;
  if (show === "coverage") return t.coverage;
  if (show === "change") return t.change;
  const domain = show.startsWith("domain:") ? rows.table.domains[Number(show.slice("domain:".length))] : undefined;
  return domain ? t.domain(domain.header) : t.mdi;
}

/**
 * The shading and values of a choice.
 * @param threshold the lowest coverage that is scored (the coverage colours start there)
 */
export function shownMeasure(show: MapShow, rows: MapRows, strings: Strings, threshold: number): ShownMeasure {
  const { table } = rows;
  const label = showLabel(show, rows, strings);
  if (show === "coverage" && table.coverage) {
    return { shade: coverageShading(table.coverage, threshold), values: table.coverage, label };
  }
  if (show === "change" && rows.change) return { shade: changeShading(rows.change), values: rows.change, label };
  const domain = show.startsWith("domain:") ? table.domains[Number(show.slice("domain:".length))] : undefined;
  if (domain) return { shade: scoreShading(domain.values), values: domain.values, label };
  return { shade: decileShading(table.decile), values: table.score, label };
}
