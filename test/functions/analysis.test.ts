/**
 * The analysis functions with inputs shaped as Excel sends them (columns as
 * [[v], [v], …], blanks as null or "", codes as text), in English and Dutch.
 * Expected values: IoD2019 File 10 (published), docs/method.md's formulas and
 * worked examples, and small cases checked by hand in the comments.
 */
import { installCustomFunctionsStub, asExcelError, thrown } from "../support/customFunctions";
installCustomFunctionsStub();
import { allocate } from "../../src/functions/allocate";
import { contrib } from "../../src/functions/contrib";
import { persist } from "../../src/functions/persist";
import { score } from "../../src/functions/score";
import { sensitivity } from "../../src/functions/sensitivity";
import { stack } from "../../src/functions/stack";
import { summary } from "../../src/functions/summary";
import { trend } from "../../src/functions/trend";
import { setLanguageOverride } from "../../src/i18n/language";
import { iod2025 } from "../support/csv";
import { iod2019Districts } from "../support/iod2019Districts";

const column = (values: unknown[]) => values.map((v) => [v]);
const ENGLAND = [[0.225, 0.225, 0.135, 0.135, 0.093, 0.093, 0.093]];
const MINUS = [[-1, -1, -1, -1, -1, -1, -1]];

afterEach(() => setLanguageOverride(null));

describe("=MDI.SUMMARY", () => {
  it("reproduces the published IoD2019 district summaries (File 10) from LSOA scores, ranks and populations", () => {
    const data = iod2019Districts();
    const table = summary(
      column(data.lsoaScore),
      column(data.lsoaDistrict),
      column(data.lsoaPopulation),
      column(data.lsoaRank),
    );
    expect(table[0]).toEqual([
      "group",
      "areas",
      "population",
      "average score",
      "average rank",
      "proportion in most deprived 10%",
      "extent",
      "local concentration",
      "coverage",
    ]);
    expect(table).toHaveLength(1 + 317);
    // Complete data: every district is summarised over all its LSOAs.
    expect(table.slice(1).every((row) => row[8] === 1)).toBe(true);
    const rows = new Map(table.slice(1).map((row) => [row[0] as string, row as number[]]));
    const worst = [0, 0, 0, 0, 0];
    for (const d of data.districts) {
      const row = rows.get(d.code)!;
      [d.averageScore, d.averageRank, d.proportionMostDeprived, d.extent, d.localConcentration].forEach(
        (published, k) => (worst[k] = Math.max(worst[k], Math.abs(row[3 + k] - published))),
      );
    }
    expect(worst[0]).toBeLessThan(0.001); // average score
    expect(worst[1]).toBeLessThan(0.2); // average rank
    expect(worst[2]).toBeLessThanOrEqual(1e-4); // proportion in the most deprived 10 %
    expect(worst[3]).toBeLessThanOrEqual(1e-4); // extent
    expect(worst[4]).toBeLessThan(0.25); // local concentration
    // Hartlepool: 58 LSOAs (File 2), population from File 6.
    expect(rows.get("E06000001")![1]).toBe(data.lsoaDistrict.filter((c) => c === "E06000001").length);
  });

  it("spills groups in order of first appearance with a Dutch header in Dutch Excel", () => {
    setLanguageOverride("nl");
    // Scores 60, 45, 30, 10 ranked 1..4; group "b" holds rank 3 alone, the last area has no group.
    const table = summary(column([60, 45, 30, 10]), column(["b", "a", "b", null]));
    expect(table[0][0]).toBe("groep");
    expect(table[0][5]).toBe("aandeel in de 10% met de meeste achterstand");
    expect(table.map((row) => row[0])).toEqual(["groep", "b", "a"]);
    // b: ranks 1 and 3 → r′ = 4 and 2 → average rank 3; a: rank 2 → r′ = 3
    expect(table[1].slice(1, 5)).toEqual([2, 2, 45, 3]);
    expect(table[2].slice(1, 5)).toEqual([1, 1, 45, 3]);
  });

  it("summarises a group with a blank score over its scored areas, and says how much that covers", () => {
    const table = summary(column([60, "", 30, 10]), column(["a", "a", "b", "b"]));
    // By hand: the scored areas 60, 30, 10 rank 1, 2, 3 (N = 3). Group a: only 60 → average score 60,
    // r′ = 3 + 1 − 1 = 3; decile ceil(10·1/3) = 4 → proportion 0; percentile ceil(100/3) = 34 → extent 0;
    // local concentration 3; coverage 1 of 2 areas = 0.5 (no population given). Population 2 (1 per area).
    expect(table[1][0]).toBe("a");
    [2, 2, 60, 3, 0, 0, 3, 0.5].forEach((expected, k) => expect(table[1][k + 1]).toBeCloseTo(expected, 12));
    expect(table[2][8]).toBe(1);
  });

  it("gives a group without any scored area #N/A, saying so, with coverage 0", () => {
    setLanguageOverride("nl");
    const table = summary(column([60, "", "", 10]), column(["a", "b", "b", "a"]), column([5, 6, 7, 8]));
    const error = asExcelError(table[2][3]);
    expect(error?.code).toBe("#N/A");
    expect(error?.message).toMatch(/^Geen gebied van deze groep heeft een score/);
    expect(table[2][2]).toBe(13);
    expect(table[2][8]).toBe(0);
  });

  it("says in Dutch when a group has no inhabitants", () => {
    setLanguageOverride("nl");
    const table = summary(column([60, 45, 30]), column(["a", "a", "b"]), column([0, 0, 10]));
    expect(table[1][2]).toBe(0);
    expect(asExcelError(table[1][3])?.message).toMatch(/samen 0 inwoners/);
  });

  it("refuses a rank above the number of areas with the Dutch argument name", () => {
    setLanguageOverride("nl");
    const error = thrown(() => summary(column([3, 2, 1]), column(["a", "a", "b"]), null as never, column([1, 2, 9])));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe('rangen: "9" (rij 3) is niet toegestaan; verwacht 1 … 3.');
  });
});

