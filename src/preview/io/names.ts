/**
 * Sheet and table names for data that arrives without them (a CSV file), made valid for Excel.
 */
import { checkTableName } from "../../workbook/layout";

/**
 * A worksheet name from a file name: the extension dropped, the characters Excel forbids in
 * sheet names (: \ / ? * [ ]) replaced by "_", at most 31 characters.
 * @example sheetNameFromFile("wijken;2019.csv") // "wijken;2019"
 * @example sheetNameFromFile("a/b?.csv") // "a_b_"
 */
export function sheetNameFromFile(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  const clean = base
    .replace(/[:\\/?*[\]]/g, "_")
    .replace(/^'+|'+$/g, "")
    .trim()
    .slice(0, 31);
  // Excel reserves "History" (the change-tracking sheet).
  if (clean.toLowerCase() === "history") return `${clean}_`;
  return clean || "Data";
}

/**
 * An Excel table name from a sheet name: letters, digits, "_" and "." only, starting with a letter
 * or "_", and not a cell reference such as "A1" or "R1C1".
 * @example tableNameFromSheet("Buurten 2019") // "Buurten_2019"
 * @example tableNameFromSheet("2019") // "_2019"
 */
export function tableNameFromSheet(sheetName: string): string {
  const name = sheetName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9_.]/g, "_")
    .slice(0, 254);
  try {
    checkTableName(name);
    return name;
  } catch {
    // Starts with a digit or reads as a cell reference ("AB12", "R1C1"): an underscore first fixes both.
    return `_${name}`;
  }
}
