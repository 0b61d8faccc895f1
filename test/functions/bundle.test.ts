/**
 * The artifact users get: dist/functions.js loaded as Excel loads it (a plain
 * script with a CustomFunctions global), called through its associations.
 */
import { ENGLAND_IOD } from "../../src/engine";
import { loadFunctionsBundle } from "../support/bundle";
import { asExcelError } from "../support/customFunctions";
import { iod2025 } from "../support/csv";

const registry = loadFunctionsBundle();
const call = (id: string, ...args: unknown[]) => {
  const fn = registry.get(id);
  if (!fn) throw new Error(`${id} is not associated by dist/functions.js`);
  return fn(...args);
};

describe("dist/functions.js", () => {
  it("associates SCORE", () => {
    expect(registry.has("SCORE")).toBe(true);
  });

  it("reproduces the IoD2025 IMD score of all 33,755 LSOAs within 0.001 through SCORE", () => {
    const data = iod2025();
    const weights = [ENGLAND_IOD.weights.slice()];
    const directions = [Array(7).fill(-1)];
    const result = call("SCORE", data.rows, weights, "exp", directions) as unknown[][];
    expect(result.length).toBe(33755);
    let max = 0;
    result.forEach((row, i) => {
      expect(row.length).toBe(1);
      expect(typeof row[0]).toBe("number");
      max = Math.max(max, Math.abs((row[0] as number) - data.score[i]));
    });
    expect(max).toBeLessThan(0.001);
  });

  it("gives #N/A with a message to an area with a blank domain, and scores the rest", () => {
    const rows = [
      [1, 2],
      [2, null],
      [3, 1],
      [4, 3],
    ];
    const result = call("SCORE", rows) as unknown[][];
    const error = asExcelError(result[1][0]);
    expect(error?.code).toBe("#N/A");
    expect(error?.message).toMatch(/column 2/);
    expect(typeof result[0][0]).toBe("number");
    expect(typeof result[3][0]).toBe("number");
  });
});
