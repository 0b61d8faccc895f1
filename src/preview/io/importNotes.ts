/** What the page says after reading a CSV file: missing values by marker, thousands separators, numbers out of range. */
import type { Language } from "../../i18n/language";
import { PREVIEW_STRINGS } from "../../i18n/preview";
import type { CsvReport } from "./csv";

/**
 * The sentences about a CSV file's reading, in the user's language ("" when there is nothing to say).
 * @example csvNotes({ missing: { "n.v.t.": 1, "": 2 }, thousands: [], outOfRange: 0 }, "en")
 *   // "3 field(s) in number columns read as missing: “n.v.t.” 1×, empty 2×."
 */
export function csvNotes(report: CsvReport, language: Language): string {
  const t = PREVIEW_STRINGS[language];
  const notes: string[] = [];
  const markers = Object.entries(report.missing).sort((a, b) => b[1] - a[1]);
  const total = markers.reduce((n, [, fields]) => n + fields, 0);
  if (total > 0) notes.push(t.csvMissing(total, markers.map(([m, n]) => t.csvMarker(m, n)).join(", ")));
  if (report.missing["-"]) notes.push(t.csvDash);
  if (report.thousands.length) notes.push(t.csvThousands(report.thousands.join(", ")));
  if (report.outOfRange) notes.push(t.csvOutOfRange(report.outOfRange));
  return notes.join(" ");
}
