/**
 * The per-decile summary of an allocation that the task pane shows: euros,
 * inhabitants and euros per head by need decile, against equal per head.
 */
import { allocate, allocationByDecile } from "../../src/engine";

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

describe("allocationByDecile", () => {
  it("leaves out areas without a need decile but counts their inhabitants for equal per head", () => {
    const byDecile = allocationByDecile([600, 400, 0], [1, 1, 2], [1, 2, NaN], 1000);
    expect(byDecile[0]).toMatchObject({ decile: 1, areas: 1, population: 1, amount: 600, equalAmount: 250 });
    expect(byDecile[1]).toMatchObject({ decile: 2, areas: 1, amount: 400, difference: 150 });
    expect(byDecile[2].perHead).toBeNaN();
  });
});
