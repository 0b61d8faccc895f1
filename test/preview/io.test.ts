/**
 * File import and export of the preview: CSV in the styles Dutch statistics arrive in, .xlsx
 * through exceljs both ways, and every kind of bad file refused with a message in Dutch and
 * English. Expected values are the published figures as they stand in the source files.
 */
import { randomFillSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import ExcelJS from "exceljs";
import { csvToWorkbook, decodeText } from "../../src/preview/io/csv";
import { classifyColumn } from "../../src/preview/io/csvNumbers";
import { csvShape } from "../../src/preview/io/csvShape";
import { csvNotes } from "../../src/preview/io/importNotes";
import { sheetDimension } from "../../src/preview/io/xlsxSize";
import { MAX_FILE_BYTES, PreviewFileError, type FileErrorCode } from "../../src/preview/io/fileError";
import { sheetNameFromFile, tableNameFromSheet } from "../../src/preview/io/names";
import { openWorkbookFile } from "../../src/preview/io/openFile";
import { readXlsx } from "../../src/preview/io/readXlsx";
import { nonFiniteCells, writeXlsx } from "../../src/preview/io/writeXlsx";
import { PREVIEW_STATE_SHEET } from "../../src/preview/io/previewState";
import { fileErrorMessage } from "../../src/preview/io/fileError";
import { PREVIEW_STRINGS as STRINGS } from "../../src/i18n/preview";
import type { Cell, PictureSpec, SheetModel, WorkbookModel } from "../../src/workbook/model";
import { DATA } from "../support/csv";
import { zipOf } from "../support/zip";

const bytesOf = (text: string): ArrayBuffer => new TextEncoder().encode(text).buffer as ArrayBuffer;
const fileBytes = (path: string): ArrayBuffer => {
  const b = readFileSync(path);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

/** The column of `header` on the first sheet, as displayed values. */
function column(model: WorkbookModel, header: string): Cell["value"][] {
  const cells = model.sheets[0].cells;
  const c = cells[0].findIndex((cell) => cell.value === header);
  if (c < 0) throw new Error(`no column "${header}"`);
  return cells.slice(1).map((row) => row[c]?.value ?? "");
}

function rowOf(model: WorkbookModel, firstHeader: string, key: string): Map<string, Cell["value"]> {
  const cells = model.sheets[0].cells;
  const keyColumn = cells[0].findIndex((cell) => cell.value === firstHeader);
  const row = cells.find((r) => r[keyColumn]?.value === key);
  if (!row) throw new Error(`no row ${key}`);
  return new Map(cells[0].map((h, c) => [String(h.value), row[c]?.value ?? ""]));
}

async function refusal(name: string, data: ArrayBuffer): Promise<PreviewFileError> {
  try {
    await openWorkbookFile(name, data);
  } catch (error) {
    if (error instanceof PreviewFileError) return error;
    throw error;
  }
  throw new Error(`${name} was opened but should have been refused`);
}

describe("CSV", () => {
  test("CBS style: ';', decimal commas, '.' suppressed → empty, codes with leading zeros stay text, BOM dropped", async () => {
    const csv =
      "\uFEFFGemeentecode;Gemeente;Inkomen (1 000 euro);Laag inkomen (%)\r\n0363;Amsterdam;32,3;12,8\r\n0014;Groningen;.;15\r\n";
    const { model } = await openWorkbookFile("inkomen.csv", bytesOf(csv));
    expect(model.sheets[0].cells[0].map((c) => c.value)).toEqual([
      "Gemeentecode",
      "Gemeente",
      "Inkomen (1 000 euro)",
      "Laag inkomen (%)",
    ]);
    expect(column(model, "Gemeentecode")).toEqual(["0363", "0014"]);
    expect(column(model, "Inkomen (1 000 euro)")).toEqual([32.3, ""]);
    expect(column(model, "Laag inkomen (%)")).toEqual([12.8, 15]);
    expect(model.sheets[0].tables).toEqual([{ name: "inkomen", address: "A1:D3", showBandedRows: true }]);
  });

  test("tab-separated with decimal points", async () => {
    const { model } = await openWorkbookFile("t.tsv", bytesOf("code\tscore\nE01\t1.5\nE02\t-0.25\n"));
    expect(column(model, "score")).toEqual([1.5, -0.25]);
  });

  test("a column mixing a decimal comma with text is text, not half numbers", () => {
    expect(classifyColumn(["3,5", "geheim"])).toBe("text");
    expect(classifyColumn(["3,5", "n.v.t."])).toBe("comma");
    expect(classifyColumn(["3,5", "4", "", "."])).toBe("comma");
    expect(classifyColumn(["1.234,5", "12,5"])).toBe("comma");
    expect(classifyColumn(["1,234.5", "12.5"])).toBe("pointWithThousands");
    expect(classifyColumn(["0363", "12"])).toBe("text");
    expect(classifyColumn(["0,5", "12"])).toBe("comma");
  });

  test("the real KWB 2019 file (R write.csv: quoted decimal commas, NA, '.', padded codes)", async () => {
    const { model } = await openWorkbookFile(
      "kwb.csv",
      fileBytes(resolve(DATA, "netherlands/cbs_kwb2019_amsterdam_gemeente_wijken_buurten.csv")),
    );
    expect(model.sheets[0].cells).toHaveLength(581); // header + Nederland, Amsterdam, 99 wijken, 479 buurten
    // Kop Zeedijk in the file: ..., "15,3" (laag inkomen), "13,9" (sociaal minimum), NA (electricity), "" ...
    const kop = rowOf(model, "Regioaanduiding.Codering..code.", "BU03630000");
    expect(kop.get("Wijken.en.buurten")).toBe("Kop Zeedijk");
    expect(kop.get("Inkomen.Inkomen.van.huishoudens.Huishoudens.met.een.laag.inkomen....")).toBe(15.3);
    expect(kop.get("Inkomen.Inkomen.van.huishoudens.Huish..onder.of.rond.sociaal.minimum....")).toBe(13.9);
    expect(kop.get("Energie.Gemiddeld.elektriciteitsverbruik.Naar.woningtype.Hoekwoning..kWh.")).toBe("");
    expect(kop.get("Energie.Gemiddeld.aardgasverbruik.Percentage.woningen.met.stadsverwarming....")).toBe("");
    expect(kop.get("Bevolking.Aantal.inwoners..aantal.")).toBe(1035);
    // The Nederland row's Indelingswijziging is "." in the file: an empty cell.
    const nl = rowOf(model, "Regioaanduiding.Codering..code.", "NL00");
    expect(nl.get("Regioaanduiding.Indelingswijziging.wijken.en.buurten..code.")).toBe("");
  });

  test("the real SES-WOA file (';', padded quoted numbers with decimal points, '.' suppressed)", async () => {
    const { model } = await openWorkbookFile(
      "ses.csv",
      fileBytes(resolve(DATA, "netherlands/cbs_85163NED_ses_woa_2019_amsterdam_wijken_buurten.csv")),
    );
    const score = "SES-WOA/Totaalscore/Gemiddelde score (Getal)";
    // "2019";"Kop Zeedijk";"BU03630000";"     700";"    12.4";"    27.0";"    60.6";"   0.045";"   0.856"
    const kop = rowOf(model, "Regiocode (gemeente, wijk, buurt) (code)", "BU03630000");
    expect(kop.get(score)).toBe(0.045);
    expect(kop.get("Particuliere huishoudens (Aantal)")).toBe(700);
    // Every "." in the file is an empty cell and nothing else is: 90 suppressed scores, and the one
    // published 0.000 (Marnixbuurt Zuid) is the only 0.
    const values = column(model, score);
    expect(values.filter((v) => v === "")).toHaveLength(90);
    expect(rowOf(model, "Wijken en buurten", "Marnixbuurt Zuid").get(score)).toBe(0);
    expect(values.filter((v) => v === 0)).toHaveLength(1);
  });

  test("Dutch CSV: '.' groups thousands in a file with decimal commas, and '1.5' or '0.045' stays a decimal", async () => {
    // Values as a Dutch reader reads them: "1.234" is twelve hundred and thirty-four when the file writes 3,5.
    const csv = "buurt;inwoners;aandeel;score;klein\nA;1.234;3,5;1.5;0.045\nB;12.345;4,25;2;0.5\nC;987;.;3;1\n";
    const { model, csv: report } = await openWorkbookFile("wijken.csv", bytesOf(csv));
    expect(column(model, "inwoners")).toEqual([1234, 12345, 987]);
    expect(column(model, "aandeel")).toEqual([3.5, 4.25, ""]);
    expect(column(model, "score")).toEqual([1.5, 2, 3]);
    expect(column(model, "klein")).toEqual([0.045, 0.5, 1]);
    expect(report?.thousands).toEqual(["inwoners"]);
    // Without decimal commas anywhere (CBS StatLine's ';' files with points), "1.234" stays 1.234.
    const points = await openWorkbookFile("p.csv", bytesOf("buurt;x;y\nA;1.234;0.5\nB;12.345;1\n"));
    expect(column(points.model, "x")).toEqual([1.234, 12.345]);
    expect(points.csv?.thousands).toEqual([]);
  });

  test("CBS's markers '.', 'x', 'n.v.t.', '-', '?' and empty fields are missing, counted; one 'n.v.t.' keeps a column numeric", async () => {
    const csv = "buurt;jeugdzorg;wmo;naam\nA;n.v.t.;2,5;Kop\nB;x;-;.\nC;12;?;Oost\nD;;N.v.t.;West\nE;7;3;-\n";
    const { model, csv: report } = await openWorkbookFile("cbs.csv", bytesOf(csv));
    expect(column(model, "jeugdzorg")).toEqual(["", "", 12, "", 7]);
    expect(column(model, "wmo")).toEqual([2.5, "", "", "", 3]);
    // A text column keeps its "-" (a name may be one); "." is empty everywhere.
    expect(column(model, "naam")).toEqual(["Kop", "", "Oost", "West", "-"]);
    expect(report?.missing).toEqual({ "n.v.t.": 2, x: 1, "": 1, "-": 1, "?": 1 });
    expect(csvNotes(report!, "en")).toBe(
      "6 field(s) in number columns read as missing: “n.v.t.” 2×, “x” 1×, “-” 1×, “?” 1×, empty 1×. " +
        "CBS writes “-” for nil: type 0 where a “-” means zero.",
    );
    expect(csvNotes(report!, "nl")).toBe(
      "6 veld(en) in getalkolommen gelezen als ontbrekend: “n.v.t.” 2×, “x” 1×, “-” 1×, “?” 1×, leeg 1×. " +
        "Het CBS schrijft “-” voor nihil: vul 0 in waar een “-” nul betekent.",
    );
  });

  test("UTF-16 with a byte-order mark and tabs (Excel's 'Unicode text') is read", async () => {
    const text = "gemeente\tinwoners\taandeel\r\n's-Hertogenbosch\t160.000\t12,5\r\nSúdwest-Fryslân\t90.000\t9\r\n";
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      le[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      le[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    const { model } = await openWorkbookFile("unicode.txt", le.buffer);
    expect(column(model, "gemeente")).toEqual(["'s-Hertogenbosch", "Súdwest-Fryslân"]);
    expect(column(model, "inwoners")).toEqual([160000, 90000]);
    expect(column(model, "aandeel")).toEqual([12.5, 9]);
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
    expect(decodeText(be, "be.txt")).toBe(text);
  });

  test("a number beyond Excel's (1e309) is left empty and counted, and never written into a file", async () => {
    const { model, csv: report } = await openWorkbookFile("groot.csv", bytesOf("a,x\nA,1e309\nB,2\n"));
    expect(column(model, "x")).toEqual(["", 2]);
    expect(report?.outOfRange).toBe(1);
    // A model that holds one anyway (typed before this rule, or built in code) is exported blank.
    model.sheets[0].cells[1][1] = { value: Infinity };
    expect(nonFiniteCells(model)).toBe(1);
    const back = await readXlsx((await writeXlsx(model)).buffer as ArrayBuffer, "terug.xlsx");
    expect(back.sheets[0].cells[1][1]?.value ?? "").toBe("");
    expect(back.sheets[0].cells[2][1].value).toBe(2);
  });

  test("rows and columns are counted in one pass before parsing: quoted delimiters and line breaks count once", () => {
    expect(csvShape('a;b\n"x;\ny";2\n\n  \nz;3;4', ";")).toEqual({ rows: 3, columns: 3 });
    expect(csvShape("a,b\r\n1,2\r\n", ",")).toEqual({ rows: 2, columns: 2 });
  });

  test("Windows-1252 text (older Excel exports) is decoded", () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode("Wmo-cli"),
      0xeb,
      ...new TextEncoder().encode("nten;1\n"),
    ]);
    expect(decodeText(bytes, "x.csv")).toBe("Wmo-cliënten;1\n");
  });

  test("a CSV becomes a sheet named after the file, with an Excel table", () => {
    expect(sheetNameFromFile("C:\\data\\buurten [2019].csv")).toBe("buurten _2019_");
    expect(sheetNameFromFile(".csv")).toBe("Data");
    expect(tableNameFromSheet("Buurten 2019")).toBe("Buurten_2019");
    expect(tableNameFromSheet("2019")).toBe("_2019");
    expect(tableNameFromSheet("AB12")).toBe("_AB12");
    const { model } = csvToWorkbook("a;b\nx;1\n", "wijken 2019.csv");
    expect(model.sheets[0].name).toBe("wijken 2019");
    expect(model.sheets[0].tables[0].name).toBe("wijken_2019");
  });
});

describe("bad files get a clear message in Dutch and English", () => {
  const cases: Array<[string, string, () => ArrayBuffer, FileErrorCode]> = [
    ["an empty file", "leeg.csv", () => new ArrayBuffer(0), "empty"],
    ["blank lines only", "blank.csv", () => bytesOf("\n\n  \n"), "empty"],
    ["a header row only", "kop.csv", () => bytesOf("buurt;inkomen\n"), "empty"],
    ["text without numbers", "tekst.csv", () => bytesOf("naam;plaats\nJan;Delft\nPiet;Zwolle\n"), "noNumericColumns"],
    ["an image renamed .csv", "foto.csv", () => bytesOf("\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), "notSpreadsheet"],
    ["a text file renamed .xlsx", "nep.xlsx", () => bytesOf("dit is geen werkmap"), "notSpreadsheet"],
    ["a damaged zip", "kapot.xlsx", () => bytesOf("PK\x03\x04 and then nothing of a zip archive"), "notSpreadsheet"],
    [
      "a boundary file, for the map",
      "buurten.geojson",
      () => bytesOf('{"type":"FeatureCollection","features":[]}'),
      "boundaryFile",
    ],
    ["a TopoJSON file", "gemeente_2024.topojson", () => bytesOf('{"type":"Topology"}'), "boundaryFile"],
    [
      "an old .xls",
      "oud.xls",
      () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]).buffer,
      "legacyXls",
    ],
  ];
  test.each(cases)("%s", async (_label, name, data, code) => {
    const error = await refusal(name, data());
    expect(error.code).toBe(code);
    const en = fileErrorMessage(error, "en");
    const nl = fileErrorMessage(error, "nl");
    expect(en).toContain(name);
    expect(nl).toContain(name);
    expect(en).not.toEqual(nl);
    expect(en).not.toMatch(/\{\w+\}/);
    expect(nl).not.toMatch(/\{\w+\}/);
  });

  test("50 MB of random bytes, named .csv or .xlsx", async () => {
    const junk = new Uint8Array(50 * 1024 * 1024);
    randomFillSync(junk);
    junk.set([0x41, 0x42]); // no accidental zip or OLE signature
    for (const name of ["junk.csv", "junk.xlsx", "junk"]) {
      const error = await refusal(name, junk.buffer as ArrayBuffer);
      expect(error.code).toBe("notSpreadsheet");
    }
  });

  test("50 MB of random zip-looking bytes (a damaged .xlsx)", async () => {
    const junk = new Uint8Array(50 * 1024 * 1024);
    randomFillSync(junk);
    junk.set([0x50, 0x4b, 0x03, 0x04]);
    expect((await refusal("junk.xlsx", junk.buffer as ArrayBuffer)).code).toBe("notSpreadsheet");
  });

  test("50 MB of random words and lines (text junk)", async () => {
    const alphabet = "abcdefghijklmnopqrstuvwxyz      \n";
    const junk = new Uint8Array(50 * 1024 * 1024);
    randomFillSync(junk);
    for (let i = 0; i < junk.length; i++) junk[i] = alphabet.charCodeAt(junk[i] % alphabet.length);
    // About 1.6 million lines (one character in 33 is a line break): more rows than Excel holds, refused
    // before parsing; a tenth of it is parsed and has no numbers.
    expect((await refusal("junk.txt", junk.buffer as ArrayBuffer)).code).toBe("tooManyRows");
    expect((await refusal("junk.txt", junk.slice(0, 5 * 1024 * 1024).buffer)).code).toBe("noNumericColumns");
  });

  test("more than the preview holds", async () => {
    const error = await refusal("groot.csv", new ArrayBuffer(MAX_FILE_BYTES + 1));
    expect(error.code).toBe("tooLarge");
    expect(fileErrorMessage(error, "nl")).toContain("te groot");
  });

  test("a zip bomb is refused from the zip's directory, before anything is inflated", async () => {
    // 64 MB of zeros deflate to about 64 KB: a thousand times smaller, as zip bombs are.
    const bomb = zipOf([{ name: "xl/worksheets/sheet1.xml", data: new Uint8Array(64 * 2 ** 20) }]);
    expect(bomb.length).toBeLessThan(2 ** 20);
    const started = performance.now();
    const error = await refusal("bom.xlsx", bomb.slice().buffer);
    expect(performance.now() - started).toBeLessThan(200);
    expect(error.code).toBe("packed");
    expect(fileErrorMessage(error, "en")).toContain("unpacks to far more than its size (0 MB → 64 MB)");
    expect(fileErrorMessage(error, "nl")).toContain("pakt uit tot veel meer dan zijn grootte");
  });

  test("a sheet's <dimension> beyond Excel's rows or columns or the preview's cells is refused before parsing", async () => {
    const sheet = (ref: string, stored = false) =>
      zipOf([
        {
          name: "xl/worksheets/sheet1.xml",
          data: new TextEncoder().encode(
            `<?xml version="1.0"?><worksheet xmlns="x"><dimension ref="${ref}"/><sheetData>${"<row/>".repeat(9000)}</sheetData></worksheet>`,
          ),
          stored,
        },
      ]).slice().buffer;
    expect((await refusal("rijen.xlsx", sheet("A1:C2000001"))).code).toBe("tooManyRows");
    expect((await refusal("rijen.xlsx", sheet("A1:C2000001"))).detail).toBe("2000001");
    expect((await refusal("kolommen.xlsx", sheet("A1:XFE3", true))).code).toBe("tooManyColumns");
    // 16,384 columns × 400 rows = 6,553,600 cells.
    expect((await refusal("breed.xlsx", sheet("A1:XFD400"))).code).toBe("tooLarge");
    expect(sheetDimension('<dimension ref="B2:$U$500"/>')).toEqual({ rows: 499, columns: 20 });
    expect(sheetDimension('<dimension ref="A1"/>')).toEqual({ rows: 1, columns: 1 });
  });

  test("a 2,000,001-row CSV is refused before parsing, saying how many rows Excel holds", async () => {
    const text = "code,x\n" + "E01,1\n".repeat(2_000_000);
    const started = performance.now();
    const error = await refusal("groot.csv", bytesOf(text));
    expect(performance.now() - started).toBeLessThan(3000);
    expect(error.code).toBe("tooManyRows");
    expect(fileErrorMessage(error, "en")).toContain("has 2,000,001 rows: more than the 1,048,576 an Excel sheet holds");
    expect(fileErrorMessage(error, "nl")).toContain("heeft 2.000.001 rijen: meer dan de 1.048.576");
  });

  test("every message exists in both languages", () => {
    expect(Object.keys(STRINGS.nl.fileErrors).sort()).toEqual(Object.keys(STRINGS.en.fileErrors).sort());
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === "object" ? keys(v).map((s) => `${k}.${s}`) : [k]));
    expect(keys(STRINGS.nl).sort()).toEqual(keys(STRINGS.en).sort());
  });
});

