/**
 * =MDI.CORREL with ranges as Excel sends them. Expected values: Excel's
 * CORREL documentation, docs/method.md example F, scipy 1.10.1 (calls beside them).
 */
import { asExcelError, installCustomFunctionsStub, thrown } from "../support/customFunctions";
installCustomFunctionsStub();
import { correl } from "../../src/functions/correl";
import { setLanguageOverride } from "../../src/i18n/language";

const column = (values: unknown[]) => values.map((v) => [v]) as any[][];
const X = column([3, 2, 4, 5, 6]);
const Y = column([9, 7, 12, 15, 17]);
const A = column([10, 20, 30, 40, 50]);
const B = column([0.8, 0.75, 0.6, 0.62, 0.4]);

afterEach(() => setLanguageOverride(null));

describe("=MDI.CORREL", () => {
  it("equals Excel's CORREL on its documentation example: 0.997054486", () => {
    const result = correl(X, Y);
    expect(result).toHaveLength(1);
    expect(result[0]).toHaveLength(1);
    expect(Math.abs(result[0][0] - 0.997054486)).toBeLessThan(5e-10);
  });

  it("gives docs/method.md example F for each method, in any case", () => {
    expect(correl(A, B)[0][0]).toBeCloseTo(-0.943688, 6);
    expect(correl(A, B, "Spearman")[0][0]).toBeCloseTo(-0.9, 14);
    // >>> stats.kendalltau([10,20,30,40,50], [.8,.75,.6,.62,.4]).statistic → -0.7999999999999999
    expect(correl(A, B, "KENDALL")[0][0]).toBeCloseTo(-0.8, 14);
    expect(correl(column([1, 2, 3, 4, 5]), column([3, 1, 2, 2, 5]), "spearman")[0][0]).toBeCloseTo(0.359092, 6);
  });

  describe("Excel's CORREL semantics", () => {
    it('drops a pair when either cell is blank (null or ""), text or a boolean', () => {
      const x = column([3, 2, "n/a", 4, null, 5, 6, true, ""]);
      const y = column([9, 7, 100, 12, 8, 15, 17, 3, 1]);
      expect(correl(x, y)[0][0]).toBeCloseTo(0.997054486, 9);
      const y2 = column([9, 7, 100, 12, 8, 15, 17, 3, 1]);
      y2[1][0] = false; // now the (2, 7) pair is dropped too
      // >>> stats.pearsonr([3,4,5,6], [9,12,15,17]).statistic → 0.9959100033104786
      expect(correl(x, y2)[0][0]).toBeCloseTo(0.9959100033104786, 14);
    });

    it("keeps a 0 (desktop Excel may send an empty cell as 0: documented)", () => {
      const x = column([3, 2, 4, 5, 6, 0]);
      const y = column([9, 7, 12, 15, 17, 9]);
      // >>> stats.pearsonr([3,2,4,5,6,0], [9,7,12,15,17,9]).statistic → 0.8577103135818048
      expect(correl(x, y)[0][0]).toBeCloseTo(0.8577103135818048, 14);
    });

    it("reads a row and a column of the same size pair by pair", () => {
      expect(correl([[3, 2, 4, 5, 6]], Y)[0][0]).toBeCloseTo(0.997054486, 9);
    });

    it("gives #N/A with a message for ranges of different sizes", () => {
      const error = thrown(() => correl(X, column([9, 7, 12, 15])));
      expect(error.code).toBe("#N/A");
      expect(error.message).toMatch(/^y: has 4 cells where the first range has 5/);
    });

    it("gives #VALUE! with a message for fewer than 2 pairs or no spread (CORREL's bare #DIV/0! cannot say why)", () => {
      expect(thrown(() => correl(column([1, null, 3]), column([null, 2, "x"]))).code).toBe("#VALUE!");
      expect(thrown(() => correl(5 as never, 6 as never)).code).toBe("#VALUE!");
      const flat = thrown(() => correl(column([4, 4, 4]), column([1, 2, 3])));
      expect([flat.code, flat.message.length > 10]).toEqual(["#VALUE!", true]);
      expect(thrown(() => correl(column([1, 2, 3]), column([1, 1, 1]), "kendall")).code).toBe("#VALUE!");
    });
  });

  describe("detail = TRUE: a 6 × 2 table", () => {
    it("lists r, p, n, the 95% interval and the strength, matching scipy", () => {
      // >>> stats.pearsonr(a, b) → -0.9436883892192813, p 0.015904792992108428
      // >>> _.confidence_interval(0.95) → (-0.9963822858298372, -0.36688355403652534)
      const table = correl(A, B, "pearson", true);
      expect(table.map((row) => row[0])).toEqual([
        "Pearson r",
        "p (two-sided)",
        "n (pairs)",
        "95% CI low",
        "95% CI high",
        "strength",
      ]);
      expect(table[0][1]).toBeCloseTo(-0.9436883892192813, 14);
      expect(table[1][1]).toBeCloseTo(0.015904792992108428, 12);
      expect(table[2][1]).toBe(5);
      expect(table[3][1]).toBeCloseTo(-0.9963822858298372, 12);
      expect(table[4][1]).toBeCloseTo(-0.36688355403652534, 12);
      expect(table[5][1]).toBe("strong");
    });

    it("speaks Dutch in Dutch Excel: labels and the strength word", () => {
      setLanguageOverride("nl");
      // >>> stats.kendalltau(a, b, method='asymptotic') → -0.7999999999999999, p 0.050043521248705106
      const table = correl(A, B, "kendall", true);
      expect(table.map((row) => row[0])).toEqual([
        "Kendall τ-b",
        "p (tweezijdig)",
        "n (paren)",
        "95%-BI ondergrens",
        "95%-BI bovengrens",
        "sterkte",
      ]);
      expect(table[1][1]).toBeCloseTo(0.050043521248705106, 12);
      expect(table[5][1]).toBe("sterk");
    });

    it("labels each strength: verwaarloosbaar, zwak, matig", () => {
      setLanguageOverride("nl");
      // x = [(i * 7) % 10 for i in range(30)], y below: stats.pearsonr(x, y).statistic → 0.08966197255872113
      const x = column([0, 7, 4, 1, 8, 5, 2, 9, 6, 3, 0, 7, 4, 1, 8, 5, 2, 9, 6, 3, 0, 7, 4, 1, 8, 5, 2, 9, 6, 3]);
      const y = column([0, 2, 6, 9, 6, 5, 3, 6, 11, 4, 2, 2, 1, 5, 11, 5, 4, 5, 5, 10, 6, 1, 1, 3, 4, 10, 7, 3, 4, 7]);
      expect(correl(x, y, "pearson", true)[5][1]).toBe("verwaarloosbaar");
      // >>> stats.spearmanr([1,2,3,4,5], [3,1,2,2,5]).statistic → 0.35909242322980395
      expect(correl(column([1, 2, 3, 4, 5]), column([3, 1, 2, 2, 5]), "spearman", true)[5][1]).toBe("matig");
      // >>> stats.pearsonr([1,2,3,4,5,6,7,8], [2,1,4,3,6,5,1,3]).statistic → 0.20970469801485847
      expect(
        correl(column([1, 2, 3, 4, 5, 6, 7, 8]), column([2, 1, 4, 3, 6, 5, 1, 3]), null as never, true)[5][1],
      ).toBe("zwak");
    });

    it("shows #N/A with a reason where too few pairs leave p or the interval undefined", () => {
      const two = correl(column([1, 2]), column([3, 5]), "pearson", true);
      expect(two[0][1]).toBeCloseTo(1, 14);
      expect(asExcelError(two[1][1])?.code).toBe("#N/A");
      expect(asExcelError(two[1][1])?.message).toMatch(/at least 3 complete pairs/);
      expect(two[2][1]).toBe(2);
      expect(asExcelError(two[3][1])?.message).toMatch(/at least 4 complete pairs/);
      const four = correl(column([1, 2, 3, 4]), column([1, 3, 2, 4]), "kendall", true);
      expect(typeof four[1][1]).toBe("number");
      expect(asExcelError(four[3][1])?.message).toMatch(/at least 5 complete pairs/);
    });

    it("reads detail as Excel does: 1 is TRUE, 0 and blank are FALSE, text is refused", () => {
      expect(correl(A, B, "pearson", 1 as never)).toHaveLength(6);
      expect(correl(A, B, "pearson", 0 as never)).toHaveLength(1);
      expect(correl(A, B, "pearson", "" as never)).toHaveLength(1);
      const error = thrown(() => correl(A, B, "pearson", "yes" as never));
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toMatch(/^detail: expected TRUE or FALSE/);
    });
  });

  it("refuses an unknown method naming the argument, in Dutch too", () => {
    expect(thrown(() => correl(A, B, "cosine")).message).toMatch(/^method: unknown method "cosine"/);
    setLanguageOverride("nl");
    expect(thrown(() => correl(A, B, "cosine")).message).toMatch(/^methode: onbekende methode "cosine"/);
    expect(thrown(() => correl(A, B, 3 as never)).message).toMatch(/^methode: een methodenaam verwacht/);
  });
});
