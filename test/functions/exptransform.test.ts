/**
 * =MDI.EXPTRANSFORM. Expected values: docs/method.md §2 worked example A.
 */
import { asExcelError, installCustomFunctionsStub, thrown } from "../support/customFunctions";
installCustomFunctionsStub();
import { exptransform } from "../../src/functions/exptransform";

const column = (values: unknown[]) => values.map((v) => [v]) as any[][];
const EXAMPLE_A = [100, 35.8568, 20.6327, 11.5515, 5.058];

describe("=MDI.EXPTRANSFORM", () => {
  it("worked example A: values whose ranks are 1..5 → 100, 35.8568, 20.6327, 11.5515, 5.0580", () => {
    exptransform(column([9, 7, 5, 3, 1])).forEach((row, i) => expect(row[0]).toBeCloseTo(EXAMPLE_A[i], 4));
  });

  it("transforms published ranks (1 = most deprived) with direction -1, as a row too", () => {
    const result = exptransform([[1, 2, 3, 4, 5]], -1);
    expect(result).toHaveLength(1);
    result[0].forEach((x, i) => expect(x).toBeCloseTo(EXAMPLE_A[i], 4));
  });

  it("gives tied values one score and a blank #N/A", () => {
    const result = exptransform(column([9, 7, 7, null, 1]));
    expect(result[1][0]).toBe(result[2][0]);
    expect(asExcelError(result[3][0])?.code).toBe("#N/A");
    expect(result[0][0]).toBeCloseTo(100, 12);
  });

  it("refuses text and a direction other than 1 or -1", () => {
    expect(thrown(() => exptransform(column([1, "a"]))).message).toMatch(/^values: cell in row 2/);
    expect(thrown(() => exptransform(column([1, 2]), 0)).message).toMatch(
      /^direction: direction is "0"; use 1 .* or -1/,
    );
  });
});
