/**
 * min_coverage in the functions, =MDI.COVERAGE and =MDI.IMPUTE with inputs shaped as Excel sends them, in
 * English and Dutch. Expected values from numpy/pandas (/usr/bin/python3), as in test/engine/coverage.test.ts:
 * the exp transform of the ranks among the present values and (w[p]*X[p]).sum()/w[p].sum()*w.sum().
 */
import { asExcelError, installCustomFunctionsStub, thrown } from "../support/customFunctions";
installCustomFunctionsStub();
import { contrib } from "../../src/functions/contrib";
import { coverage } from "../../src/functions/coverage";
import { domain } from "../../src/functions/domain";
import { impute } from "../../src/functions/impute";
import { score } from "../../src/functions/score";
import { sensitivity } from "../../src/functions/sensitivity";
import { stack } from "../../src/functions/stack";
import { setLanguageOverride } from "../../src/i18n/language";

const column = (values: unknown[]) => values.map((v) => [v]);
/** Domains 10…50; 5, blank, 3, 2, 1; 1, 2, 3, 5, 4 — the second area misses the second domain. */
const DOMAINS = [
  [10, 5, 1],
  [20, null, 2],
  [30, 3, 3],
  [40, 2, 5],
  [50, 1, 4],
];
const WEIGHTS = [[0.5, 0.3, 0.2]];
// numpy: (0.5·X1 + 0.3·X2 + 0.2·X3) per complete area; the second (0.5·X1 + 0.2·X3)/0.7.
const EXPECTED = [33.54063219571935, 11.551504456003341, 23.745637770511294, 42.622449069705496, 59.12668479827394];

afterEach(() => setLanguageOverride(null));

describe("min_coverage", () => {
  it("=MDI.SCORE scores the area missing the 0.3 domain at 0.7, and left out keeps today's #N/A", () => {
    const covered = score(DOMAINS, WEIGHTS, "exp", null as never, 0.7);
    covered.forEach((row, i) => expect(Math.abs((row[0] as number) - EXPECTED[i])).toBeLessThan(1e-12));
    const strict = score(DOMAINS, WEIGHTS, "exp");
    expect(asExcelError(strict[1][0])?.message).toMatch(/^domains: this area has no value in column 2/);
    expect(strict[0][0]).toBe(covered[0][0]);
  });

  it("says how much weight an area has and how much is needed, in English and Dutch", () => {
    const error = asExcelError(score(DOMAINS, WEIGHTS, "exp", null as never, 0.8)[1][0]);
    expect(error?.code).toBe("#N/A");
    expect(error?.message).toBe(
      "domains: this area has 70% of the weight (no value in column 2, among others); min_coverage asks for 80%, so it gets no score (a missing value is never counted as 0).",
    );
    setLanguageOverride("nl");
    const dutch = asExcelError(domain(DOMAINS, null as never, null as never, "z", 0.75)[1][0]);
    expect(dutch?.message).toMatch(/^indicatoren: dit gebied heeft 66,7% van het gewicht .* min_dekking vraagt 75%/);
  });

  it("refuses a threshold outside (0, 1] with the argument named", () => {
    for (const bad of [0, 1.2, -0.5]) {
      const error = thrown(() => score(DOMAINS, WEIGHTS, "exp", null as never, bad));
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toMatch(/^min_coverage: .* expected 0 < x ≤ 1/);
    }
    expect(thrown(() => score(DOMAINS, WEIGHTS, "exp", null as never, "veel")).message).toMatch(/^min_coverage:/);
    setLanguageOverride("nl");
    expect(thrown(() => stack(DOMAINS, 2, null as never, 2)).message).toMatch(/^min_dekking:/);
  });

  it("=MDI.CONTRIB leaves the domain an area lacks empty and its row adds up to the score", () => {
    const table = contrib(DOMAINS, WEIGHTS, null as never, 0.7);
    expect(table[2][1]).toBe("");
    const sum = (table[2][0] as number) + (table[2][2] as number);
    expect(Math.abs(sum - EXPECTED[1])).toBeLessThan(1e-12);
  });

  it("=MDI.SENSITIVITY and =MDI.STACK take the same threshold", () => {
    const ranks = sensitivity(DOMAINS, WEIGHTS, 0, 3, 1, null as never, 0.7);
    expect(ranks.slice(1).map((row) => row[0])).toEqual([3, 5, 4, 2, 1]); // ranks of EXPECTED
    expect(stack(DOMAINS, 2, null as never, 0.6)[1][0]).toBe(0);
  });
});

describe("=MDI.COVERAGE", () => {
  it("spills the share of the weight present per area", () => {
    expect(coverage(DOMAINS, WEIGHTS).map((row) => row[0])).toEqual([1, 0.7, 1, 1, 1]);
    // An area with no value at all has coverage 0; empty rows at the bottom (a whole-column reference) are
    // no areas and stay blank.
    expect(
      coverage([
        [1, ""],
        [null, null],
        [2, 3],
        [null, null],
      ]).map((row) => row[0]),
    ).toEqual([0.5, 0, 1, ""]);
  });
});

describe("=MDI.IMPUTE", () => {
  it("fills blanks column by column with the population-weighted mean of the group, leaving the rest", () => {
    const values = [
      [10, null],
      [20, 4],
      [null, 6],
      [5, null],
      [null, null],
    ];
    const out = impute(values, column(["W1", "W1", "W1", "W2", ""]), column([100, 300, 50, 10, 7]));
    // By hand: column 1, W1 (100·10 + 300·20)/400 = 17.5; column 2, W1 (300·4 + 50·6)/350 = 1500/350;
    // W2 has no value in column 2 and the last area no group: they stay empty.
    expect(out).toEqual([
      [10, 1500 / 350],
      [20, 4],
      [17.5, 6],
      [5, ""],
      ["", ""],
    ]);
  });

  it("with min_values 1 leaves an area without any figure of its own blank, and still fills the others", () => {
    const values = [
      [10, null],
      [20, 4],
      [null, null], // a park: no figure at all
      [null, 6],
    ];
    const groups = column(["W1", "W1", "W1", "W1"]);
    // By hand, unweighted: column 1 (10 + 20)/2 = 15, column 2 (4 + 6)/2 = 5.
    expect(impute(values, groups, undefined, 1)).toEqual([
      [10, 5],
      [20, 4],
      ["", ""],
      [15, 6],
    ]);
    // Default (and 0): every blank is filled, the park too.
    expect(impute(values, groups)[2]).toEqual([15, 5]);
    expect(impute(values, groups, undefined, 0)[2]).toEqual([15, 5]);
    // 2 of 2 columns: only complete areas may be filled, and they have no blanks.
    expect(impute(values, groups, undefined, 2)).toEqual([
      [10, ""],
      [20, 4],
      ["", ""],
      ["", 6],
    ]);
  });

  it("refuses a min_values above the number of columns, naming the argument in Dutch", () => {
    setLanguageOverride("nl");
    const error = thrown(() => impute(column([10, 20, null]), column(["a", "a", "a"]), undefined, 2));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^min_waarden: "2" is niet toegestaan/);
  });

  it("refuses a blank population of an area whose value fills a blank, in Dutch", () => {
    setLanguageOverride("nl");
    const error = thrown(() => impute(column([10, 20, null]), column(["a", "a", "a"]), column([1, null, 1])));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^inwoners: rij 2 is leeg/);
    expect(thrown(() => impute(column([10, 20, null]), column(["a", "a"]))).code).toBe("#VALUE!");
  });
});
