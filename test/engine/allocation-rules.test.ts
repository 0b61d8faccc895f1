/**
 * Each allocation rule on a small case, its amounts written out by hand from
 * the rule's formula.
 */
import { allocate, needGroups } from "../../src/engine";
import { engineError } from "../support/engineError";

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

describe("need groups", () => {
  it("are ceil(q · rank / N) of need, 1 = most need, NaN where need is missing", () => {
    expect(Array.from(needGroups([30, 10, 20], 3))).toEqual([1, 3, 2]);
    expect(Array.from(needGroups([40, 30, 20, 10], 10))).toEqual([3, 5, 8, 10]);
    expect(Array.from(needGroups([1, NaN, 2], 10))).toEqual([10, NaN, 5]);
  });
});
