/**
 * Allocation by need (docs/method.md §8). Expected amounts come from the formulas
 * printed in docs/method.md, written out again here independently of the engine,
 * and from the largest-remainder example of the Hamilton method.
 */
import {
  ALLOCATION_RULES,
  type AllocationRule,
  CAP_BINDS,
  EngineError,
  FLOOR_BINDS,
  allocate,
  mulberry32,
  parseAllocationRule,
} from "../../src/engine";
import { engineError } from "../support/engineError";

const sum = (values: ArrayLike<number>) => Array.from(values).reduce((a, b) => a + b, 0);

/** Decile of each need value: ceil(10 · rank / N), rank 1 = highest need, ties at the minimum (docs/method.md §1). */
function decilesOf(need: number[], q = 10): number[] {
  return need.map((s) => Math.ceil((q * (1 + need.filter((t) => t > s).length)) / need.length));
}

/** docs/method.md §8, one formula per rule: the amount before rounding, without floors and caps. */
function formula(
  rule: AllocationRule,
  B: number,
  p: number[],
  s: number[],
  parameter: { alpha: number; tiers: number[]; k: number },
): number[] {
  const P = sum(p);
  const PS = sum(p.map((pi, i) => pi * s[i]));
  switch (rule) {
    case "perhead":
      return p.map((pi) => (B * pi) / P);
    case "need":
      return s.map((si) => (B * si) / sum(s));
    case "popneed":
      return p.map((pi, i) => (B * pi * s[i]) / PS);
    case "universal":
      return p.map((pi, i) => B * ((parameter.alpha * pi) / P + ((1 - parameter.alpha) * pi * s[i]) / PS));
    case "tiers": {
      const d = decilesOf(s, parameter.tiers.length);
      const T = sum(p.map((pi, i) => pi * parameter.tiers[d[i] - 1]));
      return p.map((pi, i) => (B * pi * parameter.tiers[d[i] - 1]) / T);
    }
    case "threshold": {
      const d = decilesOf(s);
      const eligible = sum(p.filter((_, i) => d[i] <= parameter.k));
      return p.map((pi, i) => (d[i] <= parameter.k ? (B * pi) / eligible : 0));
    }
  }
}

describe("largest remainder (Hamilton's method)", () => {
  it("apportions 10 over votes 47,000, 16,000, 15,800, 12,000, 6,100, 3,100 as 5, 2, 1, 1, 1, 0", () => {
    // The standard example of the largest remainder method with the Hare quota (e.g. Wikipedia,
    // "Largest remainder method"): quotas 4.7, 1.6, 1.58, 1.2, 0.61, 0.31.
    const result = allocate(10, [47000, 16000, 15800, 12000, 6100, 3100], { rule: "need" });
    expect(Array.from(result.amounts)).toEqual([5, 2, 1, 1, 1, 0]);
  });

  it("gives the odd euro of an even split to the first row", () => {
    expect(Array.from(allocate(100, [1, 1, 1], { rule: "perhead" }).amounts)).toEqual([34, 33, 33]);
  });
});

describe("each rule on a small case", () => {
  // Four areas; need deciles with N = 4: ranks 1..4 → deciles 3, 5, 8, 10.
  const need = [40, 30, 20, 10];
  const population = [100, 200, 300, 400];

  it("perhead: B p / Σp", () => {
    expect(Array.from(allocate(1000, need, { population, rule: "perhead" }).amounts)).toEqual([100, 200, 300, 400]);
  });
  it("need: B s / Σs", () => {
    expect(Array.from(allocate(1000, need, { population, rule: "need" }).amounts)).toEqual([400, 300, 200, 100]);
  });
  it("popneed (the default): B p s / Σps", () => {
    // p s = 4000, 6000, 6000, 4000 → 200, 300, 300, 200
    expect(Array.from(allocate(1000, need, { population }).amounts)).toEqual([200, 300, 300, 200]);
  });
  it("universal: α per head plus (1 − α) by population × need", () => {
    // α = 0.5: 0.5·(100, 200, 300, 400) + 0.5·(200, 300, 300, 200) = 150, 250, 300, 300
    const result = allocate(1000, need, { population, rule: "universal" });
    expect(Array.from(result.amounts)).toEqual([150, 250, 300, 300]);
    expect(Array.from(allocate(1000, need, { population, rule: "universal", universalShare: 1 }).amounts)).toEqual([
      100, 200, 300, 400,
    ]);
  });
  it("tiers: B p t(d) / Σ p t(d), one weight per decile", () => {
    // deciles 3, 5, 8, 10; weights t = 10..1 → t(3)=8, t(5)=6, t(8)=3, t(10)=1; p t = 800, 1200, 900, 400 (Σ 3300)
    const tiers = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    const amounts = Array.from(allocate(3300, need, { population, rule: "tiers", tierWeights: tiers }).amounts);
    expect(amounts).toEqual([800, 1200, 900, 400]);
    // Two tiers = halves: the first two areas get weight 3, the last two 1 → p t = 300, 600, 300, 400.
    expect(Array.from(allocate(1600, need, { population, rule: "tiers", tierWeights: [3, 1] }).amounts)).toEqual([
      300, 600, 300, 400,
    ]);
  });
  it("threshold: only deciles ≤ k receive, per head", () => {
    expect(Array.from(allocate(900, need, { population, rule: "threshold", thresholdDecile: 5 }).amounts)).toEqual([
      300, 600, 0, 0,
    ]);
    // k = 1 by default: no area is in decile 1 with N = 4 except … none (the first is decile 3) → refused.
    const error = engineError(() => allocate(900, need, { population, rule: "threshold" }));
    expect(error.code).toBe("INFEASIBLE");
  });
});

