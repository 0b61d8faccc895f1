/**
 * =MDI.DOMAIN with ranges as Excel sends them. Expected values: docs/method.md §4
 * and scipy 1.10.1 / numpy 1.24.2 (the calls are in test/engine/domain.test.ts, same data).
 */
import { asExcelError, installCustomFunctionsStub, thrown } from "../support/customFunctions";
installCustomFunctionsStub();
import { domain } from "../../src/functions/domain";
import { setLanguageOverride } from "../../src/i18n/language";

// Rows = areas; columns = indicators (e.g. % low income, WOZ value, % unemployed).
const X = [
  [12, 300, 0.5],
  [30, 250, 0.7],
  [7, 410, 0.2],
  [18, 280, 0.9],
  [25, 190, 0.4],
  [15, 330, 0.6],
];
// >>> (np.column_stack([stats.zscore(X[:,c]*d[c], ddof=1) for c in range(3)]) @ w) / w.sum(), d = (1,-1,1), w = (2,1,1)
const Z = [
  -0.41813106981094644, 1.0179381189030277, -1.3912543105327684, 0.41482585866416877, 0.6154689184313787,
  -0.23884751565485984,
];

afterEach(() => setLanguageOverride(null));

const numbers = (result: unknown[][]) => result.map((row) => row[0] as number);

describe("=MDI.DOMAIN", () => {
  it("docs/method.md §4: one indicator with each method", () => {
    const x = [[2], [4], [6], [8], [20]];
    const z = numbers(domain(x));
    [-0.8485, -0.5657, -0.2828, 0, 1.6971].forEach((e, i) => expect(z[i]).toBeCloseTo(e, 4));
    const minmax = numbers(domain(x, null as never, null as never, "minmax"));
    [0, 11.1111, 22.2222, 33.3333, 100].forEach((e, i) => expect(minmax[i]).toBeCloseTo(e, 4));
    expect(numbers(domain(x, null as never, null as never, "percentile"))).toEqual([0, 0.25, 0.5, 0.75, 1]);
    const rankit = numbers(domain([[12], [30], [7], [18], [25]], null as never, null as never, "rankit"));
    [-0.5244, 1.2816, -1.2816, 0, 0.5244].forEach((e, i) => expect(rankit[i]).toBeCloseTo(e, 4));
  });

  it("orients, normalises and weights: directions and weights as a row or a column", () => {
    const asRow = numbers(domain(X, [[1, -1, 1]], [[2, 1, 1]], "z"));
    asRow.forEach((v, i) => expect(v).toBeCloseTo(Z[i], 13));
    const asColumn = numbers(domain(X, [[1], [-1], [1]], [[2], [1], [1]], "Z"));
    asColumn.forEach((v, i) => expect(v).toBeCloseTo(Z[i], 13));
  });

  describe("missing values", () => {
    for (const [label, blank] of [
      ["null (Excel on the web)", null],
      ['"" (a formula blank)', ""],
    ] as const) {
      it(`gives #N/A naming the indicator to the area with a ${label} cell`, () => {
        const rows: unknown[][] = X.map((r) => r.slice());
        rows[2][1] = blank;
        const result = domain(rows as never, [[1, -1, 1]], [[2, 1, 1]]);
        const error = asExcelError(result[2][0]);
        expect(error?.code).toBe("#N/A");
        expect(error?.message).toMatch(/column 2/);
        // >>> zs with indicator 2 normalised over the 5 areas that have it (test/engine/domain.test.ts)
        expect(result[0][0]).toBeCloseTo(-0.5362403517344682, 13);
        expect(result.filter((r) => typeof r[0] === "number")).toHaveLength(5);
      });
    }

    it("counts a 0 (desktop Excel's empty cell) as the number 0", () => {
      const rows = X.map((r) => r.slice());
      rows[2][1] = 0;
      expect(domain(rows).every((r) => typeof r[0] === "number")).toBe(true);
    });
  });

  describe("refusals", () => {
    const cases: Array<[string, () => unknown, string, RegExp]> = [
      [
        "text in the data",
        () => domain([[1], ["x"], [3]]),
        "#VALUE!",
        /^indicators: cell in row 2, column 1 holds "x"/,
      ],
      ["a boolean in the data", () => domain([[1], [true], [3]] as never), "#VALUE!", /"true"/],
      ["one area", () => domain([[1, 2, 3]]), "#VALUE!", /at least 2 rows/],
      [
        "a direction per indicator missing",
        () => domain(X, [[1, -1]]),
        "#VALUE!",
        /^directions: give one direction per column \(3\), got 2/,
      ],
      ["a direction of 0", () => domain(X, [[1, 0, 1]]), "#VALUE!", /direction 2 is "0"/],
      ["a negative weight", () => domain(X, null as never, [[1, -1, 1]]), "#VALUE!", /^weights: weight 2 is "-1"/],
      [
        "an unknown method",
        () => domain(X, null as never, null as never, "median"),
        "#VALUE!",
        /^method: unknown method "median"; use one of z, minmax, percentile, rankit/,
      ],
      [
        "a constant indicator",
        () =>
          domain([
            [1, 5],
            [2, 5],
            [3, 5],
          ]),
        "#VALUE!",
        /^indicators: /,
      ],
    ];
    for (const [label, call, code, message] of cases) {
      it(`${label} → ${code}`, () => {
        const error = thrown(call);
        expect(error.code).toBe(code);
        if (code === "#VALUE!" || code === "#N/A") expect(error.message).toMatch(message);
      });
    }
  });

  it("speaks Dutch in Dutch Excel", () => {
    setLanguageOverride("nl");
    expect(thrown(() => domain(X, [[1, -1]])).message).toMatch(
      /^richtingen: geef één richting per kolom \(3\), gevonden 2/,
    );
    const rows: unknown[][] = X.map((r) => r.slice());
    rows[0][2] = null;
    expect(asExcelError(domain(rows as never)[0][0])?.message).toMatch(
      /^indicatoren: dit gebied heeft geen waarde in kolom 3/,
    );
  });
});
