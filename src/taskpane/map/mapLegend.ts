import type { Language } from "../../i18n/language";
import type { Strings } from "../../i18n/taskpane";
import { formatPercent } from "../allocation/format";
import { formatFixed, formatNumber } from "../model/numbers";
import { NO_DATA_COLOR, type MapClass, type Shading } from "./mapColors";
import type { LegendEntry } from "./mapSvg";

/**
 * The legend of a shading in words: each class with its bounds and its number of areas, and "no value"
 * last, so a gap in the data is always counted on the map.
 */

/** Digits that tell the change classes apart (a step of 0.05 needs two). */
function digitsOf(classes: readonly MapClass[]): number {
  const step = classes.map((c) => c.to ?? 0).find((to) => Number.isFinite(to) && to > 0) ?? 1;
  return Math.max(0, Math.min(4, -Math.floor(Math.log10(step) + 1e-9)));
}

function classLabel(shade: Shading, c: MapClass, strings: Strings, language: Language): string {
  const t = strings.map;
  if (shade.measure === "decile") return t.legendDecile(c.decile ?? 0, c.areas);
  if (shade.measure === "coverage") {
    return t.legendCoverage(
      formatPercent(c.from ?? 0, language),
      formatPercent(c.to ?? 1, language),
      c.areas,
      c.from === 1,
    );
  }
  const digits = digitsOf(shade.classes);
  const from = c.from ?? -Infinity;
  const to = c.to ?? Infinity;
  const kind = !Number.isFinite(from) ? "lowest" : !Number.isFinite(to) ? "highest" : "between";
  return t.legendChange(formatFixed(from, language, digits), formatFixed(to, language, digits), c.areas, kind);
}

export function legendEntries(shade: Shading, strings: Strings, language: Language): LegendEntry[] {
  const entries = shade.classes.map((c) => ({ color: c.color, label: classLabel(shade, c, strings, language) }));
  entries.push({ color: NO_DATA_COLOR, label: strings.map.legendNoData(shade.missing) });
  return entries;
}

/** A value as the shown measure's legend words it: a share as a percentage, a score or change with 3 decimals. */
export function shownValue(shade: Shading, value: number, strings: Strings, language: Language): string {
  if (!Number.isFinite(value)) return strings.map.noValue;
  return shade.measure === "coverage" ? formatPercent(value, language) : formatNumber(value, language, 3);
}
