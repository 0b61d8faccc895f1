/**
 * =MDI.SCORE with inputs shaped as Excel sends them: numbers, blanks as null
 * (web), "" (formula blanks) and 0 (desktop), text, booleans, one-row ranges.
 */
import { installCustomFunctionsStub, thrown, asExcelError } from "../support/customFunctions";
installCustomFunctionsStub();
import { score } from "../../src/functions/score";
import { setLanguageOverride } from "../../src/i18n/language";

// Worked example B of docs/method.md: domain ranks of five areas, England weights.
const RANKS = [
  [1, 1, 2, 1, 3, 5, 4],
  [2, 3, 1, 2, 1, 1, 2],
  [3, 2, 3, 4, 2, 3, 1],
  [4, 5, 4, 3, 5, 2, 5],
  [5, 4, 5, 5, 4, 4, 3],
];
const ENGLAND = [[0.225, 0.225, 0.135, 0.135, 0.093, 0.093, 0.093]];
const MINUS = [[-1, -1, -1, -1, -1, -1, -1]];
const EXPECTED_B = [66.8042, 52.9855, 31.6085, 12.3575, 9.1702];

afterEach(() => setLanguageOverride(null));

describe("=MDI.SCORE", () => {
  it("reproduces worked example B (weights as a row, directions as a row)", () => {
    const result = score(RANKS, ENGLAND, "exp", MINUS);
    result.forEach((row, i) => expect(row[0] as number).toBeCloseTo(EXPECTED_B[i], 4));
  });

  it("takes weights and directions as a column too, and the method in any case", () => {
    const column = ENGLAND[0].map((w) => [w]);
    const result = score(
      RANKS,
      column,
      "EXP",
      MINUS[0].map((d) => [d]),
    );
    result.forEach((row, i) => expect(row[0] as number).toBeCloseTo(EXPECTED_B[i], 4));
  });

  it("treats omitted optional arguments (null) as defaults: equal weights, exp, direction 1", () => {
    const result = score(
      [
        [3, 30],
        [2, 20],
        [1, 10],
      ],
      null as never,
      null as never,
      null as never,
    );
    // Equal weights 1/2: both domains rank the first area 1 → X = 100 each → 100.
    expect(result[0][0]).toBeCloseTo(100, 12);
    expect((result[2][0] as number) < (result[1][0] as number)).toBe(true);
  });

  it("mean: weighted mean of z-scores; geomean: geometric mean of min-max [1,100]", () => {
    const data = [
      [2, 10],
      [4, 30],
      [6, 20],
      [8, 40],
      [20, 50],
    ];
    // x1 z-scores from docs/method.md §4: -0.8485, -0.5657, -0.2828, 0, 1.6971;
    // x2 = 10..50 in steps: z = (x - 30)/15.8114 → -1.2649, 0, -0.6325, 0.6325, 1.2649.
    const mean = score(data, [[1, 1]], "mean");
    const expectedMean = [-1.0567, -0.2828, -0.4576, 0.3162, 1.481];
    mean.forEach((row, i) => expect(row[0] as number).toBeCloseTo(expectedMean[i], 3));
    // geomean of min-max [1,100]: x1 → 1, 12, 23, 34, 100; x2 → 1, 50.5, 25.75, 75.25, 100.
    const geomean = score(data, [[1, 1]], "geomean");
    const expectedGeo = [1, Math.sqrt(12 * 50.5), Math.sqrt(23 * 25.75), Math.sqrt(34 * 75.25), 100];
    geomean.forEach((row, i) => expect(row[0] as number).toBeCloseTo(expectedGeo[i], 10));
  });

  describe("missing values", () => {
    for (const [label, blank] of [
      ["null (Excel on the web)", null],
      ['"" (a formula blank)', ""],
    ] as const) {
      it(`gives #N/A to the area with a ${label} cell, ranks each domain among the areas that have it`, () => {
        const rows: unknown[][] = RANKS.map((r) => r.slice());
        rows[2][3] = blank;
        const result = score(rows as never, ENGLAND, "exp", MINUS);
        const error = asExcelError(result[2][0]);
        expect(error?.code).toBe("#N/A");
        expect(error?.message).toMatch(/column 4/);
        // Area A still computes; health has 4 values, A is rank 1 of 4 → X = 100 as before.
        expect(typeof result[0][0]).toBe("number");
        expect(result.filter((r) => typeof r[0] === "number")).toHaveLength(4);
      });
    }

    it("counts a 0 (desktop's empty cell) as the number 0, documented in docs/functions.md", () => {
      const rows = RANKS.map((r) => r.slice());
      rows[4][0] = 0; // now the smallest rank → most deprived on income with direction -1
      const result = score(rows, ENGLAND, "exp", MINUS);
      expect(result.every((r) => typeof r[0] === "number")).toBe(true);
    });
  });

  describe("refusals: a coded error with a message, never a bare #VALUE!", () => {
    const cases: Array<[string, () => unknown, string, RegExp]> = [
      [
        "text in the data",
        () =>
          score(
            [
              [1, 2],
              ["x", 3],
            ],
            null as never,
          ),
        "#VALUE!",
        /row 2, column 1 holds "x"/,
      ],
      [
        "a Dutch decimal typed as text",
        () =>
          score(
            [
              [1, 2],
              ["3,5", 3],
            ],
            null as never,
          ),
        "#VALUE!",
        /"3,5"/,
      ],
      [
        "a boolean in the data",
        () =>
          score(
            [
              [1, 2],
              [true, 3],
            ],
            null as never,
          ),
        "#VALUE!",
        /"true"/,
      ],
      ["one row", () => score([[1, 2, 3]], null as never), "#VALUE!", /at least 2 rows/],
      ["wrong number of weights", () => score(RANKS, [[1, 1]]), "#VALUE!", /one weight per column \(7\), got 2/],
      [
        "a negative weight",
        () =>
          score(
            [
              [1, 2],
              [2, 1],
            ],
            [[1, -1]],
          ),
        "#VALUE!",
        /weight 2 is "-1"/,
      ],
      [
        "all weights zero",
        () =>
          score(
            [
              [1, 2],
              [2, 1],
            ],
            [[0, 0]],
          ),
        "#VALUE!",
        /all weights are 0/,
      ],
      [
        "text as a weight",
        () =>
          score(
            [
              [1, 2],
              [2, 1],
            ],
            [[1, "a"]],
          ),
        "#VALUE!",
        /"a"/,
      ],
      [
        "an unknown method",
        () =>
          score(
            [
              [1, 2],
              [2, 1],
            ],
            null as never,
            "median",
          ),
        "#VALUE!",
        /unknown method "median"/,
      ],
      [
        "a direction of 2",
        () =>
          score(
            [
              [1, 2],
              [2, 1],
            ],
            null as never,
            "exp",
            [[1, 2]],
          ),
        "#VALUE!",
        /use 1 .* or -1/,
      ],
      ["ragged rows", () => score([[1, 2], [2]] as never), "#VALUE!", /rows of different lengths/],
      [
        "a 2-D weights range",
        () =>
          score(RANKS, [
            [1, 1],
            [1, 1],
          ]),
        "#VALUE!",
        /one row or one column/,
      ],
      [
        "all values equal with mean",
        () =>
          score(
            [
              [1, 2],
              [1, 3],
              [1, 4],
            ],
            null as never,
            "mean",
          ),
        "#VALUE!",
        /^domains: /,
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

  it("speaks Dutch in Dutch Excel, naming the Dutch argument", () => {
    setLanguageOverride("nl");
    const error = thrown(() => score(RANKS, [[1, 1]]));
    expect(error.message).toMatch(/^gewichten: geef één gewicht per kolom \(7\), gevonden 2/);
  });

  it("never returns NaN, Infinity or null in a cell", () => {
    const result = score(
      [
        [1e308, 1],
        [-1e308, 2],
        [0, null],
      ],
      null as never,
      "exp",
    );
    for (const [cell] of result) {
      if (typeof cell === "number") expect(Number.isFinite(cell)).toBe(true);
      else expect(asExcelError(cell)).toBeDefined();
    }
  });
});
