/**
 * =MDI.DECILE. Expected values: docs/method.md §1 and worked example B, the
 * published IoD2025 deciles, and scipy 1.10.1 for deciles within groups.
 */
import { asExcelError, installCustomFunctionsStub, thrown } from "../support/customFunctions";
installCustomFunctionsStub();
import { decile } from "../../src/functions/decile";
import { readCsv } from "../support/csv";

const column = (values: unknown[]) => values.map((v) => [v]) as any[][];

describe("=MDI.DECILE", () => {
  it("worked example B: IMD scores of five areas → deciles 2, 4, 6, 8, 10", () => {
    expect(decile(column([66.8042, 52.9855, 31.6085, 12.3575, 9.1702]))).toEqual([[2], [4], [6], [8], [10]]);
  });

  it("reproduces all 33,755 published IoD2025 IMD deciles from the published ranks (direction -1)", () => {
    const rows = readCsv("england/iod2025_lsoa21_imd_and_domains_scores_ranks_deciles.csv");
    const result = decile(column(rows.map((r) => Number(r.IMD_rank))), null as never, null as never, -1);
    let mismatches = 0;
    rows.forEach((r, i) => {
      if (result[i][0] !== Number(r.IMD_decile)) mismatches++;
    });
    expect(mismatches).toBe(0);
  });

  it("quintiles with quantiles = 5", () => {
    expect(decile(column([50, 40, 30, 20, 10]), null as never, 5)).toEqual([[1], [2], [3], [4], [5]]);
  });

  it("deciles and quintiles within groups; no group → blank", () => {
    const values = column([5, 9, 7, 1, 7, 3, 9, 2, 8, 8]);
    const groups = column([
      "GM0363",
      "GM0599",
      "gm0363",
      "GM0599",
      "GM0363",
      "GM0599",
      "GM0363",
      "",
      "GM0599",
      "GM0363",
    ]);
    // >>> ceil(10 * r / s) with r = stats.rankdata(-v, method='min') within each group, s = group size
    expect(decile(values, groups).map((r) => r[0])).toEqual([10, 3, 6, 10, 6, 8, 2, "", 5, 4]);
    expect(decile(values, groups, 5).map((r) => r[0])).toEqual([5, 2, 3, 5, 3, 4, 1, "", 3, 2]);
  });

  it("gives #N/A to a blank value; a one-row range spills across", () => {
    const result = decile([[50, null, 30, 20, 10]]);
    expect(result).toHaveLength(1);
    expect(result[0].filter((c) => typeof c === "number")).toEqual([3, 5, 8, 10]);
    expect(asExcelError(result[0][1])?.code).toBe("#N/A");
  });

  it.each([
    [0, /^quantiles: "0" is not allowed/],
    [2.5, /^quantiles: "2.5" is not allowed/],
    ["ten", /^quantiles: expected a single number/],
  ])("refuses quantiles = %p with #VALUE!", (q, message) => {
    const error = thrown(() => decile(column([1, 2, 3]), null as never, q as never));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(message);
  });
});
