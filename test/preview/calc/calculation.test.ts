/**
 * Formulas in the in-memory workbook: the add-in's functions called as Excel
 * calls them, results spilled as Excel's dynamic arrays spill, references,
 * recalculation after edits, cycles, and formulas only Excel computes.
 * Expected scores, ranks and deciles: docs/method.md worked example B.
 */
import { MemoryWorkbook } from "../../../src/preview/memory/memoryWorkbook";
import { sheetFromRows } from "../../../src/preview/memory/models";
import { FUNCTIONS } from "../../../src/functions/registry";
import { setLanguageOverride } from "../../../src/i18n/language";
import type { Cell, CellError, WorkbookModel } from "../../../src/workbook/model";
import type { CellInput, OutputSheet } from "../../../src/workbook/port";

/** docs/method.md worked example B: domain ranks (Inc, Emp, Edu, Hea, Cri, Bar, Liv) of areas A–E. */
const EXAMPLE_B: Array<[string, ...number[]]> = [
  ["A", 1, 1, 2, 1, 3, 5, 4],
  ["B", 2, 3, 1, 2, 1, 1, 2],
  ["C", 3, 2, 3, 4, 2, 3, 1],
  ["D", 4, 5, 4, 3, 5, 2, 5],
  ["E", 5, 4, 5, 5, 4, 4, 3],
];
/** Published England weights and direction −1 (rank 1 = most deprived), docs/method.md §3. */
const SCORE_B = '=MDI.SCORE(Data!B2:H6,{0.225,0.225,0.135,0.135,0.093,0.093,0.093},"exp",{-1,-1,-1,-1,-1,-1,-1})';

function exampleWorkbook(): MemoryWorkbook {
  const headers = ["area", "Inc", "Emp", "Edu", "Hea", "Cri", "Bar", "Liv"];
  return new MemoryWorkbook({ sheets: [sheetFromRows("Data", [headers, ...EXAMPLE_B])], settings: {} });
}

function sheet(name: string, blocks: Array<{ topLeft: string; rows: CellInput[][] }>): OutputSheet {
  return { name, tables: [], blocks, conditionalFormats: [], charts: [] };
}

function cellAt(workbook: MemoryWorkbook, sheetName: string, address: string): Cell | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
  const column = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return workbook.model.sheets.find((s) => s.name === sheetName)?.cells[Number(m[2]) - 1]?.[column];
}

function valueAt(workbook: MemoryWorkbook, sheetName: string, address: string): Cell["value"] {
  return cellAt(workbook, sheetName, address)?.value ?? "";
}

function errorAt(workbook: MemoryWorkbook, sheetName: string, address: string): CellError {
  const value = valueAt(workbook, sheetName, address);
  if (typeof value !== "object") throw new Error(`${address} holds ${String(value)}, not an error`);
  return value;
}

/** A function that reports the arguments it was called with (added to the registry for these tests). */
const calls: unknown[][] = [];
beforeAll(() => {
  FUNCTIONS.ECHO = (...args: unknown[]) => {
    calls.push(args);
    return [[JSON.stringify(args)]];
  };
  FUNCTIONS.FAILS = (kind: unknown) => {
    if (kind === "excel") throw new CustomFunctions.Error("#N/A" as CustomFunctions.ErrorCode, "no data for area 3");
    if (kind === "bug") throw new Error("index out of range");
    return [[1, Number.NaN, null, ""]];
  };
  setLanguageOverride("en");
});
afterAll(() => {
  delete FUNCTIONS.ECHO;
  delete FUNCTIONS.FAILS;
  setLanguageOverride(null);
});
beforeEach(() => {
  calls.length = 0;
});

