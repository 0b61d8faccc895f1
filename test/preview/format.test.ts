/**
 * What the grid shows: Excel number formats in Dutch and English, colour scales as Excel paints
 * them, and what a typed cell input means. Expected texts are how Excel displays these values
 * with these formats (nl-NL: decimal comma, "." for thousands; en: the reverse).
 */
import { formatValue } from "../../src/preview/format/formatValue";
import { colorScalePainter } from "../../src/preview/format/colorScale";
import { parseCellInput } from "../../src/preview/components/FormulaBar";
import { exportFileName } from "../../src/preview/download";
import type { SheetModel } from "../../src/workbook/model";

describe("formatValue", () => {
  test.each([
    [1234.5, "#,##0.0", "nl", "1.234,5"],
    [1234.5, "#,##0.0", "en", "1,234.5"],
    [1035, "#,##0", "nl", "1.035"],
    [15.3, "0.0", "nl", "15,3"],
    [15, "0.0", "en", "15.0"],
    [0.045, "0.000", "nl", "0,045"],
    [-0.1, "0.000", "en", "-0.100"],
    [0.125, "0.0%", "en", "12.5%"],
    [0.5, "0%", "nl", "50%"],
    [2.5, "0", "en", "3"],
    [-5, "0;(0)", "en", "(5)"],
    [43466, "yyyy-mm-dd", "en", "2019-01-01"],
    [4.25, '0.00" km"', "nl", "4,25 km"],
    [0.5, "[Red]0.0_)", "en", "0.5 "],
  ])("%p with %p in %s → %p", (value, format, language, expected) => {
    expect(formatValue(value, format, language as "nl" | "en")).toBe(expected);
  });

  test("General: integers as they are, others to 10 significant digits, no thousands separator", () => {
    expect(formatValue(33755, undefined, "nl")).toBe("33755");
    expect(formatValue(0.1 + 0.2, undefined, "en")).toBe("0.3");
    expect(formatValue(66.80421234567, "General", "nl")).toBe("66,80421235");
    expect(formatValue(-0.5, undefined, "en")).toBe("-0.5");
    expect(formatValue(1.5e12, undefined, "en")).toBe("1.5E+12");
  });

  test("text, booleans and errors", () => {
    expect(formatValue("BU03630000", "0.0", "nl")).toBe("BU03630000");
    expect(formatValue(true, undefined, "nl")).toBe("WAAR");
    expect(formatValue(false, undefined, "en")).toBe("FALSE");
    expect(formatValue({ error: "#N/A", message: "ontbreekt" }, undefined, "nl")).toBe("#N/A");
  });
});

describe("colour scales", () => {
  const sheet = (values: number[], colors: string[], points?: number[]): SheetModel => ({
    name: "MDI",
    cells: [[{ value: "Deciel" }], ...values.map((value) => [{ value }])],
    tables: [],
    charts: [],
    conditionalFormats: [
      { kind: "colorScale", address: `A2:A${values.length + 1}`, colors, ...(points ? { points } : {}) },
    ],
  });

  test("two colours at given points (deciles 1 and 10)", () => {
    const paint = colorScalePainter(sheet([1, 10, 5.5], ["#f8696b", "#63be7b"], [1, 10]));
    expect(paint(1, 0, 1)).toBe("rgb(248, 105, 107)");
    expect(paint(2, 0, 10)).toBe("rgb(99, 190, 123)");
    // Halfway: each channel halfway, rounded (Excel interpolates linearly in RGB).
    expect(paint(3, 0, 5.5)).toBe("rgb(174, 148, 115)");
    expect(paint(0, 0, "Deciel")).toBeUndefined();
    expect(paint(5, 0, 3)).toBeUndefined(); // outside the range
  });

  test("three colours: lowest value, 50th percentile, highest value", () => {
    const paint = colorScalePainter(sheet([0, 10, 20, 100], ["#000000", "#808080", "#ffffff"]));
    // Percentile 50 of 0, 10, 20, 100 is 15 (PERCENTILE.INC).
    expect(paint(1, 0, 0)).toBe("rgb(0, 0, 0)");
    expect(paint(1, 0, 15)).toBe("rgb(128, 128, 128)");
    expect(paint(1, 0, 100)).toBe("rgb(255, 255, 255)");
  });
});

describe("typed cell input", () => {
  test.each([
    ["3,5", "nl", 3.5],
    ["1.234,5", "nl", 1234.5],
    ["3.5", "en", 3.5],
    ["1,234.5", "en", 1234.5],
    ["=MDI.RANK(B2:B480)", "nl", { formula: "=MDI.RANK(B2:B480)" }],
    ["", "en", ""],
    ["Kop Zeedijk", "nl", "Kop Zeedijk"],
    ["0363", "nl", 363],
  ])("%p (%s) → %p", (text, language, expected) => {
    expect(parseCellInput(text, language as "nl" | "en")).toEqual(expected);
  });
});

test("export file name", () => {
  expect(exportFileName("amsterdam-buurten-2019.xlsx")).toBe("amsterdam-buurten-2019-mdi.xlsx");
  expect(exportFileName("amsterdam-buurten-2019-mdi.xlsx")).toBe("amsterdam-buurten-2019-mdi.xlsx");
  expect(exportFileName("C:\\data\\inkomen.csv")).toBe("inkomen-mdi.xlsx");
});
