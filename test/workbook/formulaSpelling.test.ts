/**
 * One spelling of a formula whatever Excel does when it stores it.
 */
import { normalizeFormula } from "../../src/workbook/formulaSpelling";

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
