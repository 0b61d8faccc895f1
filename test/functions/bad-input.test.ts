/**
 * Every custom function × every kind of input Excel can send, in every
 * argument position: the result is either a clean spill (a non-empty
 * rectangle whose cells are finite numbers, text, or a coded error) or a
 * thrown CustomFunctions.Error with a code — and a message where Excel shows
 * one (#VALUE!, #N/A). Never an unhandled exception, NaN, Infinity or null in
 * a cell, and never the "unexpected error" fallback (that is a crash caught late).
 *
 * To cover a new function, add one line to SUBJECTS with a valid call; the
 * matrix then tries every bad input in each of its arguments.
 */
import { StubCustomFunctionError, installCustomFunctionsStub } from "../support/customFunctions";
installCustomFunctionsStub();
import { FUNCTIONS } from "../../src/functions/registry";
import { FUNCTION_STRINGS } from "../../src/i18n/functions";
import { setLanguageOverride } from "../../src/i18n/language";

const column = (values: unknown[]) => values.map((v) => [v]);
/** Five areas × two domains/indicators. */
const TABLE = [
  [1, 30],
  [2, 10],
  [3, 50],
  [4, 20],
  [5, 40],
];
const VALUES = column([7, 3.5, 3.5, 1, 2]);
const OTHER = column([9, 7, 12, 15, 17]);

/** A valid call of each function: its arguments in parameter order (null = omitted). */
interface Subject {
  readonly id: string;
  readonly valid: readonly unknown[];
}

const SUBJECTS: readonly Subject[] = [
  { id: "SCORE", valid: [TABLE, [[1, 1]], "exp", [[1, -1]], 0.5] },
  { id: "DOMAIN", valid: [TABLE, [[1, -1]], [[2, 1]], "z", 0.5] },
  { id: "CORREL", valid: [VALUES, OTHER, "spearman", true] },
  { id: "RANK", valid: [VALUES, column(["a", "b", "a", "b", "a"]), 1] },
  { id: "DECILE", valid: [VALUES, column(["a", "b", "a", "b", "a"]), 5, 1] },
  { id: "EXPTRANSFORM", valid: [VALUES, -1] },
  { id: "NORMALIZE", valid: [TABLE, "rankit", [[1, -1]]] },
  {
    id: "SUMMARY",
    valid: [OTHER, column(["a", "b", "a", "b", "a"]), column([100, 200, 300, 400, 500]), column([5, 4, 3, 2, 1])],
  },
  { id: "STACK", valid: [TABLE, 2, [[1, -1]], 0.5] },
  { id: "CONTRIB", valid: [TABLE, [[1, 1]], [[1, -1]], 0.5] },
  { id: "SENSITIVITY", valid: [TABLE, [[1, 1]], 0.25, 20, 7, [[1, -1]], 0.5] },
  { id: "PERSIST", valid: [TABLE.map((row) => row.map((v) => (v % 10) + 1)), 2] },
  { id: "TREND", valid: [VALUES, OTHER, 5, 1] },
  { id: "ALLOCATE", valid: [1000, OTHER, column([100, 200, 300, 400, 500]), "universal", 0.5, 10, 900] },
  { id: "COVERAGE", valid: [TABLE, [[2, 1]]] },
  { id: "IMPUTE", valid: [TABLE, column(["a", "b", "a", "b", "a"]), column([100, 200, 300, 400, 500])] },
];

