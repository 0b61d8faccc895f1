/**
 * Sheet signatures: the areas written, their size, and the four sheet states.
 */
import { sheetStateOf, signatureFor, signatureOfLayout, withSignatures } from "../../src/workbook/signature";
import { layoutSheet } from "../../src/workbook/layout";

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
