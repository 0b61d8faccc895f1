/**
 * Allocation by need (docs/method.md §8) as a whole: rules, floors and caps and
 * rounding together. Expected amounts come from the formulas printed in
 * docs/method.md, written out again here independently of the engine. Each part
 * has its own tests: allocation-rules, floors-and-caps, largest-remainder and
 * allocation-by-decile.
 */
import { ALLOCATION_RULES, type AllocationRule, EngineError, allocate, mulberry32 } from "../../src/engine";
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
      "universalShare",
    ],
    ["tiers without weights", () => allocate(100, [1, 2], { rule: "tiers" }), "WEIGHT_ZERO", "tierWeights"],
    [
      "a negative tier weight",
      () => allocate(100, [1, 2], { rule: "tiers", tierWeights: [1, -1] }),
      "WEIGHT_INVALID",
      "tierWeights",
    ],
    [
      "k = 0",
      () => allocate(100, [1, 2], { rule: "threshold", thresholdDecile: 0 }),
      "PARAMETER_INVALID",
      "thresholdDecile",
    ],
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

  it("does not mutate its inputs", () => {
    const need = Object.freeze([3, 1, 2]);
    const population = Object.freeze([10, 20, 30]);
    const floor = Object.freeze([1, 1, 1]);
    expect(() => allocate(100, need, { population, floor })).not.toThrow();
  });
});