describe("MDI functions in formulas", () => {
  it("computes =MDI.SCORE of worked example B written through writeSheets, spilled under the formula", async () => {
    const workbook = exampleWorkbook();
    await workbook.writeSheets([sheet("Calc", [{ topLeft: "B1", rows: [["Score"], [{ formula: SCORE_B }]] }])]);
    const expected = [66.8042, 52.9855, 31.6085, 12.3575, 9.1702];
    expected.forEach((score, i) => expect(valueAt(workbook, "Calc", `B${i + 2}`)).toBeCloseTo(score, 4));
    expect(cellAt(workbook, "Calc", "B2")?.formula).toBe(SCORE_B);
    expect(cellAt(workbook, "Calc", "B3")?.formula).toBeUndefined();
    expect(workbook.model.sheets[1].spills).toEqual([{ anchor: "B2", address: "B2:B6" }]);
    expect(workbook.lastRecalculation.functionCalls).toBe(1);
  });

  it("accepts the Dutch names and spill references: ranks 1..5 and deciles 2,4,6,8,10 (worked example B)", async () => {
    const workbook = exampleWorkbook();
    await workbook.writeSheets([
      sheet("Calc", [
        { topLeft: "A1", rows: [["Rang", "Score", "Deciel"]] },
        {
          topLeft: "A2",
          rows: [[{ formula: "=mdi.rang(B2#)" }, { formula: SCORE_B }, { formula: "=MDI.DECIEL(B2#)" }]],
        },
      ]),
    ]);
    expect([2, 3, 4, 5, 6].map((r) => valueAt(workbook, "Calc", `A${r}`))).toEqual([1, 2, 3, 4, 5]);
    expect([2, 3, 4, 5, 6].map((r) => valueAt(workbook, "Calc", `C${r}`))).toEqual([2, 4, 6, 8, 10]);
  });

  it("passes arguments as Excel on the web does", () => {
    const workbook = new MemoryWorkbook({
      sheets: [
        sheetFromRows("Data", [
          ["x", "y"],
          [1, ""],
          ["", "t"],
          [true, 4],
        ]),
      ],
      settings: {},
    });
    workbook.setCell("Data", 5, 0, { formula: '=MDI.ECHO(A2:B4, B2, A3, {1,2;3,4}, "exp", -2.5, FALSE, , Data!$A$1)' });
    expect(calls).toEqual([
      [
        [
          [1, null],
          [null, "t"],
          [true, 4],
        ],
        null,
        null,
        [
          [1, 2],
          [3, 4],
        ],
        "exp",
        -2.5,
        false,
        null,
        "x",
      ],
    ]);
  });

  it("passes left-out trailing arguments as null, up to the function's parameters", () => {
    const workbook = exampleWorkbook();
    const received: unknown[][] = [];
    FUNCTIONS.PADDED = function padded(values: unknown, weights: unknown, method: unknown) {
      received.push([values, weights, method]);
      return 7;
    };
    try {
      workbook.setCell("Data", 10, 0, { formula: "=MDI.PADDED(B2:C3)" });
    } finally {
      delete FUNCTIONS.PADDED;
    }
    expect(valueAt(workbook, "Data", "A11")).toBe(7);
    expect(received).toEqual([
      [
        [
          [1, 1],
          [2, 3],
        ],
        null,
        null,
      ],
    ]);
  });

  it("turns CustomFunctions errors into CellErrors with their message, and anything else into #VALUE! with one", () => {
    const workbook = exampleWorkbook();
    workbook.setCell("Data", 9, 0, { formula: '=MDI.FAILS("excel")' });
    expect(errorAt(workbook, "Data", "A10")).toEqual({ error: "#N/A", message: "no data for area 3" });
    workbook.setCell("Data", 9, 0, { formula: '=MDI.FAILS("bug")' });
    expect(errorAt(workbook, "Data", "A10").error).toBe("#VALUE!");
    expect(errorAt(workbook, "Data", "A10").message).toContain("index out of range");
    workbook.setCell("Data", 9, 0, { formula: '=MDI.FAILS("values")' });
    expect([valueAt(workbook, "Data", "A10"), errorAt(workbook, "Data", "B10").error]).toEqual([1, "#NUM!"]);
    expect([valueAt(workbook, "Data", "C10"), valueAt(workbook, "Data", "D10")]).toEqual([0, ""]);
  });

  it("does not call a function when an input range holds an error: the error passes through", () => {
    const workbook = exampleWorkbook();
    workbook.setCell("Data", 9, 0, { formula: '=MDI.FAILS("excel")' });
    workbook.setCell("Data", 10, 0, { formula: "=MDI.ECHO(A9:A10)" });
    expect(calls).toEqual([]);
    expect(errorAt(workbook, "Data", "A11")).toEqual({ error: "#N/A", message: "no data for area 3" });
  });
});