describe(".xlsx through exceljs", () => {
  const sheet = (s: Partial<SheetModel> & Pick<SheetModel, "name" | "cells">): SheetModel => ({
    tables: [],
    charts: [],
    conditionalFormats: [],
    ...s,
  });
  const model: WorkbookModel = {
    sheets: [
      sheet({
        name: "Buurten",
        cells: [
          [{ value: "Buurt" }, { value: "Laag inkomen (%)" }, { value: "WOZ" }],
          [{ value: "Kop Zeedijk" }, { value: 15.3, numberFormat: "0.0" }, { value: 395 }],
          [{ value: "Oude Kerk e.o." }, { value: "" }, { value: 436 }],
        ],
        tables: [{ name: "Buurten", address: "A1:C3", showBandedRows: true }],
        frozenRows: 1,
      }),
      sheet({
        name: "MDI",
        cells: [
          [
            { value: "Buurt", bold: true },
            { value: "Som", bold: true },
            { value: "Fout", bold: true },
            { value: "Rang", bold: true },
          ],
          [
            { value: "Kop Zeedijk" },
            { value: 410.3, formula: "=Buurten!B2+Buurten!C2", numberFormat: "0.00" },
            { value: { error: "#N/A", message: "ontbreekt" }, formula: "=NA()" },
            { value: 2, formula: "=MDI.RANK(Buurten!C2:C3)" },
          ],
          [{ value: "Oude Kerk e.o." }, { value: "" }, { value: "" }, { value: 1 }],
        ],
        spills: [{ anchor: "D2", address: "D2:D3" }],
        tables: [{ name: "MDI_Resultaten", address: "A1:D3" }],
        conditionalFormats: [
          { kind: "colorScale", address: "B2:B3", colors: ["#f8696b", "#ffeb84", "#63be7b"] },
          { kind: "colorScale", address: "D2:D3", colors: ["#f8696b", "#63be7b"], points: [1, 10] },
        ],
        charts: [
          {
            name: "Verdeling",
            type: "ColumnClustered",
            title: "Som per buurt",
            series: [{ name: "Som", values: "B2:B2", categories: "A2:A2" }],
            topLeft: "E2",
            bottomRight: "L18",
          },
        ],
      }),
    ],
    settings: { "mdi.config": { version: 1, weights: [0.5, 0.5] } },
  };

  test("export re-opens in exceljs with the same values, formulas, results, formats and tables", async () => {
    const bytes = await writeXlsx(model);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as never);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Buurten", "MDI", PREVIEW_STATE_SHEET]);
    expect(workbook.getWorksheet(PREVIEW_STATE_SHEET)!.state).toBe("veryHidden");
    const data = workbook.getWorksheet("Buurten")!;
    expect(data.getCell("B2").value).toBe(15.3);
    expect(data.getCell("B2").numFmt).toBe("0.0");
    expect(data.getCell("B3").value).toBeNull();
    const mdi = workbook.getWorksheet("MDI")!;
    expect(mdi.getCell("B2").value).toEqual({ formula: "Buurten!B2+Buurten!C2", result: 410.3 });
    expect(mdi.getCell("C2").value).toEqual({ formula: "NA()", result: { error: "#N/A" } });
    // The spilled rank: one array formula over D2:D3, the other cell holding its result.
    expect(mdi.getCell("D2").value).toEqual({
      formula: "MDI.RANK(Buurten!C2:C3)",
      result: 2,
      shareType: "array",
      ref: "D2:D3",
    });
    expect(mdi.getCell("D3").value).toBe(1);
    expect(mdi.getCell("A1").font?.bold).toBe(true);
    expect(
      (mdi.getTables() as unknown as Array<{ table: { name: string; tableRef: string } }>).map((t) => [
        t.table.name,
        t.table.tableRef,
      ]),
    ).toEqual([["MDI_Resultaten", "A1:D3"]]);
  });

  test("export → import gives the model back (charts and settings via the hidden sheet)", async () => {
    const back = await readXlsx((await writeXlsx(model)).buffer as ArrayBuffer, "terug.xlsx");
    expect(back.settings).toEqual(model.settings);
    expect(back.sheets.map((s) => s.name)).toEqual(["Buurten", "MDI"]);
    expect(back.sheets[0].cells).toEqual(model.sheets[0].cells);
    expect(back.sheets[0].tables).toEqual(model.sheets[0].tables);
    expect(back.sheets[0].frozenRows).toBe(1);
    const mdi = back.sheets[1];
    expect(mdi.cells[1][1]).toEqual({ value: 410.3, formula: "=Buurten!B2+Buurten!C2", numberFormat: "0.00" });
    expect(mdi.cells[1][2]).toEqual({ value: { error: "#N/A" }, formula: "=NA()" });
    expect(mdi.cells[1][3]).toEqual({ value: 2, formula: "=MDI.RANK(Buurten!C2:C3)" });
    expect(mdi.cells[2][3]).toEqual({ value: 1 });
    expect(mdi.cells[0][0]).toEqual({ value: "Buurt", bold: true });
    expect(mdi.spills).toEqual([{ anchor: "D2", address: "D2:D3" }]);
    expect(mdi.charts).toEqual(model.sheets[1].charts);
    expect(mdi.conditionalFormats).toEqual(model.sheets[1].conditionalFormats);
  });

  test("pictures: a PNG from the rasteriser at the picture's cell and size, the SVG back through the hidden sheet", async () => {
    // A 1 × 1 PNG stands in for what the browser draws (Node has no canvas).
    const png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
    const map: PictureSpec = {
      name: "MDI_Kaart",
      svg: '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300"/></svg>',
      topLeft: "N2",
      width: 300,
      height: 225,
      description: "Kaart van de decielen",
    };
    const drawn: PictureSpec[] = [];
    const withMap: WorkbookModel = { ...model, sheets: [model.sheets[0], { ...model.sheets[1], pictures: [map] }] };
    const bytes = await writeXlsx(withMap, async (picture) => {
      drawn.push(picture);
      return png;
    });
    expect(drawn).toEqual([map]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as never);
    expect(workbook.getWorksheet("Buurten")!.getImages()).toEqual([]);
    const images = workbook.getWorksheet("MDI")!.getImages();
    expect(images).toHaveLength(1);
    const { tl, ext } = images[0].range as unknown as {
      tl: { nativeCol: number; nativeRow: number };
      ext: { width: number; height: number };
    };
    expect([tl.nativeCol, tl.nativeRow]).toEqual([13, 1]); // N2
    expect(ext).toEqual({ width: 400, height: 300 }); // points × 4/3
    const { extension, buffer } = workbook.getImage(Number(images[0].imageId));
    expect(extension).toBe("png");
    expect(Buffer.from(buffer as unknown as Uint8Array).toString("base64")).toBe(png);
    const back = await readXlsx(bytes.buffer as ArrayBuffer, "terug.xlsx");
    expect(back.sheets[1].pictures).toEqual([map]);
    expect(back.sheets[0].pictures).toBeUndefined();
    // Without a rasteriser the file has no image, and the preview still gets the picture back.
    const plainFile = await writeXlsx(withMap);
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(Buffer.from(plainFile) as never);
    expect(again.getWorksheet("MDI")!.getImages()).toEqual([]);
    expect((await readXlsx(plainFile.buffer as ArrayBuffer, "terug.xlsx")).sheets[1].pictures).toEqual([map]);
  });

  test("an .xlsx written by another tool: dates become serial numbers, shared formulas are expanded", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("Blad1");
    ws.getCell("A1").value = "Datum";
    ws.getCell("B1").value = "x";
    ws.getCell("C1").value = "2x";
    ws.getCell("A2").value = new Date(Date.UTC(2019, 0, 1));
    ws.getCell("A2").numFmt = "yyyy-mm-dd";
    ws.getCell("B2").value = 1;
    ws.getCell("B3").value = 2;
    ws.fillFormula("C2:C3", "B2*2", [2, 4]);
    ws.getCell("D2").value = { richText: [{ text: "rijk " }, { text: "tekst" }] };
    const buffer = await workbook.xlsx.writeBuffer();
    const { model } = await openWorkbookFile(
      "ander.xlsx",
      new Uint8Array(buffer as unknown as ArrayBuffer).slice().buffer,
    );
    const cells = model.sheets[0].cells;
    // Excel's serial for 2019-01-01 is 43466 (=DATE(2019,1,1) in Excel).
    expect(cells[1][0]).toEqual({ value: 43466, numberFormat: "yyyy-mm-dd" });
    expect(cells[1][2]).toEqual({ value: 2, formula: "=B2*2" });
    expect(cells[2][2]).toEqual({ value: 4, formula: "=B3*2" });
    expect(cells[1][3].value).toBe("rijk tekst");
  });
});
