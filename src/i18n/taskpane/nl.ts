import { nl as engine } from "../engine/nl";
import type { Strings } from "./en";
import { sentence } from "../sentence";
import { map } from "./map.nl";
import { panels } from "./panels.nl";

/** Every text of the task pane and of the sheets it writes, in Dutch (terms from docs/glossary.md). */
export const nl: Strings = {
  app: {
    title: "MDI voor Excel",
    intro:
      "Meervoudige achterstandsindex uit de gegevens in deze werkmap. Rang 1 en deciel 1 zijn altijd de gebieden met de meeste achterstand.",
    language: "Taal",
    languages: { nl: "Nederlands", en: "English" },
    steps: "Stappen",
    privacy: "Alles wordt in deze werkmap berekend; er wordt niets verstuurd.",
    outsideExcel:
      "Deze pagina is het taakvenster van de MDI-invoegtoepassing voor Excel. Open het vanuit Excel, of open preview.html om het in de browser te proberen.",
    unavailable: (message: string) =>
      `De verbinding met de werkmap kon niet worden gemaakt: ${message}. Sluit het taakvenster en open het opnieuw.`,
  },
  steps: {
    data: "Gegevens",
    domains: "Domeinen",
    weights: "Weging",
    compute: "Bereken",
    compare: "Samenhang",
  },
  data: {
    heading: "1. Gegevens",
    intro: "Eén rij per gebied met een kopregel: selecteer het bereik (met de kopregel) of kies een Excel-tabel.",
    useSelection: "Selectie gebruiken",
    table: "Excel-tabel",
    tablePlaceholder: "Kies een tabel",
    noTables: "Deze werkmap heeft geen Excel-tabellen; selecteer een bereik.",
    useTable: "Tabel gebruiken",
    reading: "Gegevens lezen…",
    summary: (rows: number, columns: number, where: string) =>
      `${rows} rijen × ${columns} kolommen gelezen uit ${where}.`,
    nothingRead: "Nog geen gegevens gelezen.",
    areaColumn: "Gebiedskolom",
    areaHint: "Namen of codes van de gebieden (buurten, wijken, gemeenten).",
    populationColumn: "Kolom met inwoners",
    populationHint: "Aantal inwoners per gebied; bewaard voor samenvattingen en verdeling.",
    groupsFound: (names: string) => `Kolommen die gebieden groeperen: ${names}.`,
    noGroupsFound: "Geen kolom gevonden die gebieden groepeert (zoals gemeente of wijk).",
    none: "(geen)",
    columnsHeading: "Numerieke kolommen",
    columnHeader: "Kolom",
    missingHeader: "Ontbrekend",
    useHeader: "Gebruik",
    missing: (count: number, rows: number) => `${count} van ${rows}`,
    textCells: (count: number) => `${count} cellen met tekst`,
    usedAsIndicator: "indicator",
    usedAsComparator: "vergelijking",
    unused: "niet gebruikt",
    restored: "De opgeslagen instellingen van deze werkmap zijn hersteld.",
    reselect: (where: string) =>
      `Deze werkmap bewaart instellingen voor ${where}. Selecteer dat bereik en kies "Selectie gebruiken" om ermee verder te gaan.`,
    rereadTable: (table: string) => `Tabel ${table} uit de instellingen van deze werkmap wordt gelezen…`,
  },
  domains: {
    heading: "2. Domeinen en indicatoren",
    intro:
      "Wijs elke numerieke kolom toe aan een domein of laat hem ongebruikt. De voorstellen komen uit de kolomkoppen; controleer ze.",
    domainSet: "Domeinen",
    domainSets: {
      nl: "Nederland: 7 MDI-domeinen",
      england: "Engeland (IoD): 7 domeinen",
      scotland: "Schotland (SIMD): 7 domeinen",
      wales: "Wales (WIMD): 8 domeinen",
      "northern-ireland": "Noord-Ierland (NIMDM): 7 domeinen",
    },
    indicatorsHeading: "Indicatoren",
    domainOf: (column: string) => `Domein van ${column}`,
    notUsed: "Niet gebruikt",
    direction: "Richting",
    directionOf: (column: string) => `Hoger is gunstiger: ${column}`,
    higherIsWorse: "Hoger is ongunstiger",
    higherIsBetter: "Hoger is gunstiger",
    missing: (count: number) => (count === 1 ? "1 ontbrekende waarde" : `${count} ontbrekende waarden`),
    noNumericColumns: "De gegevens hebben geen numerieke kolommen om als indicator te gebruiken.",
    selectionHeading: "Domeinselectie",
    domainSwitch: (domain: string, count: number) =>
      count === 1 ? `${domain} (1 indicator)` : `${domain} (${count} indicatoren)`,
    noIndicators: (domain: string) => `${domain} heeft geen indicatoren en doet niet mee.`,
  },
  domainLabels: {
    inkomen: "Inkomen",
    werk: "Werk",
    opleiding: "Opleiding",
    gezondheid: "Gezondheid",
    veiligheid: "Veiligheid",
    huisvesting: "Huisvesting",
    woonomgeving: "Woonomgeving",
    income: "Inkomen",
    employment: "Werk",
    education: "Opleiding en vaardigheden",
    health: "Gezondheid en beperking",
    crime: "Criminaliteit",
    barriers: "Drempels tot wonen en voorzieningen",
    living: "Leefomgeving",
    access: "Bereikbaarheid van voorzieningen",
    housing: "Huisvesting",
    safety: "Veiligheid",
    physical: "Fysieke omgeving",
  },
  weights: {
    heading: "3. Weging en methode",
    preset: "Voorinstelling",
    presets: {
      equal: "Gelijke weging",
      "nl-unofficial": "NL — niet-officieel (Engelse gewichten op de Nederlandse domeinen)",
      england: "Engeland IoD 2019/2025",
      scotland: "Schotland SIMD 2020",
      wales: "Wales WIMD 2019",
      "northern-ireland": "Noord-Ierland NIMDM 2017",
      custom: "Eigen weging",
    },
    unofficial:
      "Niet-officieel: de gewichten van de Nederlandse MDI (Het PON & Telos) zijn niet openbaar; deze weging is een keuze, niet de gepubliceerde index.",
    weightOf: (domain: string) => `Gewicht van ${domain}`,
    sliderOf: (domain: string) => `Gewicht van ${domain}, schuifregelaar`,
    share: (percent: string) => `effectief ${percent} %`,
    sum: "Som van de gewichten",
    asGiven:
      "De IoD-methode gebruikt de gewichten zoals opgegeven (de Engelse tellen op tot 0,999); de effectieve gewichten zijn hun aandelen.",
    renormalised: "Deze methode herschaalt de gewichten naar som 1: de effectieve gewichten tellen.",
    notANumber: "Geen getal: typ bijvoorbeeld 0,25.",
    negative: "Een gewicht kan niet negatief zijn: gebruik 0 om een domein geen gewicht te geven.",
    allZero: "Alle gewichten zijn 0: geef minstens één domein een gewicht groter dan 0.",
    noDomains: "Nog geen domein heeft indicatoren: wijs indicatoren toe in stap 2.",
    method: "Indexmethode",
    methods: {
      exp: "IoD: exponentiële transformatie van de domeinrangen, gewogen som (standaard)",
      mean: "Gewogen gemiddelde van de domeinscores",
      geomean: "Gewogen meetkundig gemiddelde (domeinscores herschaald naar 1–100)",
    },
    normalization: "Normalisering van indicatoren",
    normalizations: {
      z: "z-score",
      rankit: "Rankit (normaalscores van de rangen)",
      minmax: "Min-max (0–100)",
      percentile: "Percentielrang (0–1)",
    },
    group: "Lokale decielen binnen",
    groupHint: "Een groter gebied (gemeente, wijk …): voegt het deciel van elk gebied binnen zijn groep toe.",
    noGroup: "Geen lokale decielen",
    missing: {
      heading: "Ontbrekende waarden",
      intro:
        "Het CBS laat kleine aantallen weg, dus tabellen hebben gaten. Een gebied krijgt een score over de cijfers die het heeft als genoeg van het gewicht aanwezig is; een ontbrekende waarde telt nooit als 0.",
      indicators: "Binnen een domein: minstens dit deel van het indicatorgewicht (%)",
      domains: "Over de domeinen: minstens dit deel van het domeingewicht (%)",
      shareHint: "100 % = alleen gebieden met alle cijfers. Standaard 65 % (de regel van de JRC COIN Tool).",
      fill: "Lege cellen aanvullen met het gemiddelde van de groep (=MDI.AANVULLEN)",
      fillHint: (group: string) =>
        `Een lege cel krijgt het naar inwoners gewogen gemiddelde van dezelfde ${group}. Een gebied zonder enig eigen cijfer (een park, een haven) wordt niet aangevuld en krijgt geen score. De aangevulde waarden zijn schattingen, geen gepubliceerde cijfers.`,
      fillNeedsGroup:
        "Aanvullen gebruikt het gemiddelde van de groep: kies eerst een kolom bij Lokale decielen binnen.",
      outcome: (scored: number, rows: number) => `Met deze regels krijgen ${scored} van de ${rows} gebieden een score.`,
    },
  },
  compute: {
    heading: "4. Bereken",
    output: "Resultaten als",
    outputs: {
      formulas: "Live formules (volgen wijzigingen in de gegevens)",
      values: "Waarden (een vaste momentopname)",
    },
    profileArea: "Domeinprofiel van",
    mostDeprived: "Het gebied met de meeste achterstand (rang 1)",
    scatterComparator: "Grafiek van de MDI tegen",
    noComparator: "(geen grafiek)",
    button: "Bereken",
    busy: "Berekenen en schrijven…",
    done: (rows: number, sheets: string) => `Klaar: ${rows} gebieden geschreven naar ${sheets}.`,
    blocked: "Voordat u kunt berekenen:",
    unscored: (count: number, inhabitants: string | null, withoutData: number, belowRule: number) =>
      `${count === 1 ? "1 gebied krijgt" : `${count} gebieden krijgen`} geen score${inhabitants === null ? "" : ` (${inhabitants} inwoners)`}: ${withoutData} zonder enig cijfer, ${belowRule} met minder dan het vereiste deel van het gewicht. Stap 3, Ontbrekende waarden, bepaalt de regel.`,
    smallGroups: (groups: number, group: string) =>
      `In ${groups} ${groups === 1 ? "groep" : "groepen"} (${group}) hebben minder dan 10 gebieden een score: de lokale decielen kunnen daar niet over 1–10 spreiden (een groep met één gebied zet het in deciel 10). Lees ze met zorg.`,
    replaceTitle: "Bladen vervangen?",
    replaceIntro: "De invoegtoepassing schrijft resultaten alleen op haar eigen bladen. Deze bestaan al:",
    edited: (sheet: string) =>
      `${sheet}: gemaakt door de invoegtoepassing en daarna met de hand gewijzigd. De wijzigingen gaan verloren.`,
    foreign: (sheet: string) =>
      `${sheet}: een blad dat de invoegtoepassing niet heeft gemaakt. De inhoud wordt vervangen.`,
    replaceQuestion: "Verder verandert er niets in de werkmap. Deze bladen vervangen?",
    replace: "Vervangen",
    cancel: "Annuleren",
    cancelled: "Er is niets geschreven.",
  },
  compare: {
    heading: "6. Samenhang",
    intro: "Vergelijk de MDI met andere indicatoren, zoals opkomst of de SES-score.",
    comparators: "Vergelijkingsindicatoren",
    noCandidates: "Er zijn geen numerieke kolommen over om mee te vergelijken.",
    noneChosen: "Kies minstens één vergelijkingsindicator.",
    button: "Samenhang berekenen",
    busy: "Berekenen…",
    done: (sheet: string) => `Geschreven naar het blad ${sheet}.`,
    caveat: "Samenhang zegt niets over causaliteit.",
    failed: (column: string, reason: string) => `${column}: niet berekend (${reason})`,
    tableCaption: "Samenhang van de MDI met vergelijkingsindicatoren, sterkste eerst",
    strength: "Sterkte",
    interval: "95 %-interval",
    details: (n: number, p: string, low: string, high: string) => `n = ${n} · p ${p} · 95 %: ${low} … ${high}`,
  },
  strength: engine.strength,
  method: {
    heading: "Methode",
    unofficial: "niet-officieel",
    data: (where: string, rows: number, area: string) => `Gegevens: ${where}, ${rows} gebieden; gebiedskolom: ${area}.`,
    domains: (preset: string) => `Domeinen en gewichten (${preset}):`,
    domain: (domain: string, weight: string, indicators: string) => `${domain} (gewicht ${weight}): ${indicators}.`,
    higherIsBetter: (column: string) => `${column} (hoger is gunstiger)`,
    indicators: (normalization: string) =>
      `Indicatoren zijn zo gericht dat hoger = meer achterstand, genormaliseerd (${normalization}) en per domein gelijk gewogen gemiddeld.`,
    exp: (sum: string) =>
      `Index: de domeinscores worden gerangschikt en exponentieel getransformeerd (IoD, 0–100) en opgeteld met de gewichten zoals opgegeven (som ${sum}).`,
    mean: "Index: gewogen gemiddelde van de domeinscores (gewichten herschaald naar som 1).",
    geomean:
      "Index: gewogen meetkundig gemiddelde van de domeinscores na min-max-herschaling naar 1–100 (gewichten herschaald naar som 1).",
    ranks:
      "Rang 1 = meeste achterstand; deciel = afgerond naar boven (10 · rang / N), deciel 1 = de 10 % gebieden met de meeste achterstand.",
    local: (group: string) => `Lokale decielen: hetzelfde binnen elke ${group}.`,
    missing:
      "Ontbrekende waarden: een gebied zonder waarde voor een gebruikte indicator krijgt geen score (een ontbrekende waarde telt nooit als 0 of als minste achterstand).",
    coverageRule: (indicators: string, domains: string, coverage: string) =>
      `Ontbrekende waarden: een gebied krijgt een score als de indicatoren die het heeft minstens ${indicators} van het indicatorgewicht van een domein dragen en de domeinen die het heeft minstens ${domains} van het domeingewicht, over wat het heeft met die gewichten herschaald (kolom ${coverage}: het aanwezige deel van het domeingewicht). Een ontbrekende waarde telt nooit als 0.`,
    filled: (group: string, cells: number | null) =>
      `Lege cellen zijn eerst aangevuld met het naar inwoners gewogen gemiddelde van dezelfde ${group} (=MDI.AANVULLEN)${cells === null ? "" : `: ${cells} ${cells === 1 ? "cel" : "cellen"}`}; gebieden zonder enig eigen cijfer niet. Dit zijn schattingen, geen gepubliceerde cijfers.`,
    unscored: (count: number, inhabitants: string | null, withoutData: number | null, belowRule: number) =>
      `Gebieden zonder score: ${count}${inhabitants === null ? "" : ` (${inhabitants} inwoners)`}${withoutData === null || count === 0 ? "" : `; ${withoutData} zonder enig cijfer, ${belowRule} met te weinig van het gewicht`}.`,
    formulas: (sheet: string) =>
      `Live formules (=MDI.DOMAIN, =MDI.SCORE, =MDI.RANK, =MDI.DECILE) op het blad '${sheet}' volgen wijzigingen in de gegevens; de tellingen en het profiel in de grafieken zijn van het moment van berekenen.`,
    values:
      "Waarden: een momentopname van het moment van berekenen; kies opnieuw Bereken na het wijzigen van de gegevens.",
    version: (version: string, date: string) => `Berekend met MDI voor Excel ${version} op ${date}.`,
  },
  sheet: {
    title: "Meervoudige achterstandsindex (MDI)",
    legend:
      "Rang 1 en deciel 1 = meeste achterstand (deciel 1 = de 10 % gebieden met de meeste achterstand). Leeg = geen score. Dekking onder 100 % (gekleurd): score over een deel van de gegevens.",
    coverage: "Dekking",
    area: "Gebied",
    score: "MDI-score",
    rank: "Rang",
    decile: "Deciel (landelijk)",
    groupDecile: (group: string) => `Deciel binnen ${group}`,
    sourceValue: (indicator: string) => `${indicator} (bron)`,
    filledValue: (indicator: string) => `${indicator} (aangevuld)`,
    decileNumber: (decile: number) => `Deciel ${decile}`,
    areas: "Gebieden",
    average: "Gemiddelde van alle gebieden",
    domain: "Domein",
    decileChart: "Gebieden per landelijk deciel (1 = meeste achterstand)",
    decileByGroupChart: (group: string) => `Gebieden per landelijk deciel, per ${group} (1 = meeste achterstand)`,
    profileChart: (area: string) => `Domeinprofiel van ${area} tegen het gemiddelde`,
    profileAxis: "Domeinscore (hoger = meer achterstand)",
    scatterChart: (comparator: string, r: string) => `MDI en ${comparator} (r = ${r})`,
    calculationNote:
      "Rekenblad van MDI voor Excel: de formules hier voeden het blad MDI. Wijzig de brongegevens, niet dit blad.",
    notInUse:
      "Niet in gebruik: het blad MDI bevat waarden. Kies live formules en Bereken om dit blad weer te gebruiken.",
    correlationTitle: "Samenhang van de MDI met vergelijkingsindicatoren",
    correlationCaveat: "Samenhang zegt niets over causaliteit.",
    correlationMethod:
      "Pearson r en Spearman ρ (Pearson van gemiddelde rangen) over de gebieden met beide waarden; tweezijdige p; 95 %-betrouwbaarheidsinterval met Fishers z; sterkte volgens Cohen: |r| < 0,1 verwaarloosbaar, < 0,3 zwak, < 0,5 matig, ≥ 0,5 sterk.",
    correlationChart: "Samenhang met de MDI (Pearson r en Spearman ρ)",
    coefficient: "Correlatiecoëfficiënt",
    comparator: "Vergelijkingsindicator",
    n: "n",
    pearson: "Pearson r",
    spearman: "Spearman ρ",
    p: (method: string) => `p (${method})`,
    low: (method: string) => `95 %-interval laag (${method})`,
    high: (method: string) => `95 %-interval hoog (${method})`,
    strength: (method: string) => `Sterkte (${method})`,
    notComputed: (list: string) => `Niet berekend: ${list}.`,
  },
  problems: {
    noArea: "Kies de gebiedskolom in stap 1.",
    tooFewRows: (rows: number) => `De gegevens hebben ${rows} rijen; een index vraagt minstens 2 gebieden.`,
    noDomains: "Wijs in stap 2 minstens één indicator toe aan een ingeschakeld domein.",
    weight: (domain: string) => `Controleer het gewicht van ${domain} in stap 3.`,
    weightsZero: "Alle gewichten zijn 0: geef in stap 3 minstens één domein een gewicht groter dan 0.",
    textInIndicator: (column: string, row: number, value: string) =>
      `${column} bevat tekst in gegevensrij ${row} ("${value}"). Maak zulke cellen leeg (een ontbrekende waarde blijft ontbrekend) of laat de indicator weg.`,
    textBetweenIndicators: (domain: string, column: string) =>
      `De indicatoren van ${domain} staan niet naast elkaar, en de kolom "${column}" ertussen bevat tekst, die live formules niet kunnen overslaan. Zet de indicatorkolommen bij elkaar, of kies waarden in stap 4.`,
  },
  errors: {
    title: "Er ging iets mis",
    read: (message: string, advised = false) =>
      `De gegevens konden niet worden gelezen: ${sentence(message)}` +
      (advised ? "" : " Selecteer een bereik met een kopregel (of kies een tabel) en probeer het opnieuw."),
    write: (message: string, advised = false) =>
      `De resultaten konden niet worden geschreven: ${sentence(message)} Uw gegevens zijn niet gewijzigd.` +
      (advised ? "" : " Sluit andere dialoogvensters in Excel en probeer het opnieuw."),
    settings: (message: string) =>
      `De instellingen in deze werkmap konden niet worden gelezen of bewaard: ${message}. De resultaten zijn niet aangetast.`,
    compute: (where: string, message: string) => `${where}: ${message}`,
    domainWhere: (domain: string) => `Domein ${domain}`,
    indexWhere: "Index",
    comparatorWhere: (column: string) => `Vergelijking met ${column}`,
    dismiss: "Sluiten",
  },
  // ── "Ongelijk investeren" (verdeling) en briefing ──────────────────────────────────────────────
  map,
  ...panels,
  safety: {
    changesIntro: "Gewijzigd:",
    cells: (address: string) => `cellen ${address}`,
    table: (name: string) => `tabel “${name}”`,
    chart: (name: string) => `grafiek “${name}”`,
    shape: (name: string) => `vorm “${name}”`,
    newSheets: (names: string) => `Naar nieuwe bladen schrijven (${names})`,
    writtenToNew: (names: string) => `De resultaten staan op ${names}; de bestaande bladen zijn niet gewijzigd.`,
    dataSheetKept: (data: string, to: string) =>
      `Uw gegevens staan op het blad “${data}”, dat de naam van een resultatenblad heeft: de resultaten staan daarom op “${to}”, en uw gegevens zijn niet gewijzigd.`,
  },
  lists: {
    showMore: (shown: number, total: number) =>
      `Meer tonen (${shown.toLocaleString("nl-NL")} van ${total.toLocaleString("nl-NL")} getoond)`,
  },
};