const BAD_INPUTS: ReadonlyArray<readonly [string, unknown]> = [
  ["null (omitted, or a blank cell on the web)", null],
  ['"" (a formula blank)', ""],
  ["0 (a blank cell on desktop)", 0],
  ["-1", -1],
  ["text", "abc"],
  ['a Dutch decimal typed as text ("3,5")', "3,5"],
  ["TRUE", true],
  ["FALSE", false],
  ["one cell", [[5]]],
  ["one blank cell", [[null]]],
  ["one row", [[1, 2, 3]]],
  ["a 2-D range", TABLE],
  ["a column of blanks", column([null, "", null, "", null])],
  ["a column of text", column(["a", "b", "c", "d", "e"])],
  ["a column of booleans", column([true, false, true, false, true])],
  ["a column with one text cell", column([1, 2, "x", 4, 5])],
  ["huge values (±1e308)", column([1e308, -1e308, 1e308, 0, 5e307])],
  ["tiny values (5e-324)", column([5e-324, 0, -5e-324, 1e-300, 2e-300])],
  ["a constant column", column([4, 4, 4, 4, 4])],
  ["ragged rows", [[1, 2], [3]]],
  ["a column of another length", column([1, 2, 3])],
  ["an empty array", []],
  ["an empty row", [[]]],
];

const CODES = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"]);
const WITH_MESSAGE = new Set(["#VALUE!", "#N/A"]);
const CRASH_PREFIXES = [FUNCTION_STRINGS.en.inputs.internal(""), FUNCTION_STRINGS.nl.inputs.internal("")].map(
  (m) => m.split(":")[0],
);

/** Why `error` is not a clean refusal, or null when it is. */
function refusalProblem(error: unknown): string | null {
  if (!(error instanceof StubCustomFunctionError)) return `threw ${String(error)} (not a CustomFunctions.Error)`;
  if (!CODES.has(error.code)) return `unknown error code ${error.code}`;
  if (WITH_MESSAGE.has(error.code)) {
    if (!error.message) return `${error.code} without a message`;
    if (CRASH_PREFIXES.some((prefix) => error.message.startsWith(prefix))) return `crash: ${error.message}`;
  }
  return null;
}

/** Why `result` is not a clean spill, or null when it is. */
function resultProblem(result: unknown): string | null {
  if (!Array.isArray(result) || result.length === 0)
    return `returned ${JSON.stringify(result)}, not a non-empty 2-D array`;
  const width = Array.isArray(result[0]) ? result[0].length : -1;
  if (width < 1) return "first row is not a non-empty array";
  for (const [r, row] of result.entries()) {
    if (!Array.isArray(row) || row.length !== width) return `row ${r + 1} is not ${width} cells wide`;
    for (const cell of row) {
      if (typeof cell === "number" && !Number.isFinite(cell)) return `a cell holds ${cell}`;
      if (typeof cell === "number" || typeof cell === "string") continue;
      if (cell instanceof StubCustomFunctionError) {
        const problem = refusalProblem(cell);
        if (problem) return `a cell holds ${problem}`;
        continue;
      }
      return `a cell holds ${cell === null ? "null" : typeof cell}`;
    }
  }
  return null;
}

function outcome(id: string, args: readonly unknown[]): string | null {
  try {
    return resultProblem(FUNCTIONS[id](...args));
  } catch (error) {
    return refusalProblem(error);
  }
}

afterEach(() => setLanguageOverride(null));

describe("bad-input matrix", () => {
  it("covers every registered function", () => {
    expect(SUBJECTS.map((s) => s.id).sort()).toEqual(Object.keys(FUNCTIONS).sort());
  });

  for (const subject of SUBJECTS) {
    describe(`=MDI.${subject.id}`, () => {
      it("computes its valid call", () => {
        const result = FUNCTIONS[subject.id](...subject.valid);
        expect(resultProblem(result)).toBeNull();
      });

      for (const language of ["en", "nl"] as const) {
        it(`handles every bad input in every argument cleanly (${language})`, () => {
          setLanguageOverride(language);
          const problems: string[] = [];
          subject.valid.forEach((_, position) => {
            for (const [label, input] of BAD_INPUTS) {
              const args = subject.valid.slice();
              args[position] = input;
              const problem = outcome(subject.id, args);
              if (problem) problems.push(`argument ${position + 1} = ${label}: ${problem}`);
            }
          });
          expect(problems).toEqual([]);
        });
      }
    });
  }
});
