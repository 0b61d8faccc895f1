/**
 * The artifact users get: dist/functions.js loaded as Excel loads it (a plain
 * script with a CustomFunctions global), called through its associations.
 */
import { ENGLAND_IOD } from "../../src/engine";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DIST, loadFunctionsBundle } from "../support/bundle";
import { asExcelError } from "../support/customFunctions";
import { iod2025 } from "../support/csv";

const registry = loadFunctionsBundle();
const call = (id: string, ...args: unknown[]) => {
  const fn = registry.get(id);
  if (!fn) throw new Error(`${id} is not associated by dist/functions.js`);
  return fn(...args);
};

describe("dist/functions.js", () => {
  it("associates SCORE", () => {
    expect(registry.has("SCORE")).toBe(true);
  });

  it("reproduces the IoD2025 IMD score of all 33,755 LSOAs within 0.001 through SCORE", () => {
    const data = iod2025();
    const weights = [ENGLAND_IOD.weights.slice()];
    const directions = [Array(7).fill(-1)];
    const result = call("SCORE", data.rows, weights, "exp", directions) as unknown[][];
    expect(result.length).toBe(33755);
    let max = 0;
    result.forEach((row, i) => {
      expect(row.length).toBe(1);
      expect(typeof row[0]).toBe("number");
      max = Math.max(max, Math.abs((row[0] as number) - data.score[i]));
    });
    expect(max).toBeLessThan(0.001);
  });

  it("gives #N/A with a message to an area with a blank domain, and scores the rest", () => {
    const rows = [
      [1, 2],
      [2, null],
      [3, 1],
      [4, 3],
    ];
    const result = call("SCORE", rows) as unknown[][];
    const error = asExcelError(result[1][0]);
    expect(error?.code).toBe("#N/A");
    expect(error?.message).toMatch(/column 2/);
    expect(typeof result[0][0]).toBe("number");
    expect(typeof result[3][0]).toBe("number");
  });
});

describe("dist/functions.js calls every function", () => {
  const column = (values: unknown[]) => values.map((v) => [v]);
  const numbers = (result: unknown) => (result as unknown[][]).map((row) => row[0]);
  /** One call per function id with a check of its result (expected values as in the function tests). */
  const CALLS: Record<string, [unknown[], (result: unknown) => void]> = {
    SCORE: [[[[1], [2], [3]]], (r) => expect(numbers(r)[2]).toBeCloseTo(100, 12)],
    DOMAIN: [
      [column([2, 4, 6, 8, 20]), null, null, "percentile"],
      (r) => expect(numbers(r)).toEqual([0, 0.25, 0.5, 0.75, 1]),
    ],
    // Excel's CORREL documentation example → 0.997054486.
    CORREL: [
      [column([3, 2, 4, 5, 6]), column([9, 7, 12, 15, 17]), null, true],
      (r) => {
        const table = r as unknown[][];
        expect(table).toHaveLength(6);
        expect(table[0][1] as number).toBeCloseTo(0.997054486, 9);
        expect(table[5][1]).toBe("strong");
      },
    ],
    // Excel's RANK.EQ documentation example.
    RANK: [[column([7, 3.5, 3.5, 1, 2])], (r) => expect(numbers(r)).toEqual([1, 2, 2, 5, 4])],
    DECILE: [[column([5, 4, 3, 2, 1])], (r) => expect(numbers(r)).toEqual([2, 4, 6, 8, 10])],
    EXPTRANSFORM: [
      [column([1, 2, 3, 4, 5]), -1],
      (r) => [100, 35.8568, 20.6327, 11.5515, 5.058].forEach((x, i) => expect(numbers(r)[i]).toBeCloseTo(x, 4)),
    ],
    NORMALIZE: [[column([2, 4, 6, 8, 20]), "minmax"], (r) => expect(numbers(r)[1] as number).toBeCloseTo(11.1111, 4)],
  };
  const TABLE = [
    [1, 30],
    [2, 10],
    [3, 50],
    [4, 20],
    [5, 40],
  ];
  const spills = (r: unknown) => {
    expect(Array.isArray(r) && (r as unknown[]).length > 0).toBe(true);
    for (const row of r as unknown[][]) for (const cell of row) expect(asExcelError(cell)).toBeUndefined();
  };
  Object.assign(CALLS, {
    SUMMARY: [[column([9, 7, 12, 15, 17]), column(["a", "b", "a", "b", "a"])], spills],
    STACK: [[TABLE], spills],
    CONTRIB: [[TABLE], spills],
    SENSITIVITY: [[TABLE, null, 0.25, 20, 7], spills],
    PERSIST: [[TABLE], spills],
    TREND: [[column([7, 3.5, 3.5, 1, 2]), column([9, 7, 12, 15, 17])], spills],
    ALLOCATE: [[1000, column([9, 7, 12, 15, 17])], spills],
    // Shares present of weights 2 and 1 with the second cell of the first column blank: 1, 1/3 (by hand).
    COVERAGE: [
      [
        [
          [1, 2],
          ["", 3],
        ],
        [[2, 1]],
      ],
      (r: unknown) => expect((r as number[][]).map((row) => row[0])).toEqual([1, 1 / 3]),
    ],
    // The blank takes its group's mean (10 + 20)/2 = 15 (by hand).
    IMPUTE: [
      [column([10, 20, null]), column(["a", "a", "a"])],
      (r: unknown) => expect((r as number[][]).map((row) => row[0])).toEqual([10, 20, 15]),
    ],
  });

  const ids: string[] = JSON.parse(readFileSync(resolve(DIST, "functions.json"), "utf8")).functions.map(
    (f: { id: string }) => f.id,
  );

  it("has a call for every function in functions.json", () => {
    expect(
      Object.keys(CALLS)
        .filter((id) => ids.includes(id))
        .sort(),
    ).toEqual([...ids].sort());
  });

  for (const [id, [args, check]] of Object.entries(CALLS)) {
    it(`${id}`, () => {
      if (!ids.includes(id)) throw new Error(`${id} is not in functions.json`);
      check(call(id, ...args));
    });
  }
});
