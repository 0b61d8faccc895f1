/**
 * The `reference` argument of =MDI.NORMALIZE and =MDI.DOMAIN (fixed goalposts). Expected values from
 * numpy/scipy: (x − ref.mean()) / ref.std(ddof=1), 100 (x − min)/(max − min), norm.ppf — see
 * test/engine/goalposts.test.ts for the same numbers worked out.
 */
import { asExcelError, installCustomFunctionsStub, thrown } from "../support/customFunctions";
installCustomFunctionsStub();
import { normalize } from "../../src/functions/normalize";
import { domain } from "../../src/functions/domain";

const column = (values: unknown[]) => values.map((v) => [v]) as any[][];
const REFERENCE = column([2, 4, 4, 7, 10]);
const LATER = column([1, 4, 5.5, 10, 12]);

describe("=MDI.NORMALIZE(values, method, direction, reference)", () => {
  it("min-max against the base period: values outside its range fall outside 0–100", () => {
    expect(normalize(LATER, "minmax", undefined, REFERENCE).map((r) => r[0])).toEqual([-12.5, 25, 43.75, 100, 125]);
  });

  it("z against the base period's mean and sample sd", () => {
    const z = normalize(LATER, "z", undefined, REFERENCE).map((r) => r[0] as number);
    [-1.405528442999868, -0.44721359549995804, 0.031943828249996885, 1.4694160994998617, 2.1082926644998015].forEach(
      (e, i) => expect(z[i]).toBeCloseTo(e, 12),
    );
  });

  it("refuses a reference with another number of columns, naming it", () => {
    const error = thrown(() =>
      normalize(LATER, "z", undefined, [
        [1, 2],
        [3, 4],
      ]),
    );
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^reference: give the base period's values in the same 1 column/);
  });
});

describe("=MDI.DOMAIN(…, min_coverage, reference)", () => {
  const indicators = [
    [3, 10],
    [5, 20],
    [8, 15],
    ["", 30],
  ];
  const reference = [
    [1, 12],
    [2, 18],
    [3, 24],
    [4, 30],
    [5, 36],
  ];

  it("scores each area on indicators normalised against the base period", () => {
    const result = domain(indicators, [[1, -1]], undefined, "z", undefined, reference);
    [0.7378647873726218, 0.8432740427115678, 2.0554804791094465].forEach((e, i) =>
      expect(result[i][0] as number).toBeCloseTo(e, 12),
    );
    expect(asExcelError(result[3][0])?.code).toBe("#N/A");
    const covered = domain(indicators, [[1, -1]], undefined, "z", 0.5, reference);
    expect(covered[3][0] as number).toBeCloseTo(-0.6324555320336759, 12);
  });

  it("left out, gives today's result", () => {
    expect(domain(indicators, [[1, -1]], undefined, "z", 0.5)).toEqual(
      domain(indicators, [[1, -1]], undefined, "z", 0.5, undefined),
    );
  });
});
