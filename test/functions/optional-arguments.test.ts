/**
 * What each optional argument does with null, "", 0, text and TRUE/FALSE —
 * the table in docs/functions.md ("Blanks, 0, text and TRUE/FALSE").
 */
import { StubCustomFunctionError, installCustomFunctionsStub } from "../support/customFunctions";
installCustomFunctionsStub();
import { FUNCTIONS } from "../../src/functions/registry";

const column = (values: unknown[]) => values.map((v) => [v]);
const TABLE = [
  [1, 30],
  [2, 10],
  [3, 50],
  [4, 20],
];
const VALUES = column([7, 3.5, 3.5, 1, 2]);
const OTHER = column([9, 7, 12, 15, 17]);

/** "default" when the call equals the call with the argument omitted, else the error code. */
function outcome(id: string, args: unknown[], position: number, input: unknown): string {
  const withInput = args.slice();
  withInput[position] = input;
  const omitted = args.slice();
  omitted[position] = null;
  try {
    const result = FUNCTIONS[id](...withInput);
    return JSON.stringify(result) === JSON.stringify(FUNCTIONS[id](...omitted)) ? "default" : "value";
  } catch (error) {
    if (error instanceof StubCustomFunctionError) return error.code;
    throw error;
  }
}

// [function, argument, arguments, position of the argument, outcomes for null, "", 0, "abc", TRUE]
const CASES: Array<[string, string, unknown[], number, string[]]> = [
  ["SCORE", "weights", [TABLE, null, null, null], 1, ["default", "default", "#VALUE!", "#VALUE!", "#VALUE!"]],
  ["SCORE", "method", [TABLE, null, null, null], 2, ["default", "default", "#VALUE!", "#VALUE!", "#VALUE!"]],
  ["SCORE", "directions", [TABLE, null, null, null], 3, ["default", "default", "#VALUE!", "#VALUE!", "#VALUE!"]],
  ["DOMAIN", "directions", [TABLE, null, null, null], 1, ["default", "default", "#VALUE!", "#VALUE!", "#VALUE!"]],
  ["DOMAIN", "weights", [TABLE, null, null, null], 2, ["default", "default", "#VALUE!", "#VALUE!", "#VALUE!"]],
  ["DOMAIN", "method", [TABLE, null, null, null], 3, ["default", "default", "#VALUE!", "#VALUE!", "#VALUE!"]],
  ["CORREL", "method", [VALUES, OTHER, null, null], 2, ["default", "default", "#VALUE!", "#VALUE!", "#VALUE!"]],
  ["CORREL", "detail", [VALUES, OTHER, null, null], 3, ["default", "default", "default", "#VALUE!", "value"]],
  // A single group code for five values is a length mismatch; a single empty cell counts as omitted.
  ["RANK", "groups", [VALUES, null, null], 1, ["default", "default", "#VALUE!", "#VALUE!", "#VALUE!"]],
  ["RANK", "direction", [VALUES, null, null], 2, ["default", "default", "#VALUE!", "#VALUE!", "#VALUE!"]],
  ["DECILE", "groups", [VALUES, null, null, null], 1, ["default", "default", "#VALUE!", "#VALUE!", "#VALUE!"]],
  ["DECILE", "quantiles", [VALUES, null, null, null], 2, ["default", "default", "#VALUE!", "#VALUE!", "#VALUE!"]],
  ["DECILE", "direction", [VALUES, null, null, null], 3, ["default", "default", "#VALUE!", "#VALUE!", "#VALUE!"]],
  ["EXPTRANSFORM", "direction", [VALUES, null], 1, ["default", "default", "#VALUE!", "#VALUE!", "#VALUE!"]],
  ["NORMALIZE", "method", [TABLE, null, null], 1, ["default", "default", "#VALUE!", "#VALUE!", "#VALUE!"]],
  ["NORMALIZE", "direction", [TABLE, null, null], 2, ["default", "default", "#VALUE!", "#VALUE!", "#VALUE!"]],
];

describe('optional arguments: null, "", 0, text, TRUE', () => {
  it.each(CASES)("%s %s", (id, _argument, args, position, expected) => {
    const inputs = [null, "", 0, "abc", true];
    expect(inputs.map((input) => outcome(id, args, position, input))).toEqual(expected);
  });
});

describe("a range of several empty cells given as weights", () => {
  it("is refused with a message, not read as equal weights (one empty cell still counts as left out)", () => {
    expect(outcome("SCORE", [TABLE, null, null, null], 1, [[null, ""]])).toBe("#VALUE!");
    expect(outcome("DOMAIN", [TABLE, null, null, null], 2, [[null], [null]])).toBe("#VALUE!");
    try {
      FUNCTIONS.SCORE(TABLE, [[null, null]]);
      throw new Error("not refused");
    } catch (error) {
      expect((error as StubCustomFunctionError).message).toMatch(/^weights: every cell of the range is blank/);
    }
  });
});