describe("floors and caps", () => {
  it("lifts an area to its floor and scales the others down so the total stays the budget", () => {
    // need 8, 1, 1; budget 1000; floor 150 → the two small areas bind at 150, the first gets 700.
    const result = allocate(1000, [8, 1, 1], { rule: "need", floor: 150 });
    expect(Array.from(result.amounts)).toEqual([700, 150, 150]);
    expect(Array.from(result.bound)).toEqual([0, FLOOR_BINDS, FLOOR_BINDS]);
    expect(result.floorsBinding).toBe(2);
  });

  it("holds an area at its cap and gives the rest to the others in proportion", () => {
    // need 8, 1, 1; cap 500 → 500 for the first; 500 left split 1:1.
    const result = allocate(1000, [8, 1, 1], { rule: "need", cap: 500 });
    expect(Array.from(result.amounts)).toEqual([500, 250, 250]);
    expect(Array.from(result.bound)).toEqual([CAP_BINDS, 0, 0]);
    expect(result.scale).toBeCloseTo(2500, 9); // λ b = 2500 · 0.1 = 250 for the free areas
  });

  it("takes floors and caps per area, blank meaning none", () => {
    const result = allocate(1000, [8, 1, 1], { rule: "need", floor: [NaN, 300, NaN], cap: [600, NaN, NaN] });
    // first capped at 600, second floored at 300 → third gets the remaining 100 (λ b = 100 < nothing)
    expect(Array.from(result.amounts)).toEqual([600, 300, 100]);
  });

  it("refuses floors that add up to more than the budget, saying by how much", () => {
    const error = engineError(() => allocate(1000, [1, 2, 3], { floor: 400 }));
    expect(error.code).toBe("INFEASIBLE");
    expect(error.details).toMatchObject({ parameter: "floor", actual: 1200, expected: 1000 });
  });

  it("refuses caps that cannot hold the budget, saying by how much", () => {
    const error = engineError(() => allocate(1000, [1, 2, 3], { cap: 300 }));
    expect(error.code).toBe("INFEASIBLE");
    expect(error.details).toMatchObject({ parameter: "cap", actual: 900, expected: 1000 });
  });

  it("counts only the caps of areas the rule gives anything", () => {
    // threshold k = 5 with N = 4: two areas receive; their caps hold 2 × 300 = 600 < 1000.
    const error = engineError(() => allocate(1000, [4, 3, 2, 1], { rule: "threshold", thresholdDecile: 5, cap: 300 }));
    expect(error.details).toMatchObject({ parameter: "cap", actual: 600, expected: 1000 });
  });

  it("refuses a cap below its floor", () => {
    const error = engineError(() => allocate(1000, [1, 2], { floor: [100, 100], cap: [500, 50] }));
    expect(error.code).toBe("INFEASIBLE");
    expect(error.details).toMatchObject({ parameter: "cap", row: 1, value: 50, expected: 100 });
  });

  it("rounds floors up and caps down to whole euros so rounding cannot leave them", () => {
    // A floor of 3.20 acts as 4: three areas need 12, exactly the budget.
    expect(Array.from(allocate(12, [1, 1, 1], { rule: "perhead", floor: 3.2 }).amounts)).toEqual([4, 4, 4]);
    // A cap of 3.80 acts as 3: three areas hold 9, so a budget of 10 cannot be placed.
    expect(Array.from(allocate(9, [1, 1, 1], { rule: "perhead", cap: 3.8 }).amounts)).toEqual([3, 3, 3]);
    expect(engineError(() => allocate(10, [1, 1, 1], { rule: "perhead", cap: 3.8 })).details).toMatchObject({
      parameter: "cap",
      actual: 9,
    });
  });
});

