/**
 * Parsing formulas in the English syntax Range.formulas stores (Microsoft,
 * "Create an array constant": `,` separates columns and `;` rows, e.g.
 * ={1,2,3;4,5,6}; sheet names with spaces are quoted, a quote inside doubled).
 */
import { referencesOf, type Expr } from "../../../src/preview/calc/expr";
import { parseFormula } from "../../../src/preview/calc/formulaParser";

function parsed(text: string): Expr {
  const result = parseFormula(text);
  if (!result.ok) throw new Error(`${text}: ${result.reason}`);
  return result.expr;
}

const cell = (row: number, column: number) => ({ row, column });

describe("parseFormula", () => {
  it("reads ranges in every form Excel writes them", () => {
    const call = parsed("=MDI.SCORE(B2:H480, $B$2:$H$480, 'Sheet name'!B2:B480, Data!B2, 'It''s'!A1)") as Extract<
      Expr,
      { kind: "call" }
    >;
    expect(call.kind).toBe("call");
    expect(call.name).toBe("MDI.SCORE");
    expect(call.args).toEqual([
      { kind: "range", sheet: undefined, start: cell(1, 1), end: cell(479, 7) },
      { kind: "range", sheet: undefined, start: cell(1, 1), end: cell(479, 7) },
      { kind: "range", sheet: "Sheet name", start: cell(1, 1), end: cell(479, 1) },
      { kind: "range", sheet: "Data", start: cell(1, 1), end: cell(1, 1) },
      { kind: "range", sheet: "It's", start: cell(0, 0), end: cell(0, 0) },
    ]);
  });

  it("puts the corners of a range in order", () => {
    expect(parsed("=C3:A1")).toEqual({ kind: "range", sheet: undefined, start: cell(0, 0), end: cell(2, 2) });
  });

  it("reads texts, numbers, TRUE/FALSE and left-out arguments", () => {
    const call = parsed('=mdi.score(A1:B5,,"exp",-1, 2.5E-1, TRUE, false, "say ""hi""")') as Extract<
      Expr,
      { kind: "call" }
    >;
    expect(call.args).toEqual([
      { kind: "range", sheet: undefined, start: cell(0, 0), end: cell(4, 1) },
      { kind: "omitted" },
      { kind: "string", value: "exp" },
      { kind: "number", value: -1 },
      { kind: "number", value: 0.25 },
      { kind: "boolean", value: true },
      { kind: "boolean", value: false },
      { kind: "string", value: 'say "hi"' },
    ]);
  });

  it("reads arguments left out at the end and accepts ; between arguments", () => {
    expect((parsed("=MDI.SCORE(A1:B5,,)") as Extract<Expr, { kind: "call" }>).args).toEqual([
      { kind: "range", sheet: undefined, start: cell(0, 0), end: cell(4, 1) },
      { kind: "omitted" },
      { kind: "omitted" },
    ]);
    expect((parsed('=MDI.SCORE(A1:B5;;"exp")') as Extract<Expr, { kind: "call" }>).args[2]).toEqual({
      kind: "string",
      value: "exp",
    });
  });

  it("reads array constants: , between columns, ; between rows", () => {
    expect(parsed("={0.225,0.225;0.1,0.2}")).toEqual({
      kind: "array",
      rows: [
        [0.225, 0.225],
        [0.1, 0.2],
      ],
    });
    expect(parsed('={-1,"a",TRUE,.5}')).toEqual({ kind: "array", rows: [[-1, "a", true, 0.5]] });
  });

  it("reads plain references, spill references and nested calls", () => {
    expect(parsed("=C2")).toEqual({ kind: "range", sheet: undefined, start: cell(1, 2), end: cell(1, 2) });
    expect(parsed("='MDI berekening'!C2")).toEqual({
      kind: "range",
      sheet: "MDI berekening",
      start: cell(1, 2),
      end: cell(1, 2),
    });
    expect(parsed("=Data!$B$3")).toEqual({ kind: "range", sheet: "Data", start: cell(2, 1), end: cell(2, 1) });
    expect(parsed("=H2#")).toEqual({ kind: "spill", sheet: undefined, anchor: cell(1, 7) });
    const nested = parsed("=MDI.RANK(MDI.SCORE(Data!B2:H9), , -1)");
    expect(referencesOf(nested)).toEqual([{ kind: "range", sheet: "Data", start: cell(1, 1), end: cell(8, 7) }]);
  });

  it("parses calls of other functions too (the evaluator reports them), but refuses operators", () => {
    expect(parsed("=SUM(A1:A3)")).toMatchObject({ kind: "call", name: "SUM" });
    for (const text of ["=A1+1", "=-A1", "=(A1)", "A1", "=", "=MDI.SCORE(A1", '="open', "={1,2;3}", "=A1 B2"]) {
      expect(parseFormula(text).ok).toBe(false);
    }
  });
});
