/**
 * The one formula scanner: the tokens the signature's spelling and the
 * preview's parser both read formulas as.
 */
import { FormulaScanner, type TokenKind } from "../../src/workbook/formulaScanner";

function tokens(text: string): Array<[TokenKind, string]> {
  const s = new FormulaScanner().reset(text);
  const out: Array<[TokenKind, string]> = [];
  for (let kind = s.next(); kind !== "end"; kind = s.next()) out.push([kind, s.slice()]);
  return out;
}

describe("FormulaScanner", () => {
  it("reads names, symbols, texts, quoted sheet names, numbers and spaces", () => {
    expect(tokens(`= MDI.SCORE('It''s'!$B$2:H9, {0.10,-.5}, "say ""hi""")`)).toEqual([
      ["symbol", "="],
      ["space", " "],
      ["name", "MDI.SCORE"],
      ["symbol", "("],
      ["quoted", "'It''s'"],
      ["symbol", "!"],
      ["name", "$B$2"],
      ["symbol", ":"],
      ["name", "H9"],
      ["symbol", ","],
      ["space", " "],
      ["symbol", "{"],
      ["number", "0.10"],
      ["symbol", ","],
      ["symbol", "-"],
      ["number", ".5"],
      ["symbol", "}"],
      ["symbol", ","],
      ["space", " "],
      ["text", '"say ""hi"""'],
      ["symbol", ")"],
    ]);
  });

  it("reads a number only where it stands alone: not a row range, a sheet, a call or the start of a name", () => {
    expect(tokens("2.5E-1")).toEqual([["number", "2.5E-1"]]);
    expect(tokens("1:3")).toEqual([
      ["name", "1"],
      ["symbol", ":"],
      ["number", "3"],
    ]);
    expect(tokens("2019!A1")[0]).toEqual(["name", "2019"]);
    expect(tokens("1(")[0]).toEqual(["name", "1"]);
    expect(tokens("1A")).toEqual([["name", "1A"]]);
    expect(tokens("Blad1")).toEqual([["name", "Blad1"]]);
    expect(tokens("Gegevensë1.5")).toEqual([["name", "Gegevensë1.5"]]);
  });

  it("marks a text or quoted name without its closing quote", () => {
    const s = new FormulaScanner().reset('="open');
    s.next();
    expect([s.next(), s.unclosed, s.slice()]).toEqual(["text", true, '"open']);
    expect(s.next()).toBe("end");
  });

  it("passes names and symbols by in one step as next would, one at a time", () => {
    const text = `=MDI.RANK(IFERROR('MDI berekening'!A2:A9,""), , -1) + 0.50`;
    const stepwise: Array<[TokenKind, number]> = [];
    const one = new FormulaScanner().reset(text);
    for (let kind = one.next(); kind !== "end"; kind = one.next()) {
      if (kind !== "name" && kind !== "symbol") stepwise.push([kind, one.start]);
    }
    const special: Array<[TokenKind, number]> = [];
    const all = new FormulaScanner().reset(text);
    for (let kind = all.nextSpecial(); kind !== "end"; kind = all.nextSpecial()) special.push([kind, all.start]);
    expect(special).toEqual(stepwise);
    expect(special.map(([kind]) => kind)).toEqual([
      "quoted",
      "text",
      "space",
      "space",
      "number",
      "space",
      "space",
      "number",
    ]);
  });
});
