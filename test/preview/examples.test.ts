/**
 * The example workbooks (`npm run examples`), re-opened with exceljs and checked against the
 * source files in data/: row counts, every suppressed value still empty (never 0), the SES-WOA
 * comparator joined on the right buurt, the attribution inside each workbook and beside them.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { DATA } from "../support/csv";

const EXAMPLES = resolve(__dirname, "../../examples");

async function open(file: string): Promise<ExcelJS.Workbook> {
  const path = resolve(EXAMPLES, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run examples\``);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** The data sheet's rows as objects keyed by header; an empty cell is null. */
function records(sheet: ExcelJS.Worksheet): Array<Record<string, unknown>> {
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const out: Array<Record<string, unknown>> = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    out.push(Object.fromEntries(header.map((h, i) => [h, sheet.getCell(r, i + 1).value ?? null])));
  }
  return out;
}

function tableRefs(sheet: ExcelJS.Worksheet): string[] {
  return (sheet.getTables() as unknown as Array<{ table: { tableRef: string } }>).map((t) => t.table.tableRef);
}

function sourceRows(relativePath: string, delimiter: string): Array<Record<string, string>> {
  const text = readFileSync(resolve(DATA, relativePath), "utf8").replace(/^\uFEFF/, "");
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, delimiter, skipEmptyLines: true });
  return parsed.data.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, (v ?? "").trim()])));
}

const SUPPRESSED = new Set(["", ".", "NA"]);

