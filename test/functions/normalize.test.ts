/**
 * =MDI.NORMALIZE. Expected values: docs/method.md §4.
 */
import { asExcelError, installCustomFunctionsStub, thrown } from "../support/customFunctions";
installCustomFunctionsStub();
import { normalize } from "../../src/functions/normalize";

const column = (values: unknown[]) => values.map((v) => [v]) as any[][];
const X = column([2, 4, 6, 8, 20]);

describe("=MDI.NORMALIZE", () => {
  it("docs/method.md §4 for x = (2, 4, 6, 8, 20): z, min-max, percentile", () => {
    const expect4 = (result: unknown[][], expected: number[]) =>
      expected.forEach((e, i) => expect(result[i][0] as number).toBeCloseTo(e, 4));
    expect4(normalize(X), [-0.8485, -0.5657, -0.2828, 0, 1.6971]);
    expect4(normalize(X, "minmax"), [0, 11.1111, 22.2222, 33.3333, 100]);
    expect4(normalize(X, "percentile"), [0, 0.25, 0.5, 0.75, 1]);
    expect4(normalize(column([12, 30, 7, 18, 25]), "rankit"), [-0.5244, 1.2816, -1.2816, 0, 0.5244]);
  });

  it("keeps the shape: each column on its own, with one direction per column or one for all", () => {
    const result = normalize(
      [
        [2, 20],
        [4, 8],
        [6, 6],
        [8, 4],
        [20, 2],
      ],
      "percentile",
      [[1, -1]],
    );
    expect(result).toEqual([
      [0, 0],
      [0.25, 0.25],
      [0.5, 0.5],
      [0.75, 0.75],
      [1, 1],
    ]);
    const flipped = normalize(
      [
        [1, 10],
        [2, 20],
      ],
      "minmax",
      -1 as never,
    );
    expect(flipped).toEqual([
      [100, 100],
      [0, 0],
    ]);
  });

  it("normalises a single row as one series", () => {
    expect(normalize([[2, 4, 6, 8, 20]], "percentile")).toEqual([[0, 0.25, 0.5, 0.75, 1]]);
  });

  it("gives #N/A to a blank cell and normalises over the values present", () => {
    const result = normalize(column([2, null, 4, 6, 8, 20]), "percentile");
    expect(asExcelError(result[1][0])?.code).toBe("#N/A");
    expect(result.filter((r) => typeof r[0] === "number").map((r) => r[0])).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it("refuses a constant column, one value, text and an unknown method, each #VALUE! with a message", () => {
    expect(thrown(() => normalize(column([3, 3, 3]))).code).toBe("#VALUE!");
    expect(thrown(() => normalize(column([3, 3, 3]))).message).toMatch(/^values: /);
    expect(thrown(() => normalize(7 as never)).code).toBe("#VALUE!");
    expect(thrown(() => normalize(column([1, "x"]))).code).toBe("#VALUE!");
    expect(thrown(() => normalize(X, "log")).message).toMatch(/^method: unknown method "log"/);
    expect(thrown(() => normalize(X, "z", [[1, -1]])).message).toMatch(
      /^direction: give one direction per column \(1\), got 2/,
    );
  });
});