describe("spilling", () => {
  it("shows #SPILL! when the area is not empty, and spills again once it is cleared", async () => {
    const workbook = exampleWorkbook();
    await workbook.writeSheets([sheet("Calc", [{ topLeft: "B2", rows: [[{ formula: SCORE_B }]] }])]);
    workbook.setCell("Calc", 4, 1, "note");
    const blocked = errorAt(workbook, "Calc", "B2");
    expect(blocked.error).toBe("#SPILL!");
    expect(blocked.message).toContain("B5");
    expect(valueAt(workbook, "Calc", "B3")).toBe("");
    expect(workbook.model.sheets[1].spills).toBeUndefined();
    workbook.setCell("Calc", 4, 1, "");
    expect(valueAt(workbook, "Calc", "B5")).toBeCloseTo(12.3575, 4);
  });

  it("blocks a spill on cells another spill covers, and a value typed inside a spill blocks that spill", async () => {
    const workbook = exampleWorkbook();
    await workbook.writeSheets([
      sheet("Calc", [
        {
          topLeft: "A1",
          rows: [
            ["", { formula: "=Data!B2:B4" }],
            [{ formula: "=Data!C2:D2" }, ""],
          ],
        },
      ]),
    ]);
    // B1 spills B1:B3 (Inc of A, B, C); A2 needs A2:B2, where B1's result lies.
    expect([1, 2, 3].map((r) => valueAt(workbook, "Calc", `B${r}`))).toEqual([1, 2, 3]);
    expect(errorAt(workbook, "Calc", "A2").error).toBe("#SPILL!");
    workbook.setCell("Calc", 2, 1, 99);
    expect(errorAt(workbook, "Calc", "B1").error).toBe("#SPILL!");
    expect(valueAt(workbook, "Calc", "B3")).toBe(99);
    // With B1's spill gone, A2 spills Emp and Edu of area A.
    expect([valueAt(workbook, "Calc", "A2"), valueAt(workbook, "Calc", "B2")]).toEqual([1, 2]);
  });

  it("refuses to spill inside a table, as Excel does", async () => {
    const workbook = exampleWorkbook();
    await workbook.writeSheets([
      {
        name: "MDI",
        tables: [
          { name: "T", topLeft: "A1", headers: ["Score"], rows: [[{ formula: SCORE_B }], [""], [""], [""], [""]] },
        ],
        blocks: [],
        conditionalFormats: [],
        charts: [],
      },
    ]);
    expect(errorAt(workbook, "MDI", "A2")).toMatchObject({ error: "#SPILL!" });
    expect(errorAt(workbook, "MDI", "A2").message).toMatch(/table T/);
  });

  it("clears what an old, larger spill left when the result shrinks", () => {
    const workbook = exampleWorkbook();
    workbook.setCell("Data", 0, 9, { formula: "=B2:B6" });
    expect(valueAt(workbook, "Data", "J5")).toBe(5);
    workbook.setCell("Data", 0, 9, { formula: "=B2:B3" });
    expect(valueAt(workbook, "Data", "J2")).toBe(2);
    expect(valueAt(workbook, "Data", "J3")).toBe("");
    expect(workbook.model.sheets[0].spills).toEqual([{ anchor: "J1", address: "J1:J2" }]);
  });
});

