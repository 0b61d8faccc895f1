/**
 * Whole euros by the largest-remainder method (Hamilton's method): the
 * standard apportionment example, and the tie rule.
 */
import { allocate, roundLargestRemainder } from "../../src/engine";

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

describe("roundLargestRemainder", () => {
  const none = (n: number) => new Float64Array(n).fill(Infinity);

  it("rounds down and gives the euros left to the largest fractions", () => {
    const amounts = roundLargestRemainder(
      Float64Array.of(4.7, 1.6, 1.58, 1.2, 0.61, 0.31),
      10,
      new Float64Array(6),
      none(6),
    );
    expect(Array.from(amounts)).toEqual([5, 2, 1, 1, 1, 0]);
  });

  it("does not mutate its inputs", () => {
    const unrounded = Float64Array.of(33.3, 33.3, 33.4);
    roundLargestRemainder(unrounded, 100, new Float64Array(3), none(3));
    expect(Array.from(unrounded)).toEqual([33.3, 33.3, 33.4]);
  });
});
