/**
 * A cell's value as the grid shows it: numbers through their Excel number format ("0.0",
 * "#,##0", "0%", dates) in the user's language — 1.234,5 in Dutch, 1,234.5 in English — and
 * General like Excel (up to 10 significant digits). The formats the add-in and the example
 * workbooks write are covered; an unknown format falls back to General.
 */
import type { Language } from "../../i18n/language";
import { NUMBER_LOCALE } from "../../i18n/locale";
import { PREVIEW_STRINGS } from "../../i18n/preview";
import type { CellError, CellValue } from "../../workbook/model";

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(language: Language, minimum: number, maximum: number, grouping: boolean): Intl.NumberFormat {
  const key = `${language}|${minimum}|${maximum}|${grouping}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(NUMBER_LOCALE[language], {
      minimumFractionDigits: minimum,
      maximumFractionDigits: maximum,
      useGrouping: grouping,
    });
    cache.set(key, format);
  }
  return format;
}

/** Excel's General: integers as they are, others to 10 significant digits, huge or tiny in E notation. */
function general(value: number, language: Language): string {
  if (value === 0) return "0";
  const magnitude = Math.abs(value);
  if (magnitude >= 1e11 || magnitude < 1e-9) {
    const text = value
      .toExponential(5)
      .replace(/\.?0+e/, "E")
      .replace(/E\+?/, "E+")
      .replace("E+-", "E-");
    return language === "nl" ? text.replace(".", ",") : text;
  }
  return numberFormat(language, 0, 10, false).format(Number(value.toPrecision(10)));
}

/** Excel serial day → "yyyy-mm-dd" (1900 date system; serial 25569 = 1970-01-01). */
function date(serial: number): string {
  const d = new Date(Math.round((serial - 25569) * 86400000));
  return d.toISOString().slice(0, 10);
}

type Part = "prefix" | "pattern" | "suffix";

/** A format section cut into the literal text before the number, the digit pattern, and the text after. */
function splitSection(section: string): Record<Part, string> {
  const parts: Record<Part, string> = { prefix: "", pattern: "", suffix: "" };
  const at: { part: Part } = { part: "prefix" };
  const literal = (text: string) => {
    if (at.part !== "prefix") at.part = "suffix";
    parts[at.part] += text;
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    const startsDigits = "0#?".includes(ch) || (ch === "." && "0#?".includes(section[i + 1] ?? ""));
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      literal(section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") {
      literal(section[i + 1] ?? "");
      i++;
    } else if (ch === "[") {
      // [Red], [>=100]: colours and conditions, not shown.
      const end = section.indexOf("]", i);
      i = end < 0 ? section.length : end;
    } else if (ch === "_") {
      literal(" "); // space the width of the next character
      i++;
    } else if (ch === "*") {
      i++; // repeat-to-fill: nothing in a grid cell
    } else if (at.part !== "suffix" && (startsDigits || (at.part === "pattern" && ".,".includes(ch)))) {
      at.part = "pattern";
      parts.pattern += ch;
    } else literal(ch);
  }
  return parts;
}

/**
 * The text the grid shows for a value with an Excel number format.
 * @example formatValue(1234.5, "#,##0.0", "nl") // "1.234,5"
 * @example formatValue(0.125, "0.0%", "en") // "12.5%"
 * @example formatValue(-5, "0;(0)", "en") // "(5)"
 * @example formatValue(43466, "yyyy-mm-dd", "en") // "2019-01-01"
 */
export function formatValue(value: CellValue | CellError, format: string | undefined, language: Language): string {
  if (typeof value === "object") return value.error;
  if (typeof value === "boolean") return PREVIEW_STRINGS[language].booleans[value ? "true" : "false"];
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return String(value);
  // A second section is Excel's format for negative numbers, written without the sign.
  const sections = (format ?? "").split(";");
  const negativeSection = value < 0 && sections.length > 1;
  const section = negativeSection ? sections[1] : sections[0];
  const magnitude = negativeSection ? Math.abs(value) : value;
  const bare = section.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "").trim();
  if (!bare || /^general$/i.test(bare) || bare === "@") return general(value, language);
  if (/[ymd]/i.test(bare) && !/[0#]/.test(bare)) return date(value);
  const { prefix, pattern, suffix } = splitSection(section);
  if (!pattern) return general(value, language);
  const [integer, fraction = ""] = pattern.split(".");
  const minimum = (fraction.match(/0/g) ?? []).length;
  const maximum = (fraction.match(/[0#?]/g) ?? []).length;
  const percent = (prefix + suffix).includes("%");
  const grouping = integer.includes(",");
  const body = numberFormat(language, minimum, maximum, grouping).format(percent ? magnitude * 100 : magnitude);
  return `${prefix}${body}${suffix}`;
}