describe("invariants over 2,000 random cases (seeded)", () => {
  const random = mulberry32(20250101);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

  it("adds up to the budget exactly, follows each rule's formula within one euro, respects floors and caps", () => {
    const counts = { formula: 0, bounded: 0, infeasible: 0 };
    const worst = { total: 0, formula: 0, floor: 0, cap: 0, clamp: 0 };
    for (let c = 0; c < 2000; c++) {
      const n = int(1, 80);
      const rule = ALLOCATION_RULES[int(0, ALLOCATION_RULES.length - 1)];
      const population = Array.from({ length: n }, () => (random() < 0.05 ? 0 : int(1, 5000)));
      const need = Array.from({ length: n }, () => (random() < 0.05 ? 0 : random() * 100));
      const budget = random() < 0.1 ? int(0, 50) : int(0, 10_000_000);
      const parameter = { alpha: random(), tiers: Array.from({ length: int(1, 10) }, () => int(0, 10)), k: int(1, 10) };
      const options = {
        population,
        rule,
        universalShare: parameter.alpha,
        tierWeights: parameter.tiers,
        thresholdDecile: parameter.k,
      };
      const expected = formula(rule, budget, population, need, parameter);
      const kind = random();
      let floor: number[] | undefined;
      let cap: number[] | undefined;
      if (kind < 0.1) {
        floor = Array(n).fill(Math.ceil((budget * 1.2) / n) + 1); // Σ floor > B
      } else if (kind < 0.2) {
        cap = Array(n).fill(Math.floor((budget * 0.8) / n)); // Σ cap < B
        if (budget < 5) cap = undefined;
      } else if (kind < 0.6) {
        // Bounds around the formula's amounts, some binding.
        floor = expected.map((e) => (random() < 0.3 ? Math.round(Math.max(0, e) * random() * 1.5) : NaN));
        cap = expected.map((e, i) =>
          random() < 0.3 ? Math.max(Number.isNaN(floor![i]) ? 0 : floor![i], Math.round(e * (0.5 + random()))) : NaN,
        );
      }
      const bounded = floor !== undefined || cap !== undefined;
      let result;
      try {
        result = allocate(budget, need, { ...options, floor, cap });
      } catch (error) {
        if (!(error instanceof EngineError)) throw error;
        const floors = sum((floor ?? []).map((f) => (Number.isNaN(f) ? 0 : f)));
        const ok =
          (error.code === "WEIGHT_ZERO" && rule === "tiers" && sum(parameter.tiers) === 0) ||
          (error.code === "INFEASIBLE" && error.details.parameter === "floor" && floors > budget) ||
          (error.code === "INFEASIBLE" &&
            error.details.parameter === "cap" &&
            (error.details.actual as number) < budget) ||
          (error.code === "INFEASIBLE" && expected.every((x) => !(x > 0))); // the rule gives every area 0
        if (!ok) throw error;
        counts.infeasible++;
        continue;
      }
      const amounts = Array.from(result.amounts);
      worst.total = Math.max(worst.total, Math.abs(sum(amounts) - budget));
      if (!amounts.every((a) => Number.isInteger(a) && a >= 0)) throw new Error(`not whole euros: ${amounts}`);
      if (!bounded) {
        amounts.forEach((a, i) => (worst.formula = Math.max(worst.formula, Math.abs(a - expected[i]))));
        counts.formula++;
        continue;
      }
      counts.bounded++;
      amounts.forEach((a, i) => {
        const low = floor && !Number.isNaN(floor[i]) ? floor[i] : 0;
        const high = cap && !Number.isNaN(cap[i]) ? cap[i] : Infinity;
        worst.floor = Math.max(worst.floor, low - a);
        worst.cap = Math.max(worst.cap, a - high);
        // a_i = clamp(λ · formula_i / B, L_i, U_i) within one euro, with one λ for every area.
        const wanted = budget > 0 ? (result.scale * expected[i]) / budget : 0;
        worst.clamp = Math.max(worst.clamp, Math.abs(a - Math.min(high, Math.max(low, wanted))));
      });
    }
    expect(worst.total).toBe(0);
    expect(worst.formula).toBeLessThan(1 + 1e-9);
    expect(worst.floor).toBeLessThanOrEqual(0);
    expect(worst.cap).toBeLessThanOrEqual(0);
    expect(worst.clamp).toBeLessThan(1 + 1e-6);
    // The generator must exercise every branch.
    expect(counts.formula).toBeGreaterThan(500);
    expect(counts.bounded).toBeGreaterThan(500);
    expect(counts.infeasible).toBeGreaterThan(200);
  });
});

