/**
 * `npm run examples`: builds the example workbooks in examples/ from the open data kept in data/.
 *
 * - amsterdam-buurten-2019.xlsx: the 479 buurten of Amsterdam (CBS Kerncijfers wijken en buurten 2019)
 *   with indicators for the Dutch MDI domains, the wijk as group, population, and the CBS SES-WOA 2019
 *   score as a comparator. The preview opens on this one.
 * - gemeenten-2024.xlsx: the 342 Dutch gemeenten with their CBS code and provincie (from the Kadaster / CBS
 *   boundaries), CBS household income 2024 and regional key figures 2025.
 * - england-iod2025.xlsx: the 33,755 English LSOAs with the published IoD2025 domain ranks and IMD
 *   score, rank and decile, to reproduce the English index.
 *
 * Each workbook holds its data as an Excel table on the first sheet and a second sheet ("Bron" or
 * "Source") with the attribution and what was derived. A suppressed or unknown value in the source
 * ("." , "NA" or an empty field) stays an empty cell: it is never written as 0.
 */
import { mkdirSync, readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { gemeenteCodesAndProvincies } from "./boundaries.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DATA = resolve(ROOT, "data");
const OUT = resolve(ROOT, "examples");

/** Rows of a CSV in data/ as arrays of trimmed strings (BOM stripped, delimiter detected by papaparse). */
function readRows(relativePath, delimiter) {
  const text = readFileSync(resolve(DATA, relativePath), "utf8").replace(/^\uFEFF/, "");
  const parsed = Papa.parse(text, { delimiter, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${relativePath}: ${parsed.errors[0].message}`);
  return parsed.data.map((row) => row.map((field) => field.trim()));
}

/** Rows as objects keyed by the header row. */
function readRecords(relativePath, delimiter) {
  const [header, ...rows] = readRows(relativePath, delimiter);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ""])));
}

/** The markers CBS and R use for a suppressed or unknown value. */
const MISSING = new Set(["", ".", "NA"]);

/**
 * A published number as a JS number, or null when it is suppressed. CBS files use decimal commas
 * ("12,8") or points ("-0.100"), never thousands separators.
 * @example number("12,8") // 12.8
 * @example number(".") // null
 * @throws Error when the field is neither a number nor a missing marker (the source changed).
 */
function number(field) {
  const text = field.trim();
  if (MISSING.has(text)) return null;
  const value = Number(text.replace(",", "."));
  if (!Number.isFinite(value)) throw new Error(`not a number: "${field}"`);
  return value;
}

/** a / b × per, rounded to one decimal; null when either is missing or b is 0. */
function rate(a, b, per) {
  if (a === null || b === null || b === 0) return null;
  return Math.round((a / b) * per * 10) / 10;
}

/**
 * Writes one workbook: a data sheet with an Excel table and an attribution sheet.
 * `columns`: { header, format, width }; `rows`: arrays of values (null = empty cell).
 */
async function writeWorkbook({ file, sheet, table, columns, rows, tables, attributionSheet, attribution }) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "MDI for Excel (npm run examples)";
  workbook.created = new Date(Date.UTC(2025, 0, 1));
  workbook.modified = workbook.created;
  // One data sheet, or several (`tables`: one { sheet, table, columns, rows } each), then the attribution.
  for (const t of tables ?? [{ sheet, table, columns, rows }]) addTableSheet(workbook, t);
  const source = workbook.addWorksheet(attributionSheet);
  source.getColumn(1).width = 28;
  source.getColumn(2).width = 110;
  for (const [label, text] of attribution) {
    const row = source.addRow([label, text]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: "top" };
  }
  const path = resolve(OUT, file);
  await workbook.xlsx.writeFile(path, { zip: { compression: "DEFLATE", compressionOptions: { level: 9 } } });
  for (const t of tables ?? [{ sheet, columns, rows }]) {
    console.log(`${file} ${t.sheet}: ${t.rows.length} rows × ${t.columns.length} columns`);
  }
  console.log(`${file}: ${(statSync(path).size / 1024).toFixed(0)} KiB`);
}

/** A data sheet holding one Excel table, its columns sized and formatted. */
function addTableSheet(workbook, { sheet, table, columns, rows }) {
  const data = workbook.addWorksheet(sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  data.addTable({
    name: table,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: columns.map((c) => ({ name: c.header, filterButton: true })),
    rows,
  });
  columns.forEach((c, i) => {
    const column = data.getColumn(i + 1);
    column.width = c.width ?? Math.min(40, Math.max(10, Math.ceil(c.header.length * 0.6)));
    if (c.format) column.numFmt = c.format;
  });
}

const CBS_LICENCE = "CC BY 4.0 — https://creativecommons.org/licenses/by/4.0/";
const MISSING_NOTE_NL =
  'Een waarde die CBS niet publiceert ("." of leeg, geheimhouding of onbekend) is een lege cel, nooit 0. ' +
  'Missing: a value CBS does not publish ("." or empty) is an empty cell, never 0.';

/** A source field a year's file does not have: that column is left out of that year. */
class MissingField extends Error {}

/** Whether a column can be computed from a year's records (its source fields are all there). */
function available(column, record) {
  try {
    column.value(record);
    return true;
  } catch (error) {
    if (error instanceof MissingField) return false;
    throw error;
  }
}

const KIND = "Regioaanduiding.Soort.regio..omschrijving.";
const CODE = "Regioaanduiding.Codering..code.";

/** The buurten of one Kerncijfers wijken en buurten file, with the wijk names by wijk code. */
function kwbBuurten(file) {
  const records = readRecords(file, ",");
  const wijkNames = new Map(records.filter((r) => r[KIND] === "Wijk").map((r) => [r[CODE], r["Wijken.en.buurten"]]));
  return { buurten: records.filter((r) => r[KIND] === "Buurt"), wijkNames };
}

/** The SES-WOA 2019 total score per region code (gemeente, wijk, buurt). */
function sesWoa2019() {
  const SES = "netherlands/cbs_85163NED_ses_woa_2019_amsterdam_wijken_buurten.csv";
  return new Map(
    readRecords(SES, ";").map((r) => [
      r["Regiocode (gemeente, wijk, buurt) (code)"],
      r["SES-WOA/Totaalscore/Gemiddelde score (Getal)"],
    ]),
  );
}

/**
 * The columns of the Amsterdam samples, as functions of a KWB record: codes and names, inhabitants, the
 * indicators per Dutch MDI domain and the SES-WOA 2019 score. A column whose source field a year's file does
 * not have is left out of that year by the caller.
 */
function amsterdamColumns(wijkNames, ses) {
  const code = CODE;

  const v = (r, name) => {
    if (!(name in r)) throw new MissingField(name);
    return number(r[name]);
  };
  const inwoners = (r) => v(r, "Bevolking.Aantal.inwoners..aantal.");
  const perThousand = (name) => (r) => rate(v(r, name), inwoners(r), 1000);
  const lowEducation = (r) => {
    const low = v(r, "Opleidingsniveau.Opleidingsniveau.laag..aantal.");
    const mid = v(r, "Opleidingsniveau.Opleidingsniveau.middelbaar..aantal.");
    const high = v(r, "Opleidingsniveau.Opleidingsniveau.hoog..aantal.");
    return low === null || mid === null || high === null ? null : rate(low, low + mid + high, 100);
  };
  const field = (name) => (r) => v(r, name);
  const pct = "0.0";
  const columns = [
    { header: "Buurtcode", value: (r) => r[code], width: 13 },
    { header: "Buurt", value: (r) => r["Wijken.en.buurten"], width: 32 },
    {
      header: "Wijk",
      value: (r) => {
        const wijk = wijkNames.get(`WK${r[code].slice(2, 8)}`);
        if (!wijk) throw new Error(`no wijk for buurt ${r[code]}`);
        return wijk;
      },
      width: 28,
    },
    { header: "Inwoners (aantal)", value: inwoners, format: "#,##0", source: "Bevolking; aantal inwoners" },
    {
      header: "Huishoudens met een laag inkomen (%)",
      value: field("Inkomen.Inkomen.van.huishoudens.Huishoudens.met.een.laag.inkomen...."),
      format: pct,
    },
    {
      header: "Huishoudens onder of rond sociaal minimum (%)",
      value: field("Inkomen.Inkomen.van.huishoudens.Huish..onder.of.rond.sociaal.minimum...."),
      format: pct,
    },
    {
      header: "Gemiddeld gestandaardiseerd inkomen van huishoudens (x 1 000 euro)",
      value: field("Inkomen.Inkomen.van.huishoudens.Gem..gestandaardiseerd.inkomen.van.huish..x.1.000.euro."),
      format: pct,
    },
    {
      header: "Personen met bijstand (per 1 000 inwoners)",
      value: perThousand("Sociale.zekerheid.Personen.per.soort.uitkering..Bijstand..aantal."),
      format: pct,
      derived: "Sociale zekerheid; personen met bijstand / aantal inwoners × 1 000",
    },
    {
      header: "Personen met een AO-uitkering (per 1 000 inwoners)",
      value: perThousand("Sociale.zekerheid.Personen.per.soort.uitkering..AO..aantal."),
      format: pct,
      derived: "Sociale zekerheid; personen met een arbeidsongeschiktheidsuitkering / aantal inwoners × 1 000",
    },
    {
      header: "Personen met een WW-uitkering (per 1 000 inwoners)",
      value: perThousand("Sociale.zekerheid.Personen.per.soort.uitkering..WW..aantal."),
      format: pct,
      derived: "Sociale zekerheid; personen met een WW-uitkering / aantal inwoners × 1 000",
    },
    { header: "Nettoarbeidsparticipatie (%)", value: field("Arbeid.Nettoarbeidsparticipatie...."), format: pct },
    {
      header: "Opleidingsniveau laag (%)",
      value: lowEducation,
      format: pct,
      derived: "Opleidingsniveau laag / (laag + middelbaar + hoog) × 100, personen van 15 tot 75 jaar",
    },
    {
      header: "Gemiddelde WOZ-waarde van woningen (x 1 000 euro)",
      value: field("Wonen.Gemiddelde.WOZ.waarde.van.woningen..x.1.000.euro."),
      format: "#,##0",
    },
    {
      header: "Huurwoningen in bezit van woningcorporaties (%)",
      value: field("Wonen.Woningen.naar.eigendom.Huurwoningen.In.bezit.woningcorporatie...."),
      format: "0",
    },
    {
      header: "Afstand tot huisartsenpraktijk (km)",
      value: field("Nabijheid.voorzieningen.Afstand.tot.huisartsenpraktijk..km."),
      format: pct,
    },
    {
      header: "Afstand tot grote supermarkt (km)",
      value: field("Nabijheid.voorzieningen.Afstand.tot.grote.supermarkt..km."),
      format: pct,
    },
    {
      header: "Afstand tot kinderdagverblijf (km)",
      value: field("Nabijheid.voorzieningen.Afstand.tot.kinderdagverblijf..km."),
      format: pct,
    },
    {
      header: "Afstand tot basisschool (km)",
      value: field("Nabijheid.voorzieningen.Basisonderwijs.Afstand.tot.school..km."),
      format: pct,
    },
    { header: "Jongeren met jeugdzorg (%)", value: field("Zorg.Percentage.jongeren.met.jeugdzorg...."), format: pct },
    {
      header: "Wmo-cliënten (per 1 000 inwoners)",
      value: field("Zorg.Wmo.cliënten.relatief..per.1.000.inwoners."),
      format: "0",
    },
    {
      header: "SES-WOA totaalscore 2019",
      value: (r) => {
        const published = ses.get(r[code]);
        if (published === undefined) throw new Error(`no SES-WOA row for ${r[code]}`);
        return number(published);
      },
      format: "0.000",
      derived:
        "CBS 85163NED, SES-WOA totaalscore (gemiddelde score) 2019, gekoppeld op buurtcode; vergelijkingsindicator",
    },
  ];
  return columns;
}

/** The 479 buurten of Amsterdam with indicators per Dutch MDI domain and the SES-WOA 2019 score. */
async function amsterdam() {
  const { buurten, wijkNames } = kwbBuurten("netherlands/cbs_kwb2019_amsterdam_gemeente_wijken_buurten.csv");
  const columns = amsterdamColumns(wijkNames, sesWoa2019());
  const rows = buurten.map((r) => columns.map((c) => c.value(r)));
  await writeWorkbook({
    file: "amsterdam-buurten-2019.xlsx",
    sheet: "Buurten",
    table: "Buurten",
    columns,
    rows,
    attributionSheet: "Bron",
    attribution: [
      ["Bron / Source", "Centraal Bureau voor de Statistiek (CBS), StatLine"],
      [
        "Tabellen / Tables",
        "84583NED Kerncijfers wijken en buurten 2019; 85163NED Sociaal-economische status (SES-WOA) 2019",
      ],
      ["Licentie / Licence", CBS_LICENCE],
      [
        "Naamsvermelding",
        "Bron: CBS, Kerncijfers wijken en buurten 2019 en SES-WOA 2019 (CC BY 4.0); bewerkt voor MDI voor Excel",
      ],
      [
        "Gebieden / Areas",
        "De 479 buurten van de gemeente Amsterdam (GM0363); Wijk volgt uit de buurtcode (BU0363wwbb → WK0363ww)",
      ],
      ["Ontbrekend / Missing", MISSING_NOTE_NL],
      [
        "Afgeleid / Derived",
        "Kolommen 'per 1 000 inwoners' en 'Opleidingsniveau laag (%)' zijn berekend uit CBS-aantallen:",
      ],
      ...columns.filter((c) => c.derived).map((c) => [c.header, c.derived]),
      [
        "Richting / Direction",
        "Hoger inkomen, arbeidsparticipatie, WOZ-waarde en SES-WOA = minder achterstand; de andere indicatoren: hoger = meer achterstand",
      ],
    ],
  });
}

/**
 * Amsterdam's buurten in 2019 (first table: the later year, which the pane's defaults compute) and 2017
 * (second table), with the indicator columns both years publish, the same headers, and the SES-WOA 2019
 * comparator in the 2019 table. For the pane's Ontwikkeling (trend) step.
 */
async function amsterdamTrend() {
  const later = kwbBuurten("netherlands/cbs_kwb2019_amsterdam_gemeente_wijken_buurten.csv");
  const earlier = kwbBuurten("netherlands/cbs_kwb2017_amsterdam_gemeente_wijken_buurten.csv");
  const ses = sesWoa2019();
  const common = amsterdamColumns(earlier.wijkNames, ses).filter(
    (c) => c.header !== "SES-WOA totaalscore 2019" && available(c, earlier.buurten[0]),
  );
  const headers = new Set(common.map((c) => c.header));
  const laterColumns = amsterdamColumns(later.wijkNames, ses).filter(
    (c) => headers.has(c.header) || c.header === "SES-WOA totaalscore 2019",
  );
  const laterCodes = new Set(later.buurten.map((r) => r[CODE]));
  const unmatched = earlier.buurten.filter((r) => !laterCodes.has(r[CODE])).length;
  if (unmatched) console.log(`amsterdam-buurten-2017-2019.xlsx: ${unmatched} buurten of 2017 have no 2019 code`);
  await writeWorkbook({
    file: "amsterdam-buurten-2017-2019.xlsx",
    tables: [
      {
        sheet: "Buurten 2019",
        table: "Buurten2019",
        columns: laterColumns,
        rows: later.buurten.map((r) => laterColumns.map((c) => c.value(r))),
      },
      {
        sheet: "Buurten 2017",
        table: "Buurten2017",
        columns: common,
        rows: earlier.buurten.map((r) => common.map((c) => c.value(r))),
      },
    ],
    attributionSheet: "Bron",
    attribution: [
      ["Bron / Source", "Centraal Bureau voor de Statistiek (CBS), StatLine"],
      [
        "Tabellen / Tables",
        "Kerncijfers wijken en buurten 2017 (83765NED) en 2019 (84583NED); 85163NED Sociaal-economische status (SES-WOA) 2019",
      ],
      ["Licentie / Licence", CBS_LICENCE],
      [
        "Naamsvermelding",
        "Bron: CBS, Kerncijfers wijken en buurten 2017 en 2019 en SES-WOA 2019 (CC BY 4.0); bewerkt voor MDI voor Excel",
      ],
      [
        "Gebieden / Areas",
        "De buurten van de gemeente Amsterdam (GM0363) in 2019 en 2017, met dezelfde buurtcodes; Wijk volgt uit de buurtcode",
      ],
      [
        "Kolommen / Columns",
        "Alleen de indicatoren die beide jaren publiceren (2017 heeft geen gestandaardiseerd inkomen, arbeidsparticipatie, opleidingsniveau, jeugdzorg en Wmo-cliënten).",
      ],
      ["Ontbrekend / Missing", MISSING_NOTE_NL],
      ...common.filter((c) => c.derived).map((c) => [c.header, c.derived]),
    ],
  });
}

/**
 * The 342 gemeenten with CBS household income 2024 and regional key figures 2025, joined by name, and their
 * code and provincie from the 2024 boundaries (scripts/boundaries.mjs).
 */
async function gemeenten() {
  const INCOME = "netherlands/cbs_inkomen_huishoudens_regio_2024_gemeenten.clean.csv";
  const KEY = "netherlands/cbs_regionale_kerncijfers_2025_gemeenten.csv";
  const income = readRecords(INCOME, ";").filter((r) => r["Regio's"] !== "Nederland");
  const key = new Map(readRecords(KEY, ";").map((r) => [r["Regio's"], r]));
  const { byName, fallbacks } = gemeenteCodesAndProvincies(
    resolve(DATA, "netherlands/boundaries"),
    income.map((i) => i["Regio's"]),
  );
  for (const f of fallbacks) {
    const votes = f.votes.map(([name, n]) => `${name} ${n}`).join(", ");
    console.log(`gemeenten-2024.xlsx: ${f.code} ${f.gemeente} → ${f.provincie} by grid points inside it (${votes})`);
  }
  const K = "Bevolking/Bevolkingssamenstelling op 1 januari/";
  const H = "Bevolking/Particuliere huishoudens/";
  const columns = [
    { header: "Gemeentecode", value: (i) => byName.get(i["Regio's"]).code, width: 14 },
    { header: "Gemeente", value: (i) => i["Regio's"], width: 26 },
    { header: "Provincie", value: (i) => byName.get(i["Regio's"]).provincie, width: 16 },
    {
      header: "Inwoners 1 januari 2025 (aantal)",
      value: (_, k) => number(k[`${K}Totale bevolking (aantal)`]),
      format: "#,##0",
    },
    {
      header: "Particuliere huishoudens 2025 (aantal)",
      value: (_, k) => number(k[`${H}Particuliere huishoudens/Totaal particuliere huishoudens (aantal)`]),
      format: "#,##0",
    },
    {
      header: "Gemiddeld gestandaardiseerd inkomen van huishoudens 2024 (x 1 000 euro)",
      value: (i) => number(i["Inkomen/Gemiddeld gestandaardiseerd inkomen (1 000 euro)"]),
      format: "0.0",
    },
    {
      header: "Mediaan gestandaardiseerd inkomen van huishoudens 2024 (x 1 000 euro)",
      value: (i) => number(i["Inkomen/Mediaan gestandaardiseerd inkomen (1 000 euro)"]),
      format: "0.0",
    },
    {
      header: "Gemiddeld besteedbaar inkomen van huishoudens 2024 (x 1 000 euro)",
      value: (i) => number(i["Inkomen/Gemiddeld besteedbaar inkomen (1 000 euro)"]),
      format: "0.0",
    },
    {
      header: "Mediaan besteedbaar inkomen van huishoudens 2024 (x 1 000 euro)",
      value: (i) => number(i["Inkomen/Mediaan besteedbaar inkomen (1 000 euro)"]),
      format: "0.0",
    },
    {
      header: "Eenpersoonshuishoudens (%)",
      value: (_, k) => number(k[`${H}Particuliere huishoudens, relatief/Eenpersoonshuishoudens (%)`]),
      format: "0.0",
    },
    {
      header: "Huishoudens met kinderen (%)",
      value: (_, k) => number(k[`${H}Particuliere huishoudens, relatief/Meerpersoonshuishoudens met kinderen (%)`]),
      format: "0.0",
    },
    {
      header: "Gemiddelde huishoudensgrootte (personen)",
      value: (_, k) => number(k[`${H}Gemiddelde huishoudensgrootte (personen per 1 huishouden)`]),
      format: "0.00",
    },
    {
      header: "Inwoners 65 tot 80 jaar (%)",
      value: (_, k) => number(k[`${K}Leeftijd/Leeftijdsgroepen, relatief/65 tot 80 jaar (%)`]),
      format: "0.0",
    },
    {
      header: "Inwoners 80 jaar of ouder (%)",
      value: (_, k) => number(k[`${K}Leeftijd/Leeftijdsgroepen, relatief/80 jaar of ouder (%)`]),
      format: "0.0",
    },
    {
      header: "Groene druk (%)",
      value: (_, k) => number(k[`${K}Leeftijd/Demografische druk/Groene druk (%)`]),
      format: "0.0",
    },
    {
      header: "Grijze druk (%)",
      value: (_, k) => number(k[`${K}Leeftijd/Demografische druk/Grijze druk (%)`]),
      format: "0.0",
    },
  ];
  const rows = income.map((i) => {
    const k = key.get(i["Regio's"]);
    if (!k) throw new Error(`no regional key figures for ${i["Regio's"]}`);
    return columns.map((c) => c.value(i, k));
  });
  await writeWorkbook({
    file: "gemeenten-2024.xlsx",
    sheet: "Gemeenten",
    table: "Gemeenten",
    columns,
    rows,
    attributionSheet: "Bron",
    attribution: [
      ["Bron / Source", "Centraal Bureau voor de Statistiek (CBS), StatLine"],
      [
        "Tabellen / Tables",
        "Inkomen van huishoudens; regio (2024, voorlopig); 70072NED Regionale kerncijfers Nederland (2025)",
      ],
      ["Licentie / Licence", CBS_LICENCE],
      [
        "Naamsvermelding",
        "Bron: CBS, Inkomen van huishoudens; regio 2024* en Regionale kerncijfers Nederland 2025 (CC BY 4.0); bewerkt voor MDI voor Excel",
      ],
      [
        "Grenzen / Boundaries",
        "Gemeentecode en Provincie: Kadaster / Centraal Bureau voor de Statistiek, gemeente- en provinciegrenzen 2024 (cartomap/nl, CC BY 4.0)",
      ],
      [
        "Gebieden / Areas",
        "De 342 gemeenten van 2024, gekoppeld op gemeentenaam; opgeheven gemeenten (lege rijen in 70072NED) zijn weggelaten",
      ],
      [
        "Gemeentecode",
        "De CBS-code (statcode) van de gemeentegrens met dezelfde naam; Groningen, Utrecht en 's-Gravenhage heten daar zonder de toevoeging (gemeente)",
      ],
      [
        "Provincie",
        "De provincie waarin het zwaartepunt van de gemeente ligt (punt in polygoon); ligt dat buiten de gemeente of niet in precies één provincie, dan de provincie met de meeste punten van een raster binnen de gemeente. Per provincie gecontroleerd tegen de indeling van 2024",
      ],
      ["Ontbrekend / Missing", MISSING_NOTE_NL],
    ],
  });
}

/** The 33,755 English LSOAs with the published IoD2025 domain ranks and IMD score, rank and decile. */
async function england() {
  const FILE = "england/iod2025_lsoa21_imd_and_domains_scores_ranks_deciles.csv";
  const records = readRecords(FILE, ",");
  const rank = (header, name) => ({ header, value: (r) => number(r[name]), format: "0" });
  const columns = [
    { header: "LSOA code (2021)", value: (r) => r.lsoa21_code, width: 16 },
    rank("Income domain rank (1 = most deprived)", "Income_rank"),
    rank("Employment domain rank (1 = most deprived)", "Employment_rank"),
    rank("Education, skills and training domain rank (1 = most deprived)", "Education_rank"),
    rank("Health deprivation and disability domain rank (1 = most deprived)", "Health_rank"),
    rank("Crime domain rank (1 = most deprived)", "Crime_rank"),
    rank("Barriers to housing and services domain rank (1 = most deprived)", "Housing_and_Services_rank"),
    rank("Living environment domain rank (1 = most deprived)", "Environment_rank"),
    { header: "IMD score (published)", value: (r) => number(r.IMD_score), format: "0.000" },
    rank("IMD rank (published, 1 = most deprived)", "IMD_rank"),
    rank("IMD decile (published, 1 = most deprived 10%)", "IMD_decile"),
  ];
  await writeWorkbook({
    file: "england-iod2025.xlsx",
    sheet: "LSOA 2021",
    table: "IoD2025",
    columns,
    rows: records.map((r) => columns.map((c) => c.value(r))),
    attributionSheet: "Source",
    attribution: [
      [
        "Source",
        "English Indices of Deprivation 2025, File 7 (all ranks, deciles and scores), Ministry of Housing, Communities and Local Government",
      ],
      [
        "Licence",
        "Open Government Licence v3.0 — https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
      ],
      ["Attribution", "Contains public sector information licensed under the Open Government Licence v3.0."],
      ["Areas", "The 33,755 Lower-layer Super Output Areas (LSOAs, 2021) of England"],
      [
        "Reproduce",
        "Map the seven domain ranks to the England IoD preset, direction: higher rank = less deprived (rank 1 = most deprived); the MDI score then equals the published IMD score to its 3 decimals",
      ],
    ],
  });
}

mkdirSync(OUT, { recursive: true });
await amsterdam();
await amsterdamTrend();
await gemeenten();
await england();
