/**
 * Sheet signatures: the areas written, their size, and the four sheet states.
 */
import { sheetStateOf, signatureFor, signatureOfLayout, withShape, withSignatures } from "../../src/workbook/signature";
import { FootprintCheck } from "../../src/workbook/footprint";
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

  it("records the pictures of a sheet it wrote, once per name, and treats them as its own", () => {
    const signature = signatureOfLayout(layout);
    expect(signature.shapes).toEqual([]);
    const owned = { Mdi: signature, Other: signature };
    expect(withShape(owned, "Kaart", "MDI_Kaart")).toBeUndefined();
    const once = withShape(owned, "MDI", "MDI_Kaart");
    const twice = withShape(once, "mdi", "mdi_kaart");
    expect(Object.keys(twice!)).toEqual(["Other", "Mdi"]);
    expect(twice!.Mdi.shapes).toEqual(["mdi_kaart"]);
    expect(twice!.Other).toEqual(signature);
    const check = new FootprintCheck(twice!.Mdi, []);
    check.objects("shape", ["MDI_KAART", "Picture 1"]);
    expect(check.report().changes).toEqual([{ kind: "shape", name: "Picture 1" }]);
  });
});
