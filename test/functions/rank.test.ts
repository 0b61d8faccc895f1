/**
 * =MDI.RANK. Expected values: Excel's RANK.EQ documentation (7, 3.5, 3.5, 1, 2),
 * docs/method.md §1, and scipy 1.10.1 for ranks within groups.
 */
import { asExcelError, installCustomFunctionsStub, thrown } from "../support/customFunctions";
installCustomFunctionsStub();
import { rank } from "../../src/functions/rank";
import { setLanguageOverride } from "../../src/i18n/language";

const column = (values: unknown[]) => values.map((v) => [v]) as any[][];
// support.microsoft.com, "RANK.EQ function": RANK.EQ(A6,A2:A6) = 4 for the 2; RANK.EQ(A2,A2:A6,1) = 5 for the 7;
// RANK.EQ(A3,A2:A6,1) = 3 for a 3.5; its tie remark gives RANK.EQ(3.5, ref, 0) = 2.
const DOC = column([7, 3.5, 3.5, 1, 2]);

afterEach(() => setLanguageOverride(null));

describe("=MDI.RANK", () => {
  it("equals RANK.EQ(x, range, 0) by default: 1 = highest = most deprived, ties at the minimum", () => {
    expect(rank(DOC)).toEqual([[1], [2], [2], [5], [4]]);
  });

  it("equals RANK.EQ(x, range, 1) with direction -1", () => {
    const result = rank(DOC, null as never, -1);
    expect(result[0][0]).toBe(5);
    expect(result[1][0]).toBe(3);
  });

  it("spills across for a one-row range", () => {
    expect(rank([[7, 3.5, 3.5, 1, 2]])).toEqual([[1, 2, 2, 5, 4]]);
  });

  it("ranks within groups (text codes compare like Excel: case and spaces ignored); no group → blank", () => {
    const values = column([5, 9, 7, 1, 7, 3, 9, 2, 8, 8]);
    const groups = column([
      "GM0363",
      "GM0599",
      "gm0363",
      "GM0599",
      "GM0363",
      "GM0599",
      "GM0363",
      null,
      "GM0599",
      "GM0363 ",
    ]);
    // >>> per group: stats.rankdata(-vals[idx], method='min') → [5, 1, 3, 4, 3, 3, 1, -, 2, 2]
    expect(rank(values, groups).map((r) => r[0])).toEqual([5, 1, 3, 4, 3, 3, 1, "", 2, 2]);
    expect(
      rank(
        values,
        groups.map((r) => [r[0] === null ? "" : r[0]]),
      ).map((r) => r[0])[7],
    ).toBe("");
  });

  it("takes numeric group codes (gemeente numbers) and a group row for a value column", () => {
    expect(rank(column([3, 1, 2, 5]), [[363, 363, 599, 599]])).toEqual([[1], [2], [2], [1]]);
  });

  it("gives #N/A to a blank value and ranks the others among themselves", () => {
    const result = rank(column([7, null, 3.5, "", 1]));
    expect(result[0][0]).toBe(1);
    expect(result[2][0]).toBe(2);
    expect(result[4][0]).toBe(3);
    expect(asExcelError(result[1][0])?.message).toMatch(/^values: this area has no value/);
    expect(asExcelError(result[3][0])?.code).toBe("#N/A");
  });

  it("counts a 0 as a number (desktop Excel may send an empty cell as 0)", () => {
    expect(rank(column([7, 0, 3]))).toEqual([[1], [3], [2]]);
  });

  it("one cell is rank 1", () => {
    expect(rank(42 as never)).toEqual([[1]]);
  });

  describe("refusals", () => {
    const cases: Array<[string, () => unknown, RegExp]> = [
      ["text in the values", () => rank(column([1, "x"])), /^values: cell in row 2, column 1 holds "x"/],
      [
        "a 2-D range",
        () =>
          rank([
            [1, 2],
            [3, 4],
          ]),
        /^values: expected one row or one column/,
      ],
      ["groups of another length", () => rank(DOC, column(["a", "b"])), /^groups: expected 5 values, got 2/],
      ["a boolean group code", () => rank(column([1, 2]), column(["a", true])), /^groups: row 2 holds true/],
      ["direction 2", () => rank(DOC, null as never, 2), /^direction: direction is "2"; use 1 .* or -1/],
      ["direction as text", () => rank(DOC, null as never, "up" as never), /^direction: expected a single number/],
    ];
    for (const [label, call, message] of cases) {
      it(`${label} → #VALUE! with a message`, () => {
        const error = thrown(call);
        expect(error.code).toBe("#VALUE!");
        expect(error.message).toMatch(message);
      });
    }
  });

  it("names the Dutch argument in Dutch Excel", () => {
    setLanguageOverride("nl");
    expect(thrown(() => rank(DOC, column(["a", "b"]))).message).toMatch(/^groepen: 5 waarden verwacht, gevonden 2/);
  });
});
