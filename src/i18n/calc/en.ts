/**
 * What the in-memory workbook's formula evaluation (tests, browser preview)
 * says in English about a formula it cannot compute. The Dutch module (nl.ts)
 * has the same keys.
 */
export const en = {
  unsupported: (what: string) =>
    `The preview computes the MDI functions, IF, ISBLANK, IFERROR and cell references only; Excel computes ${what}. The formula is kept.`,
  unknownFunction: (name: string) => `There is no function ${name}. The MDI functions start with MDI.`,
  internal: (text: string) => `The function stopped unexpectedly: ${text}`,
  notValue: "The function returned something that cannot be shown in a cell.",
  pending: "The function returned a promise; the preview computes synchronous functions only.",
  empty: "The function returned no values.",
  circular: (cell: string) => `Circular reference: ${cell} depends on its own result.`,
  spill: (area: string, cell: string) =>
    `The result needs ${area}, but ${cell} is not empty. Clear it to show the result.`,
  spillEdge: (area: string) => `The result needs ${area}, which runs past the end of the sheet.`,
  spillTable: (area: string, table: string) =>
    `The result needs ${area}, which lies in table ${table}: Excel does not spill results in a table. Put the formula outside the table.`,
  noSheet: (sheet: string) => `There is no sheet named "${sheet}".`,
  noSpill: (cell: string) => `${cell} holds no formula whose result spills, so ${cell}# refers to nothing.`,
  ifErrorArguments: "IFERROR takes a value and one value to show instead of an error.",
  ifArguments: "IF takes a condition, a value if true and optionally a value if false.",
  isBlankArguments: "ISBLANK takes one value or range.",
  notCondition: (value: string) => `IF needs TRUE, FALSE or a number as its condition, got "${value}".`,
};

export type CalcStrings = typeof en;
