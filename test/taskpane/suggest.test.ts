/**
 * Domain and direction suggestions from headers as CBS publishes them (StatLine
 * labels, and the dotted names of an R export), and English headers.
 */
import { DOMAIN_SETS } from "../../src/taskpane/model/domains";
import {
  isComparatorHeader,
  isGroupHeader,
  isPopulationHeader,
  normalizeHeader,
  suggestDirection,
  suggestTheme,
} from "../../src/taskpane/model/suggest";

/** The Dutch domain a header is suggested for (null = not used). */
function dutchDomain(header: string) {
  const theme = suggestTheme(header);
  return theme ? DOMAIN_SETS.nl.themeDomain[theme] : null;
}

describe("domain suggestions from headers", () => {
  it.each([
    ["Huishoudens met een laag inkomen (%)", "inkomen"],
    ["Personen met bijstand per 1000 inwoners", "inkomen"],
    ["Huishoudens onder of rond sociaal minimum (%)", "inkomen"],
    ["Personen met een AO-uitkering (per 1 000 inwoners)", "inkomen"],
    ["Gemiddeld gestandaardiseerd inkomen van huishoudens (x 1 000 euro)", "inkomen"],
    ["Personen met een WW-uitkering (per 1 000 inwoners)", "werk"],
    ["Netto arbeidsparticipatie (%)", "werk"],
    ["Werkloosheid (%)", "werk"],
    ["Opleidingsniveau laag (%)", "opleiding"],
    ["Aandeel laagopgeleiden (%)", "opleiding"],
    ["Jongeren met jeugdzorg (%)", "gezondheid"],
    ["Wmo-cliënten (per 1 000 inwoners)", "gezondheid"],
    ["Ervaren gezondheid goed of zeer goed (%)", "gezondheid"],
    ["Contact met ggz (%)", "gezondheid"],
    ["Geregistreerde misdrijven per 1000 inwoners", "veiligheid"],
    ["Diefstal uit woning (per 1000 inwoners)", "veiligheid"],
    ["Gemiddelde WOZ-waarde van woningen (x 1000 euro)", "huisvesting"],
    ["Huurwoningen in bezit van woningcorporaties (%)", "huisvesting"],
    ["Woningvoorraad (aantal)", "huisvesting"],
    // Distances are about access to services, whatever service they name.
    ["Afstand tot huisartsenpraktijk (km)", "woonomgeving"],
    ["Afstand tot grote supermarkt (km)", "woonomgeving"],
    ["Afstand tot school (km)", "woonomgeving"],
    ["Geluidsbelasting wegverkeer > 55 dB (%)", "woonomgeving"],
    ["Oppervlakte groen per inwoner (m2)", "woonomgeving"],
    // CBS KWB 2019 as exported by R (dots for spaces).
    ["Inkomen.Inkomen.van.huishoudens.Huishoudens.met.een.laag.inkomen....", "inkomen"],
    ["Sociale.zekerheid.Personen.per.soort.uitkering..WW..aantal.", "werk"],
    ["Nabijheid.voorzieningen.Afstand.tot.huisartsenpraktijk..km.", "woonomgeving"],
    ["Wonen.Gemiddelde.WOZ.waarde.van.woningen..x.1.000.euro.", "huisvesting"],
    // English.
    ["Income deprivation rate", "inkomen"],
    ["Unemployment rate (%)", "werk"],
    ["Adults with no qualifications (%)", "opleiding"],
    ["Crime rate per 1,000", "veiligheid"],
    ["Distance to GP surgery (km)", "woonomgeving"],
  ])("%s → %s", (header, domain) => {
    expect(dutchDomain(header)).toBe(domain);
  });

  it.each(["Aantal inwoners", "Buurtcode", "Oppervlakte land (ha)", "Bedrijfsvestigingen (aantal)", ""])(
    "suggests nothing for %j",
    (header) => expect(suggestTheme(header)).toBeNull(),
  );

  it("maps the themes onto a published index's domains", () => {
    const theme = suggestTheme("Afstand tot huisartsenpraktijk (km)")!;
    expect(DOMAIN_SETS.england.themeDomain[theme]).toBe("barriers");
    expect(DOMAIN_SETS.scotland.themeDomain[theme]).toBe("access");
    expect(DOMAIN_SETS.wales.themeDomain[suggestTheme("Geluidsbelasting (%)")!]).toBe("physical");
    expect(DOMAIN_SETS.scotland.themeDomain[suggestTheme("Geluidsbelasting (%)")!]).toBeNull();
  });
});

describe("direction suggestions", () => {
  it.each([
    "Gemiddelde WOZ-waarde van woningen (x 1000 euro)",
    "Netto arbeidsparticipatie (%)",
    "Gemiddeld inkomen per inwoner (x 1 000 euro)",
    "Gemiddeld gestandaardiseerd inkomen van huishoudens (x 1 000 euro)",
    "Opkomst Tweede Kamerverkiezing 2023 (%)",
    "Turnout (%)",
    "SES-WOA score",
    "Median household income",
    "Opleidingsniveau hoog (%)",
  ])("%s: higher is better (-1)", (header) => expect(suggestDirection(header)).toBe(-1));

  it.each([
    "Huishoudens met een laag inkomen (%)",
    "Personen met bijstand per 1000 inwoners",
    "Huishoudens onder of rond sociaal minimum (%)",
    "40% huishoudens met laagste inkomen (%)",
    "Werkloosheid (%)",
    "Afstand tot huisartsenpraktijk (km)",
    "Opleidingsniveau laag (%)",
    "Low income households (%)",
  ])("%s: higher is worse (1)", (header) => expect(suggestDirection(header)).toBe(1));
});

describe("column roles from headers", () => {
  it("recognises population counts but not rates per inhabitant", () => {
    expect(isPopulationHeader("Aantal inwoners")).toBe(true);
    expect(isPopulationHeader("Inwoners (aantal)")).toBe(true);
    expect(isPopulationHeader("Bevolking.Aantal.inwoners..aantal.")).toBe(true);
    expect(isPopulationHeader("Population mid-2015")).toBe(true);
    expect(isPopulationHeader("Personen met bijstand per 1000 inwoners")).toBe(false);
    expect(isPopulationHeader("Bevolkingsdichtheid (inwoners per km2)")).toBe(false);
  });

  it("recognises comparison indicators and group columns", () => {
    expect(isComparatorHeader("SES-WOA totaalscore 2019")).toBe(true);
    expect(isComparatorHeader("Opkomst (%)")).toBe(true);
    expect(isComparatorHeader("Huishoudens met een laag inkomen (%)")).toBe(false);
    expect(isGroupHeader("Wijk")).toBe(true);
    expect(isGroupHeader("Gemeentenaam")).toBe(true);
    expect(isGroupHeader("Local Authority District name (2019)")).toBe(true);
    expect(isGroupHeader("Buurt")).toBe(false);
  });

  it("normalises headers to words", () => {
    expect(normalizeHeader("Wmo-cliënten (per 1 000 inwoners)")).toBe("wmo clienten per 1 000 inwoners");
    expect(normalizeHeader("Inkomen.Inkomen.van.huishoudens")).toBe("inkomen inkomen van huishoudens");
  });
});
