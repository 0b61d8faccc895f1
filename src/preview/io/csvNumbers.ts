/**
 * How the numbers of a CSV column are written, and which fields mean "no value". Dutch statistics
 * files write decimal commas, group thousands with ".", and mark figures they do not publish with
 * CBS's symbols; a missing value is never read as 0.
 */

/** How the numbers of one column are written, or "text" when the column is not numeric. */
export type NumberStyle = "point" | "comma" | "pointWithThousands" | "text";

/** Fields that mean "no value" in any column: empty, and CBS's "." for a figure not published. */
const ALWAYS_MISSING = new Set(["", "."]);
/**
 * Fields that mean "no value" in a numeric column, compared in lower case: CBS's "x" (secret),
 * "-" (nil, or not applicable), "?" (unknown) and "n.v.t." (not applicable); R's NA; Excel's #N/A.
 * CBS uses "-" for nil, which can be a real zero: it is read as missing all the same, and counted
 * apart in the import's report, so that nothing is ever made 0 without the user saying so.
 */
const MISSING_IN_NUMBERS = new Set(["x", "-", "?", "n.v.t.", "nvt", "na", "n/a", "#n/a"]);

const POINT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const COMMA = /^[+-]?(?:\d+(?:,\d*)?|,\d+|\d{1,3}(?:\.\d{3})+(?:,\d*)?)$/;
const POINT_WITH_THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
/** "1.234" or "12.345.678" where "." groups thousands: no leading zero ("0.045" is a decimal). */
const DOT_THOUSANDS = /^[+-]?[1-9]\d{0,2}(?:\.\d{3})+$/;
const INTEGER = /^[+-]?\d+$/;
/** A leading zero before another digit marks a code (postcode, municipality code), not a number. */
const CODE = /^[+-]?0\d/;

/** True when the field means "no value" (in a numeric column when `numeric`). */
export function isMissing(field: string, numeric: boolean): boolean {
  return ALWAYS_MISSING.has(field) || (numeric && MISSING_IN_NUMBERS.has(field.toLowerCase()));
}

/**
 * The number style of a column's fields (already trimmed). A column is numeric only when every
 * field that is not missing is a number in one style; "point" wins when both fit (integers),
 * except in a file that writes decimal commas (`decimalComma`), where a column of whole numbers
 * with "." between groups of three digits ("1.234", "12.345") is read with "." as the thousands
 * separator. "1.5" or "0.045" cannot be such a group: a column holding one stays "point".
 * @example classifyColumn(["3,5", "12", "."]) // "comma"
 * @example classifyColumn(["0363", "0518"]) // "text"
 * @example classifyColumn(["1.234", "12.345", "7"], true) // "comma"
 * @example classifyColumn(["1.234", "1.5"], true) // "point"
 */
export function classifyColumn(fields: readonly string[], decimalComma = false): NumberStyle {
  const present = fields.filter((f) => !isMissing(f, true));
  if (present.length === 0 || present.some((f) => CODE.test(f))) return "text";
  if (present.every((f) => POINT.test(f))) {
    const grouped =
      decimalComma &&
      present.some((f) => DOT_THOUSANDS.test(f)) &&
      present.every((f) => DOT_THOUSANDS.test(f) || INTEGER.test(f));
    return grouped ? "comma" : "point";
  }
  if (present.every((f) => COMMA.test(f))) return "comma";
  if (present.every((f) => POINT_WITH_THOUSANDS.test(f) || POINT.test(f))) return "pointWithThousands";
  return "text";
}

/** True when a column classified "comma" really writes a decimal comma: the file's numbers use commas. */
export function writesDecimalComma(fields: readonly string[]): boolean {
  return fields.some((f) => f.includes(",") && COMMA.test(f));
}

/**
 * A field as a number in the given style.
 * @example parseNumber("1.234,5", "comma") // 1234.5
 * @example parseNumber("1,234.5", "pointWithThousands") // 1234.5
 */
export function parseNumber(field: string, style: Exclude<NumberStyle, "text">): number {
  if (style === "comma") return Number(field.replace(/\./g, "").replace(",", "."));
  if (style === "pointWithThousands") return Number(field.replace(/,/g, ""));
  return Number(field);
}