describe("=MDI.STACK", () => {
  it("counts domains in decile ≤ k per area, one column without a header", () => {
    // N = 10 per domain: rank r → decile r. Area 1 is rank 1 on both domains; area 2 is rank 2 on the
    // first and area 10 (value 9) rank 2 on the second.
    const rows = Array.from({ length: 10 }, (_, i) => [10 - i, i === 0 ? 99 : i]);
    expect(stack(rows).map((r) => r[0])).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(stack(rows, 2).map((r) => r[0])).toEqual([2, 1, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it("gives #N/A to an area missing a domain", () => {
    const result = stack([
      [1, 2],
      [2, null],
      [3, 1],
    ]);
    expect(asExcelError(result[1][0])?.message).toMatch(/column 2/);
  });
});

describe("=MDI.CONTRIB", () => {
  it("spills a header and rows that add up to =MDI.SCORE on all 33,755 IoD2025 LSOAs", () => {
    const data = iod2025();
    const parts = contrib(data.rows, ENGLAND, MINUS);
    const scores = score(data.rows, ENGLAND, "exp", MINUS);
    expect(parts[0]).toEqual(["domain 1", "domain 2", "domain 3", "domain 4", "domain 5", "domain 6", "domain 7"]);
    expect(parts).toHaveLength(33756);
    let exact = 0;
    for (let i = 0; i < scores.length; i++) {
      const sum = (parts[i + 1] as number[]).reduce((a, b) => a + b, 0);
      if (sum === scores[i][0]) exact++;
    }
    expect(exact).toBe(33755);
  });

  it("names the domains in Dutch", () => {
    setLanguageOverride("nl");
    expect(contrib([[1], [2]])[0]).toEqual(["domein 1"]);
  });
});

describe("=MDI.SENSITIVITY", () => {
  const RANKS = [
    [1, 1, 2, 1, 3, 5, 4],
    [2, 3, 1, 2, 1, 1, 2],
    [3, 2, 3, 4, 2, 3, 1],
    [4, 5, 4, 3, 5, 2, 5],
    [5, 4, 5, 5, 4, 4, 3],
  ];

  it("at zero noise gives the nominal rank in all four columns (worked example B: 1 … 5)", () => {
    const table = sensitivity(RANKS, ENGLAND, 0, null as never, null as never, MINUS);
    expect(table[0]).toEqual(["nominal rank", "median rank", "5th percentile rank", "95th percentile rank"]);
    expect(table.slice(1)).toEqual([1, 2, 3, 4, 5].map((r) => [r, r, r, r]));
  });

  it("is reproducible with a seed", () => {
    const first = sensitivity(RANKS, ENGLAND, 0.9, 40, 12345, MINUS);
    expect(sensitivity(RANKS, ENGLAND, 0.9, 40, 12345, MINUS)).toEqual(first);
  });

  it("refuses noise above 1 with a message", () => {
    setLanguageOverride("nl");
    const error = thrown(() => sensitivity(RANKS, ENGLAND, 2));
    expect(error.message).toBe('ruis: "2" is niet toegestaan; verwacht 0 … 1.');
  });
});

describe("=MDI.PERSIST", () => {
  it("counts editions in decile ≤ k", () => {
    const deciles = [
      [1, 1, 1],
      [1, 2, 3],
      [2, 1, 1],
      [10, 9, 1],
    ];
    expect(persist(deciles).map((r) => r[0])).toEqual([3, 1, 2, 1]);
    expect(persist(deciles, 2).map((r) => r[0])).toEqual([3, 2, 3, 1]);
  });
});

describe("=MDI.TREND", () => {
  it("spills a header, one row per group and a note that rank changes are relative", () => {
    const table = trend(column([40, 30, 20, 10]), column([35, 31, 22, 9]), 2);
    expect(table).toEqual([
      ["group (earlier)", "areas", "mean earlier", "mean later", "mean change"],
      [1, 2, 35, 33, -2],
      [2, 2, 15, 15.5, 0.5],
      [expect.stringMatching(/ranks are relative/), "", "", "", ""],
    ]);
  });

  it("leaves empty groups blank and says in Dutch how many areas were left out", () => {
    setLanguageOverride("nl");
    const table = trend(column([5, 4, null, 3, 2, 1]), column([5, 4, 3, 3, 2, ""]));
    expect(table[1]).toEqual([1, 0, "", "", ""]);
    expect(table[11][0]).toMatch(/^Let op: rangen zijn relatief.* 2 gebieden zonder beide waarden zijn weggelaten\.$/);
  });

  it("groups ranks with direction -1", () => {
    const table = trend(column([1, 2, 3, 4]), column([2, 1, 4, 3]), 2, -1);
    expect(table[1]).toEqual([1, 2, 1.5, 1.5, 0]);
  });
});

describe("=MDI.ALLOCATE", () => {
  const need = column([40, 30, 20, 10]);
  const population = column([100, 200, 300, 400]);

  it("allocates whole euros adding up to the budget: popneed by default", () => {
    // p s = 4000, 6000, 6000, 4000 → 1001 × (0.2, 0.3, 0.3, 0.2) = 200.2, 300.3, 300.3, 200.2 → +1 to the first .3
    const result = allocate(1001, need, population);
    expect(result.map((r) => r[0])).toEqual([200, 301, 300, 200]);
  });

  it("takes the rule in Dutch and the tier weights as a row", () => {
    // deciles 3, 5, 8, 10 with t = 10..1 → p t = 800, 1200, 900, 400
    const tiers = [[10, 9, 8, 7, 6, 5, 4, 3, 2, 1]];
    expect(allocate(3300, need, population, "treden", tiers).map((r) => r[0])).toEqual([800, 1200, 900, 400]);
  });

  it("takes a floor per area with blanks meaning none, and a cap for all", () => {
    const result = allocate(1000, column([8, 1, 1]), null as never, "need", null as never, column([null, 300, ""]), [
      [600],
    ]);
    expect(result.map((r) => r[0])).toEqual([600, 300, 100]);
  });

  it("spills across when the need is a row", () => {
    expect(allocate(100, [[1, 1, 1]], null as never, "perhead")).toEqual([[34, 33, 33]]);
  });

  it("refuses floors above the budget, saying by how much, in English and Dutch", () => {
    const en = thrown(() => allocate(1000, need, population, "perhead", null as never, [[300]]));
    expect(en.code).toBe("#VALUE!");
    expect(en.message).toBe(
      "floor: the floors add up to 1,200, 200 more than the budget (1,000); lower the floors or raise the budget.",
    );
    setLanguageOverride("nl");
    const nl = thrown(() => allocate(1000, need, population, "perhead", null as never, null as never, [[200]]));
    expect(nl.message).toBe(
      "bovengrens: binnen de bovengrenzen kan hooguit 800 worden verdeeld, 200 minder dan het budget (1.000); verhoog de bovengrenzen of verlaag het budget.",
    );
  });

  it("refuses a cap below the floor, naming the row when the bounds are per area", () => {
    const scalar = thrown(() => allocate(1000, need, null as never, "need", null as never, [[300]], [[200]]));
    expect(scalar.message).toBe("cap: the cap (200) is below the floor (300); make the cap at least the floor.");
    setLanguageOverride("nl");
    const perArea = thrown(() =>
      allocate(1000, need, null as never, "need", null as never, [[100]], column([500, 50, null, null])),
    );
    expect(perArea.message).toBe(
      "bovengrens: in rij 2 ligt de bovengrens (50) onder de ondergrens (100); maak de bovengrens minstens zo hoog als de ondergrens.",
    );
  });

  it("says when the rule gives every area 0", () => {
    setLanguageOverride("nl");
    expect(thrown(() => allocate(1000, column([0, 0]), null as never, "need")).message).toBe(
      "behoefte: met deze regel krijgt elk gebied 0 (alle waarden zijn 0), dus het budget (1.000) kan niet worden verdeeld; geef minstens één gebied een waarde boven 0.",
    );
  });

  it("refuses a blank need, naming the row", () => {
    const error = thrown(() => allocate(100, column([1, null, 3])));
    expect(error.message).toBe(
      "need: row 2 is blank; every area needs a number here (a missing value is never counted as 0).",
    );
  });

  it("refuses a budget with cents", () => {
    expect(thrown(() => allocate(99.5, need)).message).toMatch(/^budget: "99.5" is not allowed/);
  });
});
