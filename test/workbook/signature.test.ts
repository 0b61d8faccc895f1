/**
 * Sheet signatures: one spelling of a formula whatever Excel does when it
 * stores it, a hash that does not depend on how the cells are read in
 * chunks, and the four sheet states.
 */
import {
  ContentHasher,
  normalizeFormula,
  sheetStateOf,
  signatureFor,
  signatureOfLayout,
  withSignatures,
} from "../../src/workbook/signature";
import { layoutSheet } from "../../src/workbook/layout";

describe("normalizeFormula", () => {
  it("spells a formula one way: case, spaces, numbers and sheet quotes as Excel may store them", () => {
    expect(normalizeFormula("= mdi.score( 'Data'!b2:h10 , {0.10,.5}, \"Exp \")")).toBe(
      '=MDI.SCORE(DATA!B2:H10,{0.1,0.5},"Exp ")',
    );
    expect(normalizeFormula("='MDI berekening'!C2")).toBe("='MDI BEREKENING'!C2");
    expect(normalizeFormula("='It''s'!$A$1")).toBe("='IT''S'!$A$1");
    expect(normalizeFormula("=MDI.DECILE(A2:A10,,10,-1)")).toBe("=MDI.DECILE(A2:A10,,10,-1)");
  });

  it("keeps texts as they are", () => {
    expect(normalizeFormula('=MDI.SCORE(A1:B2,,"geomean")')).not.toBe(normalizeFormula('=MDI.SCORE(A1:B2,,"GEOMEAN")'));
  });
});

describe("ContentHasher", () => {
  const rows = [
    ["Gebied", "Score"],
    ["A", { formula: "='MDI berekening'!A2" }],
    ["0363", 1.5],
    [true, ""],
  ];

  it("gives the same hash for the cells as written and as Range.formulas reads them back", () => {
    const written = new ContentHasher();
    for (const row of rows) written.row(row, 2);
    const read = new ContentHasher();
    for (const row of [
      ["Gebied", "Score"],
      ["A", "='MDI BEREKENING'!A2"],
      ["0363", 1.5],
      [true, ""],
    ])
      read.row(row, 2);
    expect(read.digest()).toBe(written.digest());
  });

  it("changes when one cell changes, moves or is added", () => {
    const hash = (data: unknown[][]) => {
      const h = new ContentHasher();
      for (const row of data) h.row(row, 2);
      return h.digest();
    };
    const base = hash(rows);
    expect(hash([...rows.slice(0, 3), [true, 0]])).not.toBe(base);
    expect(hash([...rows.slice(0, 3), ["", true]])).not.toBe(base);
    expect(hash([["GebiedScore", ""], ...rows.slice(1)])).not.toBe(base);
    expect(hash(rows)).toBe(base);
  });
});

describe("signatures in the settings", () => {
  const layout = layoutSheet({
    name: "MDI",
    tables: [{ name: "T", topLeft: "A1", headers: ["a", "b"], rows: [[1, "x"]] }],
    blocks: [{ topLeft: "D1", rows: [["Methode"], ["exp"]], header: true }],
    conditionalFormats: [],
    charts: [],
  });

  it("records the areas written and their size", () => {
    const signature = signatureOfLayout(layout);
    expect(signature.areas).toEqual(["A1:B2", "D1:D2"]);
    expect(signature.bytes).toBe(4 + 4 + 2 + 4 + 10 + 6);
  });

  it("finds a sheet's signature in any case and keeps the others when adding", () => {
    const signature = signatureOfLayout(layout);
    const owned = withSignatures({ Other: signature, mdi: { ...signature, hash: "0" } }, [{ sheet: "MDI", signature }]);
    expect(Object.keys(owned).sort()).toEqual(["MDI", "Other"]);
    expect(signatureFor(owned, "mdi")).toEqual(signature);
    expect(signatureFor({ MDI: { hash: 1 } }, "MDI")).toBeUndefined();
    expect(signatureFor(null, "MDI")).toBeUndefined();
  });

  it("names the four states", () => {
    const signature = signatureOfLayout(layout);
    expect(sheetStateOf(false, signature)).toBe("absent");
    expect(sheetStateOf(true, undefined)).toBe("foreign");
    expect(sheetStateOf(true, signature, signature.hash)).toBe("ours");
    expect(sheetStateOf(true, signature, "other")).toBe("edited");
  });
});