/** The workbook's attribution sheet as one text. */
function attribution(workbook: ExcelJS.Workbook, name: string): string {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no "${name}" sheet`);
  const lines: string[] = [];
  sheet.eachRow((row) => lines.push((row.values as unknown[]).slice(1).join(" ")));
  return lines.join("\n");
}

describe("amsterdam-buurten-2019.xlsx", () => {
  let rows: Array<Record<string, unknown>>;
  let workbook: ExcelJS.Workbook;
  const kwb = sourceRows("netherlands/cbs_kwb2019_amsterdam_gemeente_wijken_buurten.csv", ",");
  const buurten = new Map(
    kwb
      .filter((r) => r["Regioaanduiding.Soort.regio..omschrijving."] === "Buurt")
      .map((r) => [r["Regioaanduiding.Codering..code."], r]),
  );

  beforeAll(async () => {
    workbook = await open("amsterdam-buurten-2019.xlsx");
    rows = records(workbook.getWorksheet("Buurten")!);
  });

  test("479 buurten in the table Buurten, each with its wijk", () => {
    expect(rows).toHaveLength(479);
    expect(tableRefs(workbook.getWorksheet("Buurten")!)).toEqual(["A1:U480"]);
    expect(new Set(rows.map((r) => r.Buurtcode))).toEqual(new Set(buurten.keys()));
    // BU03630000 Kop Zeedijk lies in wijk WK036300 Burgwallen-Oude Zijde (the file's wijk row).
    const kop = rows.find((r) => r.Buurtcode === "BU03630000")!;
    expect(kop.Buurt).toBe("Kop Zeedijk");
    expect(kop.Wijk).toBe("Burgwallen-Oude Zijde");
  });

  // Columns copied from KWB 2019 as published.
  const copied: Record<string, string> = {
    "Inwoners (aantal)": "Bevolking.Aantal.inwoners..aantal.",
    "Huishoudens met een laag inkomen (%)": "Inkomen.Inkomen.van.huishoudens.Huishoudens.met.een.laag.inkomen....",
    "Huishoudens onder of rond sociaal minimum (%)":
      "Inkomen.Inkomen.van.huishoudens.Huish..onder.of.rond.sociaal.minimum....",
    "Nettoarbeidsparticipatie (%)": "Arbeid.Nettoarbeidsparticipatie....",
    "Gemiddelde WOZ-waarde van woningen (x 1 000 euro)": "Wonen.Gemiddelde.WOZ.waarde.van.woningen..x.1.000.euro.",
    "Huurwoningen in bezit van woningcorporaties (%)":
      "Wonen.Woningen.naar.eigendom.Huurwoningen.In.bezit.woningcorporatie....",
    "Afstand tot huisartsenpraktijk (km)": "Nabijheid.voorzieningen.Afstand.tot.huisartsenpraktijk..km.",
    "Jongeren met jeugdzorg (%)": "Zorg.Percentage.jongeren.met.jeugdzorg....",
    "Wmo-cliënten (per 1 000 inwoners)": "Zorg.Wmo.cliënten.relatief..per.1.000.inwoners.",
  };
  test.each(Object.entries(copied))("%s: suppressed stays empty, published values unchanged", (header, source) => {
    for (const row of rows) {
      const published = buurten.get(row.Buurtcode as string)![source];
      if (SUPPRESSED.has(published)) expect([row.Buurtcode, row[header]]).toEqual([row.Buurtcode, null]);
      else expect([row.Buurtcode, row[header]]).toEqual([row.Buurtcode, Number(published.replace(",", "."))]);
    }
  });

  test("benefits per 1 000 inhabitants: empty where the count is suppressed, 0 only where CBS published 0", () => {
    const count = "Sociale.zekerheid.Personen.per.soort.uitkering..Bijstand..aantal.";
    for (const row of rows) {
      const source = buurten.get(row.Buurtcode as string)!;
      const value = row["Personen met bijstand (per 1 000 inwoners)"];
      if (SUPPRESSED.has(source[count])) expect(value).toBeNull();
      if (value === 0) expect(source[count]).toBe("0");
    }
    // Kop Zeedijk: 20 people on bijstand among 1,035 inhabitants → 19.3 per 1,000.
    expect(rows.find((r) => r.Buurtcode === "BU03630000")!["Personen met bijstand (per 1 000 inwoners)"]).toBe(19.3);
  });

  test("SES-WOA 2019 joined by buurt code; '.' stays empty", () => {
    const ses = new Map(
      sourceRows("netherlands/cbs_85163NED_ses_woa_2019_amsterdam_wijken_buurten.csv", ";").map((r) => [
        r["Regiocode (gemeente, wijk, buurt) (code)"],
        r["SES-WOA/Totaalscore/Gemiddelde score (Getal)"],
      ]),
    );
    let empty = 0;
    for (const row of rows) {
      const published = ses.get(row.Buurtcode as string)!;
      if (published === ".") {
        expect(row["SES-WOA totaalscore 2019"]).toBeNull();
        empty++;
      } else expect(row["SES-WOA totaalscore 2019"]).toBe(Number(published));
    }
    expect(empty).toBeGreaterThan(0);
  });

  test("attribution: CBS, the tables, CC BY 4.0", () => {
    const text = attribution(workbook, "Bron");
    expect(text).toMatch(/Centraal Bureau voor de Statistiek/);
    expect(text).toMatch(/84583NED/);
    expect(text).toMatch(/85163NED/);
    expect(text).toMatch(/CC BY 4\.0/);
  });
});

describe("gemeenten-2024.xlsx", () => {
  test("342 gemeenten, income as published, empty where suppressed, CBS attribution", async () => {
    const workbook = await open("gemeenten-2024.xlsx");
    const rows = records(workbook.getWorksheet("Gemeenten")!);
    expect(rows).toHaveLength(342);
    const income = sourceRows("netherlands/cbs_inkomen_huishoudens_regio_2024_gemeenten.clean.csv", ";");
    const byName = new Map(income.map((r) => [r["Regio's"], r]));
    const column = "Inkomen/Gemiddeld gestandaardiseerd inkomen (1 000 euro)";
    let suppressed = 0;
    for (const row of rows) {
      const published = byName.get(row.Gemeente as string)![column];
      const value = row["Gemiddeld gestandaardiseerd inkomen van huishoudens 2024 (x 1 000 euro)"];
      if (SUPPRESSED.has(published)) {
        expect(value).toBeNull();
        suppressed++;
      } else expect(value).toBe(Number(published.replace(",", ".")));
    }
    // Empty in the file for Ameland, Renswoude, Rozendaal, Schiermonnikoog and Vlieland.
    expect(suppressed).toBe(5);
    expect(
      rows.find((r) => r.Gemeente === "Vlieland")![
        "Gemiddeld gestandaardiseerd inkomen van huishoudens 2024 (x 1 000 euro)"
      ],
    ).toBeNull();
    expect(attribution(workbook, "Bron")).toMatch(/CC BY 4\.0/);
  });

  test("Gemeentecode: GM + 4 digits, one per gemeente, the boundary file's 342 codes", async () => {
    const workbook = await open("gemeenten-2024.xlsx");
    const sheet = workbook.getWorksheet("Gemeenten")!;
    const rows = records(sheet);
    expect(tableRefs(sheet)).toEqual(["A1:P343"]);
    expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(["Gemeentecode", "Gemeente", "Provincie"]);
    const codes = rows.map((r) => r.Gemeentecode as string);
    for (const code of codes) expect(code).toMatch(/^GM\d{4}$/);
    expect(new Set(codes).size).toBe(342);
    const topology = JSON.parse(readFileSync(resolve(DATA, "netherlands/boundaries/gemeente_2024.topojson"), "utf8"));
    const statcodes = (
      topology.objects.gemeente_2024.geometries as Array<{ properties: { statcode: string; statnaam: string } }>
    ).map((g) => g.properties);
    expect(new Set(codes)).toEqual(new Set(statcodes.map((g) => g.statcode)));
    // Each code is the boundary file's for that name ("Utrecht (gemeente)" there "Utrecht").
    const byCode = new Map(statcodes.map((g) => [g.statcode, g.statnaam]));
    for (const row of rows) {
      expect([row.Gemeentecode, byCode.get(row.Gemeentecode as string)]).toEqual([
        row.Gemeentecode,
        (row.Gemeente as string).replace(/ \(gemeente\)$/, ""),
      ]);
    }
    expect(attribution(workbook, "Bron")).toMatch(/Kadaster \/ Centraal Bureau voor de Statistiek/);
  });

  test("Provincie: the 12 provincies with their 2024 number of gemeenten; Amsterdam GM0363 in Noord-Holland", async () => {
    const rows = records((await open("gemeenten-2024.xlsx")).getWorksheet("Gemeenten")!);
    // CBS, Gemeentelijke indeling op 1 januari 2024.
    const published = {
      Groningen: 10,
      Fryslân: 18,
      Drenthe: 12,
      Overijssel: 25,
      Flevoland: 6,
      Gelderland: 51,
      Utrecht: 26,
      "Noord-Holland": 44,
      "Zuid-Holland": 50,
      Zeeland: 13,
      "Noord-Brabant": 56,
      Limburg: 31,
    };
    const counts: Record<string, number> = {};
    for (const row of rows) counts[row.Provincie as string] = (counts[row.Provincie as string] ?? 0) + 1;
    expect(counts).toEqual(published);
    const where = (name: string) => rows.find((r) => r.Gemeente === name)!;
    expect([where("Amsterdam").Gemeentecode, where("Amsterdam").Provincie]).toEqual(["GM0363", "Noord-Holland"]);
    expect([where("Maastricht").Gemeentecode, where("Maastricht").Provincie]).toEqual(["GM0935", "Limburg"]);
    for (const island of ["Vlieland", "Terschelling", "Ameland", "Schiermonnikoog"]) {
      expect([island, where(island).Provincie]).toEqual([island, "Fryslân"]);
    }
    expect(where("Texel").Provincie).toBe("Noord-Holland");
  });
});

describe("england-iod2025.xlsx", () => {
  test("33,755 LSOAs with the published ranks and IMD score, OGL attribution", async () => {
    const workbook = await open("england-iod2025.xlsx");
    const sheet = workbook.getWorksheet("LSOA 2021")!;
    expect(sheet.rowCount).toBe(33756);
    expect(tableRefs(sheet)).toEqual(["A1:K33756"]);
    // "E01000001",8,10,10,10,10,10,9,1,26525,33730,33708,33755,33108,33698,29220,244,8.742,...
    const first = sheet.getRow(2).values as unknown[];
    expect(first.slice(1)).toEqual(["E01000001", 33730, 33708, 33755, 33108, 33698, 29220, 244, 8.742, 26525, 8]);
    const text = attribution(workbook, "Source");
    expect(text).toMatch(/Open Government Licence v3\.0/);
    expect(text).toMatch(/Ministry of Housing, Communities and Local Government/);
  });
});

test("examples/README.md names the sources and licences; the files stay commit-sized", () => {
  const readme = readFileSync(resolve(EXAMPLES, "README.md"), "utf8");
  const phrases = [
    "CC BY 4.0",
    "Open Government Licence v3.0",
    "84583NED",
    "85163NED",
    "Kadaster / Centraal Bureau voor de Statistiek",
    "npm run examples",
  ];
  for (const phrase of phrases) {
    expect(readme).toContain(phrase);
  }
  for (const file of ["amsterdam-buurten-2019.xlsx", "gemeenten-2024.xlsx", "england-iod2025.xlsx"]) {
    expect(statSync(resolve(EXAMPLES, file)).size).toBeLessThan(3 * 1024 * 1024);
  }
});
