/**
 * Floors and caps of an allocation: one scale λ found by
 * water-filling, bounds in whole euros, and refusals that say by how much
 * the bounds miss the budget.
 */
import { CAP_BINDS, FLOOR_BINDS, allocate } from "../../src/engine";
import { engineError } from "../support/engineError";

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