describe("references and recalculation", () => {
  it("reads spilled cells from other sheets, whatever the sheet order, and follows edits of the source data", async () => {
    const workbook = exampleWorkbook();
    await workbook.writeSheets([
      {
        name: "MDI",
        tables: [
          {
            name: "Resultaten",
            topLeft: "A1",
            headers: ["Gebied", "Score"],
            rows: [2, 3, 4, 5, 6].map((r) => [{ formula: `=Data!A${r}` }, { formula: `='MDI berekening'!A${r}` }]),
          },
        ],
        blocks: [],
        conditionalFormats: [],
        charts: [],
      },
      sheet("MDI berekening", [{ topLeft: "A1", rows: [["Score"], [{ formula: SCORE_B }]] }]),
    ]);
    expect(valueAt(workbook, "MDI", "A2")).toBe("A");
    expect(valueAt(workbook, "MDI", "B6")).toBeCloseTo(9.1702, 4);
    // Area E becomes the most deprived on income: its score rises, the table follows.
    workbook.setCell("Data", 5, 1, 0.5);
    const after = valueAt(workbook, "MDI", "B6") as number;
    expect(after).toBeGreaterThan(9.1702 + 1);
    expect(after).toBe(valueAt(workbook, "MDI berekening", "A6"));
  });

  it("reads an empty cell as 0 and a spilled empty text as empty text, as Excel does", () => {
    const workbook = exampleWorkbook();
    workbook.setCell("Data", 0, 12, { formula: '=MDI.FAILS("values")' });
    workbook.setCell("Data", 1, 12, { formula: "=P1" });
    workbook.setCell("Data", 2, 12, { formula: "=Z99" });
    expect(valueAt(workbook, "Data", "M2")).toBe("");
    expect(valueAt(workbook, "Data", "M3")).toBe(0);
  });

  it("marks circular references instead of looping", () => {
    const workbook = exampleWorkbook();
    workbook.setCell("Data", 10, 0, { formula: "=B11" });
    workbook.setCell("Data", 10, 1, { formula: "=A11" });
    for (const address of ["A11", "B11"]) {
      expect(errorAt(workbook, "Data", address).error).toBe("#REF!");
      expect(errorAt(workbook, "Data", address).message).toMatch(/Circular reference/);
    }
    workbook.setCell("Data", 11, 0, { formula: "=MDI.SCORE(A12:H16)" });
    expect(errorAt(workbook, "Data", "A12").message).toMatch(/Circular reference/);
  });

  it("marks a formula whose result would spill into the range it reads as circular", () => {
    const workbook = exampleWorkbook();
    workbook.setCell("Data", 10, 2, { formula: "=C12:C14" });
    workbook.setCell("Data", 9, 2, { formula: "=MDI.ECHO(C11:C13)" });
    // C10 spills nothing (ECHO returns 1 × 1); C11 spills C12:C14 into cells it reads itself.
    expect(errorAt(workbook, "Data", "C11").message).toMatch(/Circular reference/);
  });

  it("computes IFERROR element by element, so one error does not stop the next function", () => {
    const workbook = exampleWorkbook();
    workbook.setCell("Data", 1, 10, { formula: '=MDI.FAILS("excel")' });
    [5, 4, 3].forEach((v, i) => workbook.setCell("Data", 2 + i, 10, v));
    // K2 #N/A, K3:K5 5, 4, 3, K6 empty.
    workbook.setCell("Data", 0, 12, { formula: '=IFERROR(K2:K6,"-")' });
    expect([1, 2, 3, 4, 5].map((r) => valueAt(workbook, "Data", `M${r}`))).toEqual(["-", 5, 4, 3, ""]);
    workbook.setCell("Data", 0, 13, { formula: '=MDI.RANK(IFERROR(K2:K5,""))' });
    expect(errorAt(workbook, "Data", "N1").error).toBe("#N/A");
    expect([2, 3, 4].map((r) => valueAt(workbook, "Data", `N${r}`))).toEqual([1, 2, 3]);
    workbook.setCell("Data", 0, 14, { formula: "=MDI.RANK(K2:K5)" });
    expect(errorAt(workbook, "Data", "O1").message).toBe("no data for area 3");
    expect(valueAt(workbook, "Data", "O2")).toBe("");
  });

  it("keeps formulas only Excel computes, showing #NAME? with a reason", () => {
    const workbook = exampleWorkbook();
    workbook.setCell("Data", 10, 0, { formula: "=SUM(B2:B6)" });
    workbook.setCell("Data", 10, 1, "=B2*2");
    workbook.setCell("Data", 10, 2, { formula: "=MDI.NOSUCH(B2:B6)" });
    workbook.setCell("Data", 10, 3, { formula: "=Nowhere!A1" });
    expect(errorAt(workbook, "Data", "A11")).toMatchObject({ error: "#NAME?" });
    expect(errorAt(workbook, "Data", "A11").message).toMatch(/preview computes the MDI functions/);
    expect(cellAt(workbook, "Data", "A11")?.formula).toBe("=SUM(B2:B6)");
    expect(errorAt(workbook, "Data", "B11").error).toBe("#NAME?");
    expect(cellAt(workbook, "Data", "B11")?.formula).toBe("=B2*2");
    expect(errorAt(workbook, "Data", "C11").message).toMatch(/no function MDI.NOSUCH/);
    expect(errorAt(workbook, "Data", "D11")).toMatchObject({ error: "#REF!" });
  });

  it("computes the formulas of a model it is given, e.g. one read from a file", () => {
    const model: WorkbookModel = {
      sheets: [
        {
          name: "Sheet1",
          cells: [[{ value: 3 }, { value: "", formula: "=A1" }]],
          tables: [],
          charts: [],
          conditionalFormats: [],
        },
      ],
      settings: {},
    };
    const workbook = new MemoryWorkbook(model);
    expect(workbook.model).toBe(model);
    expect(valueAt(workbook, "Sheet1", "B1")).toBe(3);
  });

  it("shows #REF! for references to a removed sheet", async () => {
    const workbook = exampleWorkbook();
    await workbook.writeSheets([sheet("Calc", [{ topLeft: "A1", rows: [[{ formula: SCORE_B }]] }])]);
    workbook.removeSheet("Data");
    expect(errorAt(workbook, "Calc", "A1").error).toBe("#REF!");
    expect(valueAt(workbook, "Calc", "A2")).toBe("");
  });
});