describe("per-decile summary for the task pane", () => {
  it("gives euros, inhabitants, per head and the difference from equal per head by need decile", () => {
    // Ten areas, one per decile; need 10..1, population 100 each; popneed; budget 5500.
    const need = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    const result = allocate(5500, need, { population: Array(10).fill(100) });
    expect(Array.from(result.amounts)).toEqual([1000, 900, 800, 700, 600, 500, 400, 300, 200, 100]);
    expect(result.byDecile[0]).toEqual({
      decile: 1,
      areas: 1,
      population: 100,
      amount: 1000,
      perHead: 10,
      equalAmount: 550,
      difference: 450,
    });
    expect(result.shareMostDeprived10).toBeCloseTo(1000 / 5500, 14);
    expect(result.shareMostDeprived20).toBeCloseTo(1900 / 5500, 14);
  });
});

describe("refusals", () => {
  const cases: Array<[string, () => unknown, string, string]> = [
    ["a budget with cents", () => allocate(100.5, [1, 2]), "PARAMETER_INVALID", "budget"],
    ["a negative budget", () => allocate(-1, [1, 2]), "PARAMETER_INVALID", "budget"],
    ["a budget beyond 2^53", () => allocate(2 ** 60, [1, 2]), "PARAMETER_INVALID", "budget"],
    ["no areas", () => allocate(100, []), "TOO_FEW_ROWS", "need"],
    ["a negative need", () => allocate(100, [1, -2]), "PARAMETER_INVALID", "need"],
    ["a blank need", () => allocate(100, [1, NaN]), "PARAMETER_INVALID", "need"],
    ["a blank population", () => allocate(100, [1, 2], { population: [1, NaN] }), "PARAMETER_INVALID", "population"],
    ["population of another length", () => allocate(100, [1, 2], { population: [1] }), "LENGTH_MISMATCH", "population"],
    [
      "α above 1",
      () => allocate(100, [1, 2], { rule: "universal", universalShare: 2 }),
      "PARAMETER_INVALID",
      "parameter",
    ],
    ["tiers without weights", () => allocate(100, [1, 2], { rule: "tiers" }), "WEIGHT_ZERO", "parameter"],
    [
      "a negative tier weight",
      () => allocate(100, [1, 2], { rule: "tiers", tierWeights: [1, -1] }),
      "WEIGHT_INVALID",
      "parameter",
    ],
    ["k = 0", () => allocate(100, [1, 2], { rule: "threshold", thresholdDecile: 0 }), "PARAMETER_INVALID", "parameter"],
    ["a negative floor", () => allocate(100, [1, 2], { floor: -5 }), "PARAMETER_INVALID", "floor"],
    ["a cap range of another length", () => allocate(100, [1, 2], { cap: [1, 2, 3] }), "LENGTH_MISMATCH", "cap"],
    ["all need zero", () => allocate(100, [0, 0], { rule: "need" }), "INFEASIBLE", "need"],
    ["an unknown rule", () => allocate(100, [1, 2], { rule: "lottery" as AllocationRule }), "METHOD_UNKNOWN", "rule"],
  ];
  for (const [label, call, code, parameter] of cases) {
    it(`refuses ${label} (${code})`, () => {
      const error = engineError(call);
      expect(error.code).toBe(code);
      expect(error.details.parameter).toBe(parameter);
    });
  }

  it("allows a blank need under perhead, which does not use it", () => {
    expect(Array.from(allocate(10, [NaN, 1], { rule: "perhead" }).amounts)).toEqual([5, 5]);
  });

  it("reads rule names in English and Dutch", () => {
    expect(parseAllocationRule("PerHead")).toBe("perhead");
    expect(parseAllocationRule("per inwoner")).toBe("perhead");
    expect(parseAllocationRule("proportioneel universalisme")).toBe("universal");
    expect(parseAllocationRule("drempel")).toBe("threshold");
    expect(engineError(() => parseAllocationRule("loterij")).code).toBe("METHOD_UNKNOWN");
  });

  it("does not mutate its inputs", () => {
    const need = Object.freeze([3, 1, 2]);
    const population = Object.freeze([10, 20, 30]);
    const floor = Object.freeze([1, 1, 1]);
    expect(() => allocate(100, need, { population, floor })).not.toThrow();
  });
});
