/** @jest-environment jsdom */
/**
 * The task pane against the in-memory workbook, used as people use it: by
 * role and accessible name, in Dutch and English.
 */
import * as React from "react";
import { configure, fireEvent, render, screen, within, waitFor } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import "@testing-library/jest-dom";
import { TaskPane } from "../../src/taskpane/TaskPane";
import { CONFIG_SETTING, type MdiConfig } from "../../src/taskpane/model/config";
import type { MemoryWorkbook } from "../../src/preview/memory/memoryWorkbook";
import { recordingPort } from "./fakePort";
import { CBS_HEADERS, CBS_ROWS, sampleWorkbook } from "./fixtures";
import { INDICATOR_SHARE, requireCompleteData } from "./missingRule";
import { installResizeObserver } from "../support/resizeObserver";

const WETERINGBUURT = 4; // the sample's buurt without a participation figure

// Fluent renders slowly in jsdom: wait up to 5 s for what the pane shows after a port call.
configure({ asyncUtilTimeout: 5000 });

beforeAll(installResizeObserver);

/**
 * The open dialog and its buttons. Fluent's focus manager (tabster) marks an open dialog
 * aria-hidden after a timer in jsdom, whose focus events differ from a browser's, so these
 * queries include hidden elements; the e2e test finds the dialog by role in Chromium.
 */
async function findDialog(name: string) {
  const dialog = await screen.findByRole("alertdialog", { hidden: true });
  expect(dialog).toHaveAttribute("aria-modal", "true");
  expect(within(dialog).getByRole("heading", { hidden: true })).toHaveTextContent(name);
  return dialog;
}

function dialogButton(dialog: HTMLElement, name: string) {
  return within(dialog).getByRole("button", { name, hidden: true });
}

const LOW_INCOME = "Huishoudens met een laag inkomen (%)";
const BIJSTAND = "Personen met bijstand per 1000 inwoners";
const WOZ = "Gemiddelde WOZ-waarde van woningen (x 1000 euro)";
const PARTICIPATION = "Netto arbeidsparticipatie (%)";
const DISTANCE = "Afstand tot huisartsenpraktijk (km)";

async function readSelection(user: UserEvent, label = "Selectie gebruiken") {
  await user.click(screen.getByRole("button", { name: label }));
  return screen.findByRole("status");
}

async function openStep(user: UserEvent, name: string) {
  await user.click(screen.getByRole("tab", { name }));
}

async function choose(user: UserEvent, combobox: HTMLElement, option: string) {
  await user.click(combobox);
  await user.click(await screen.findByRole("option", { name: option }));
}

function sheet(workbook: MemoryWorkbook, name: string) {
  return workbook.model.sheets.find((s) => s.name === name);
}

describe("data step", () => {
  it("reads the selection and says what it found", async () => {
    const user = userEvent.setup();
    render(<TaskPane port={sampleWorkbook()} language="nl" />);
    expect(screen.getByRole("tab", { name: "Domeinen" })).toBeDisabled();
    expect(await readSelection(user)).toHaveTextContent("12 rijen × 9 kolommen gelezen uit Buurten!A1:I13.");
    expect(screen.getByRole("combobox", { name: /Gebiedskolom/ })).toHaveTextContent("Buurt");
    expect(screen.getByRole("combobox", { name: /Kolom met inwoners/ })).toHaveTextContent("Aantal inwoners");
    expect(screen.getByText("Kolommen die gebieden groeperen: Wijk.")).toBeInTheDocument();
    const columns = screen.getByRole("table", { name: "Numerieke kolommen" });
    const participation = within(columns).getByRole("row", { name: new RegExp(PARTICIPATION.replace(/[()%]/g, ".")) });
    expect(participation).toHaveTextContent("1 van 12");
    expect(participation).toHaveTextContent("indicator: Werk");
    expect(screen.getByRole("tab", { name: "Domeinen" })).toBeEnabled();
  });

  it("shows what to do when Excel cannot read the selection", async () => {
    const user = userEvent.setup();
    const port = recordingPort(sampleWorkbook(), { readSelection: new Error("Selecteer eerst cellen") });
    render(<TaskPane port={port} language="nl" />);
    await user.click(screen.getByRole("button", { name: "Selectie gebruiken" }));
    expect(
      await screen.findByText(
        "De gegevens konden niet worden gelezen: Selecteer eerst cellen. Selecteer een bereik met een kopregel (of kies een tabel) en probeer het opnieuw.",
      ),
    ).toBeInTheDocument();
  });

  it("reads an Excel table", async () => {
    const user = userEvent.setup();
    const workbook = sampleWorkbook();
    workbook.model.sheets[0].tables.push({ name: "Tabel1", address: "A1:I13" });
    render(<TaskPane port={workbook} language="en" />);
    const table = await screen.findByRole("combobox", { name: "Excel table" });
    await waitFor(() => expect(table).toHaveTextContent("Tabel1"));
    await user.click(screen.getByRole("button", { name: "Use table" }));
    expect(await screen.findByRole("status")).toHaveTextContent(
      "12 rows × 9 columns read from Tabel1 (Buurten!A1:I13).",
    );
  });
});

describe("domains step", () => {
  it("suggests a domain for each CBS header and a direction for the obvious cases", async () => {
    const user = userEvent.setup();
    render(<TaskPane port={sampleWorkbook()} language="nl" />);
    await readSelection(user);
    await openStep(user, "Domeinen");
    const domainOf = (column: string) => screen.getByRole("combobox", { name: `Domein van ${column}` });
    expect(domainOf(LOW_INCOME)).toHaveTextContent("Inkomen");
    expect(domainOf(BIJSTAND)).toHaveTextContent("Inkomen");
    expect(domainOf(PARTICIPATION)).toHaveTextContent("Werk");
    expect(domainOf(WOZ)).toHaveTextContent("Huisvesting");
    expect(domainOf(DISTANCE)).toHaveTextContent("Woonomgeving");
    expect(domainOf("SES-WOA score")).toHaveTextContent("Niet gebruikt");

    const better = (column: string) => screen.getByRole("switch", { name: `Hoger is gunstiger: ${column}` });
    expect(better(WOZ)).toBeChecked();
    expect(better(PARTICIPATION)).toBeChecked();
    expect(better(LOW_INCOME)).not.toBeChecked();
    expect(better(DISTANCE)).not.toBeChecked();
    expect(better("SES-WOA score")).toBeDisabled(); // not used: no direction to set
  });

  it("toggles a direction, reassigns an indicator and switches a domain off", async () => {
    const user = userEvent.setup();
    render(<TaskPane port={sampleWorkbook()} language="nl" />);
    await readSelection(user);
    await openStep(user, "Domeinen");
    const distance = screen.getByRole("switch", { name: `Hoger is gunstiger: ${DISTANCE}` });
    await user.click(distance);
    expect(distance).toBeChecked();

    await choose(user, screen.getByRole("combobox", { name: `Domein van ${BIJSTAND}` }), "Werk");
    expect(screen.getByRole("switch", { name: "Werk (2 indicatoren)" })).toBeChecked();
    expect(screen.getByRole("switch", { name: "Inkomen (1 indicator)" })).toBeChecked();

    await user.click(screen.getByRole("switch", { name: "Woonomgeving (1 indicator)" }));
    await openStep(user, "Weging");
    expect(screen.queryByRole("textbox", { name: "Gewicht van Woonomgeving" })).not.toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Gewicht van Werk" })).toHaveValue("0,333");
  });
});

describe("weights step", () => {
  async function weights(user: UserEvent) {
    render(<TaskPane port={sampleWorkbook()} language="nl" />);
    await readSelection(user);
    await openStep(user, "Weging");
  }

  it("explains a negative weight and a weight that is not a number in the field", async () => {
    const user = userEvent.setup();
    await weights(user);
    const income = screen.getByRole("textbox", { name: "Gewicht van Inkomen" });
    await user.clear(income);
    await user.type(income, "-1");
    expect(income).toHaveAttribute("aria-invalid", "true");
    expect(income).toHaveAccessibleDescription(
      expect.stringContaining("Een gewicht kan niet negatief zijn: gebruik 0 om een domein geen gewicht te geven."),
    );
    await user.clear(income);
    await user.type(income, "veel");
    expect(income).toHaveAccessibleDescription(expect.stringContaining("Geen getal: typ bijvoorbeeld 0,25."));
    await user.clear(income);
    await user.type(income, "0,4");
    expect(income).not.toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("combobox", { name: "Voorinstelling" })).toHaveTextContent("Eigen weging");

    await openStep(user, "Bereken");
    expect(screen.getByRole("button", { name: "Bereken" })).toBeEnabled();
  });

  it("refuses all weights 0 and blocks computing with the reason", async () => {
    const user = userEvent.setup();
    await weights(user);
    for (const domain of ["Inkomen", "Werk", "Huisvesting", "Woonomgeving"]) {
      const field = screen.getByRole("textbox", { name: `Gewicht van ${domain}` });
      await user.clear(field);
      await user.type(field, "0");
    }
    const sum = screen.getByRole("textbox", { name: "Som van de gewichten" });
    expect(sum).toHaveValue("0");
    expect(sum).toHaveAccessibleDescription(expect.stringContaining("Alle gewichten zijn 0"));
    await openStep(user, "Bereken");
    expect(screen.getByRole("button", { name: "Bereken" })).toBeDisabled();
    expect(
      screen.getByText("Alle gewichten zijn 0: geef in stap 3 minstens één domein een gewicht groter dan 0."),
    ).toBeInTheDocument();
  });

  it("shows the sum and the effective weights, and moves a weight with its slider", async () => {
    const user = userEvent.setup();
    await weights(user);
    expect(screen.getByRole("textbox", { name: "Som van de gewichten" })).toHaveValue("1");
    const income = screen.getByRole("textbox", { name: "Gewicht van Inkomen" });
    expect(income).toHaveAccessibleDescription(expect.stringContaining("effectief 25 %"));
    const slider = screen.getByRole("slider", { name: "Gewicht van Inkomen, schuifregelaar" });
    expect(slider).toHaveValue("0.25");
    fireEvent.change(slider, { target: { value: "0.4" } });
    expect(income).toHaveValue("0,4");
    expect(screen.getByRole("textbox", { name: "Som van de gewichten" })).toHaveValue("1,15");
  });

  it("switches presets: England's domains and published weights, then NL — niet-officieel", async () => {
    const user = userEvent.setup();
    await weights(user);
    expect(screen.getByRole("combobox", { name: "Voorinstelling" })).toHaveTextContent("Gelijke weging");
    await choose(user, screen.getByRole("combobox", { name: "Voorinstelling" }), "Engeland IoD 2019/2025");
    expect(screen.getByRole("textbox", { name: "Gewicht van Inkomen" })).toHaveValue("0,225");
    expect(screen.getByRole("textbox", { name: "Gewicht van Werk" })).toHaveValue("0,225");
    // WOZ value and the distance both belong to England's "barriers to housing and services".
    expect(screen.getByRole("textbox", { name: "Gewicht van Drempels tot wonen en voorzieningen" })).toHaveValue(
      "0,093",
    );
    expect(screen.queryByText(/Niet-officieel:/)).not.toBeInTheDocument();

    await choose(
      user,
      screen.getByRole("combobox", { name: "Voorinstelling" }),
      "NL — niet-officieel (Engelse gewichten op de Nederlandse domeinen)",
    );
    expect(screen.getByRole("textbox", { name: "Gewicht van Woonomgeving" })).toHaveValue("0,093");
    expect(screen.getByRole("textbox", { name: "Gewicht van Huisvesting" })).toHaveValue("0,093");
    expect(screen.getByText(/^Niet-officieel: de gewichten van de Nederlandse MDI/)).toBeInTheDocument();
  });
});

describe("language", () => {
  it("is complete in English and switches to Dutch in the pane", async () => {
    const user = userEvent.setup();
    render(<TaskPane port={sampleWorkbook()} language="en" />);
    expect(screen.getByRole("heading", { name: "MDI for Excel", level: 1 })).toBeInTheDocument();
    await readSelection(user, "Use selection");
    await openStep(user, "Domains");
    expect(screen.getByRole("combobox", { name: `Domain of ${LOW_INCOME}` })).toHaveTextContent("Income");
    expect(screen.getByRole("switch", { name: `Higher is better: ${WOZ}` })).toBeChecked();

    await choose(user, screen.getByRole("combobox", { name: "Language" }), "Nederlands");
    expect(screen.getByRole("heading", { name: "MDI voor Excel", level: 1 })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Weging" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: `Domein van ${LOW_INCOME}` })).toHaveTextContent("Inkomen");
    expect(screen.getByRole("main")).toHaveAttribute("lang", "nl");
  });
});

describe("missing values", () => {
  it("shows how many areas the rule scores, and says after computing which areas have no score and why", async () => {
    const user = userEvent.setup();
    const workbook = sampleWorkbook();
    render(<TaskPane port={workbook} language="nl" />);
    await readSelection(user);
    await openStep(user, "Weging");
    expect(screen.getByRole("heading", { name: "Ontbrekende waarden" })).toBeInTheDocument();
    expect(screen.getByRole("spinbutton", { name: new RegExp(`^${INDICATOR_SHARE.slice(0, 20)}`) })).toHaveValue(
      "65",
    );
    expect(screen.getByText("Met deze regels krijgen 12 van de 12 gebieden een score.")).toBeInTheDocument();
    // Filling from the group is off by default and needs the group column (Wijk is chosen by default).
    expect(screen.getByRole("switch", { name: /^Lege cellen aanvullen/ })).not.toBeChecked();

    await requireCompleteData(user);
    await openStep(user, "Weging");
    expect(await screen.findByText("Met deze regels krijgen 11 van de 12 gebieden een score.")).toBeInTheDocument();
    await openStep(user, "Bereken");
    await user.click(screen.getByRole("button", { name: "Bereken" }));
    await screen.findByText(/^Klaar/);
    const people = (CBS_ROWS[WETERINGBUURT][CBS_HEADERS.indexOf("Aantal inwoners")] as number).toLocaleString("nl-NL");
    expect(
      screen.getByText(
        `1 gebied krijgt geen score (${people} inwoners): 0 zonder enig cijfer, 1 met minder dan het vereiste deel van het gewicht. Stap 3, Ontbrekende waarden, bepaalt de regel.`,
        { exact: false },
      ),
    ).toBeInTheDocument();
  });

  it("fills blanks from the wijk when asked, and says so in the Methode block", async () => {
    const user = userEvent.setup();
    const workbook = sampleWorkbook();
    render(<TaskPane port={workbook} language="nl" />);
    await readSelection(user);
    await requireCompleteData(user);
    await openStep(user, "Weging");
    await user.click(screen.getByRole("switch", { name: /^Lege cellen aanvullen/ }));
    // Weteringbuurt gets its wijk's participation, so all 12 are scored even under the strict rule.
    expect(await screen.findByText("Met deze regels krijgen 12 van de 12 gebieden een score.")).toBeInTheDocument();
    await openStep(user, "Bereken");
    await user.click(screen.getByRole("button", { name: "Bereken" }));
    await screen.findByText(/^Klaar/);
    const calc = sheet(workbook, "MDI berekening")!;
    // One =MDI.IMPUTE over the source indicators (columns before it), min_values 1; the domains read its spill.
    const formulas = calc.cells[1].map((c) => String(c?.formula ?? ""));
    const impute = formulas.findIndex((f) => f.startsWith("=MDI.IMPUTE("));
    expect(formulas[impute]).toMatch(/^=MDI\.IMPUTE\(A2:E13,IF\(ISBLANK\(Buurten!\$B\$2:\$B\$13\).*,1\)$/);
    expect(formulas.slice(0, impute).every((f) => f.startsWith("=IF(ISBLANK(Buurten!"))).toBe(true);
    expect(formulas.find((f) => f.startsWith("=MDI.DOMAIN("))).toMatch(/^=MDI\.DOMAIN\(F2:G13,/);
    const text = sheet(workbook, "MDI")!.cells.flat().map((c) => c?.value);
    expect(text).toContain(
      "Lege cellen zijn eerst aangevuld met het naar inwoners gewogen gemiddelde van dezelfde Wijk (=MDI.AANVULLEN): 1 cel; gebieden zonder enig eigen cijfer niet. Dit zijn schattingen, geen gepubliceerde cijfers.",
    );
  });
});

describe("compute", () => {
  it("writes the MDI sheet and its calculation sheet, and stores the configuration", async () => {
    const user = userEvent.setup();
    const workbook = sampleWorkbook();
    render(<TaskPane port={workbook} language="nl" />);
    await readSelection(user);
    await openStep(user, "Bereken");
    expect(screen.getByRole("heading", { name: "Methode" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Bereken" }));
    expect(await screen.findByText("Klaar: 12 gebieden geschreven naar MDI berekening, MDI.")).toBeInTheDocument();
    // The default 65 % rule scores every buurt of the sample (Weteringbuurt over three of its four domains).
    expect(screen.queryByText(/geen score/)).not.toBeInTheDocument();
    // Four wijken of three buurten: their local deciles cannot reach decile 1, and the pane says so.
    expect(
      screen.getByText(
        "In 4 groepen (Wijk) hebben minder dan 10 gebieden een score: de lokale decielen kunnen daar niet over 1–10 spreiden (een groep met één gebied zet het in deciel 10). Lees ze met zorg.",
        { exact: false },
      ),
    ).toBeInTheDocument();
    const mdi = sheet(workbook, "MDI")!;
    expect(mdi.tables.map((t) => t.name)).toEqual(["MDI_Resultaten"]);
    expect(mdi.charts).toHaveLength(3);
    expect(await workbook.sheetState("MDI")).toBe("ours");
    const stored = (await workbook.loadSetting<MdiConfig>(CONFIG_SETTING))!;
    expect(stored.source).toEqual({ kind: "selection", sheet: "Buurten", address: "A1:I13" });
    expect(stored.indicators[WOZ]).toEqual({ domain: "huisvesting", direction: -1 });
  });

  it("writes values on request", async () => {
    const user = userEvent.setup();
    const workbook = sampleWorkbook();
    render(<TaskPane port={workbook} language="nl" />);
    await readSelection(user);
    await openStep(user, "Bereken");
    await user.click(screen.getByRole("radio", { name: "Waarden (een vaste momentopname)" }));
    await user.click(screen.getByRole("button", { name: "Bereken" }));
    await screen.findByText(/^Klaar/);
    expect(sheet(workbook, "MDI berekening")).toBeUndefined();
    const header = sheet(workbook, "MDI")!.cells[3].map((c) => c.value);
    const rank = header.indexOf("Rang");
    const ranks = sheet(workbook, "MDI")!
      .cells.slice(4, 16)
      .map((row) => row[rank].value)
      .filter((v) => v !== "");
    expect([...ranks].sort((a, b) => (a as number) - (b as number))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it("asks before replacing a sheet called MDI that the add-in did not make; cancel leaves it alone", async () => {
    const user = userEvent.setup();
    const workbook = sampleWorkbook();
    workbook.addSheet("MDI", [["Mijn eigen aantekeningen"]]);
    render(<TaskPane port={workbook} language="nl" />);
    await readSelection(user);
    await openStep(user, "Bereken");
    await user.click(screen.getByRole("button", { name: "Bereken" }));
    const dialog = await findDialog("Bladen vervangen?");
    expect(dialog).toHaveTextContent(
      "MDI: een blad dat de invoegtoepassing niet heeft gemaakt. De inhoud wordt vervangen.",
    );
    await user.click(dialogButton(dialog, "Annuleren"));
    expect(await screen.findByText("Er is niets geschreven.")).toBeInTheDocument();
    expect(sheet(workbook, "MDI")!.cells[0][0].value).toBe("Mijn eigen aantekeningen");
    expect(sheet(workbook, "MDI berekening")).toBeUndefined();

    await user.click(screen.getByRole("button", { name: "Bereken" }));
    await user.click(dialogButton(await findDialog("Bladen vervangen?"), "Vervangen"));
    await screen.findByText(/^Klaar/);
    expect(sheet(workbook, "MDI")!.tables[0].name).toBe("MDI_Resultaten");
  });

  it("asks again after the user edited the add-in's sheet", async () => {
    const user = userEvent.setup();
    const workbook = sampleWorkbook();
    render(<TaskPane port={workbook} language="en" />);
    await readSelection(user, "Use selection");
    await openStep(user, "Compute");
    await user.click(screen.getByRole("button", { name: "Compute" }));
    await screen.findByText(/^Done/);
    workbook.setCell("MDI", 0, 0, "My title");
    await user.click(screen.getByRole("button", { name: "Compute" }));
    const dialog = await findDialog("Replace sheets?");
    expect(dialog).toHaveTextContent("MDI: made by the add-in, then changed by hand. The changes will be lost.");
  });

  it("says what went wrong when Excel refuses the write, and writes nothing else", async () => {
    const user = userEvent.setup();
    const workbook = sampleWorkbook();
    const port = recordingPort(workbook, { writeSheets: new Error("The workbook is read-only") });
    render(<TaskPane port={port} language="en" />);
    await readSelection(user, "Use selection");
    await openStep(user, "Compute");
    await user.click(screen.getByRole("button", { name: "Compute" }));
    expect(
      await screen.findByText(
        "Could not write the results: The workbook is read-only. Your data is unchanged. Close other dialogs in Excel and try again.",
      ),
    ).toBeInTheDocument();
    expect(port.calls).not.toContain("saveSetting");
  });
});

describe("stored configuration", () => {
  it("is restored when the pane opens on a workbook whose data is an Excel table", async () => {
    const user = userEvent.setup();
    const workbook = sampleWorkbook();
    workbook.model.sheets[0].tables.push({ name: "Buurten", address: "A1:I13" });
    const first = render(<TaskPane port={workbook} language="nl" />);
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Excel-tabel" })).toHaveTextContent("Buurten"));
    await user.click(screen.getByRole("button", { name: "Tabel gebruiken" }));
    await screen.findByRole("status");
    await openStep(user, "Weging");
    const income = screen.getByRole("textbox", { name: "Gewicht van Inkomen" });
    await user.clear(income);
    await user.type(income, "0,5");
    await openStep(user, "Bereken");
    await user.click(screen.getByRole("button", { name: "Bereken" }));
    await screen.findByText(/^Klaar/);
    first.unmount();

    render(<TaskPane port={workbook} language="nl" />);
    expect(await screen.findByText("De opgeslagen instellingen van deze werkmap zijn hersteld.")).toBeInTheDocument();
    await openStep(user, "Weging");
    expect(screen.getByRole("textbox", { name: "Gewicht van Inkomen" })).toHaveValue("0,5");
    expect(screen.getByRole("combobox", { name: "Voorinstelling" })).toHaveTextContent("Eigen weging");
  });

  it("asks to select the stored range again when the data was a selection", async () => {
    const workbook = sampleWorkbook();
    await workbook.saveSetting(CONFIG_SETTING, {
      version: 1,
      source: { kind: "selection", sheet: "Buurten", address: "A1:I13" },
      domainSet: "nl",
      indicators: {},
      disabledDomains: [],
      weights: {},
      comparators: [],
    });
    render(<TaskPane port={workbook} language="en" />);
    expect(
      await screen.findByText(
        'This workbook stores settings for Buurten!A1:I13. Select that range and choose "Use selection" to continue with them.',
      ),
    ).toBeInTheDocument();
  });
});

describe("correlation step", () => {
  it("correlates the MDI with the SES score, shows the caveat and writes its sheet", async () => {
    const user = userEvent.setup();
    const workbook = sampleWorkbook();
    render(<TaskPane port={workbook} language="nl" />);
    await readSelection(user);
    await openStep(user, "Samenhang");
    expect(screen.getByText("Samenhang zegt niets over causaliteit.")).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: "SES-WOA score" })).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Samenhang berekenen" }));
    expect(await screen.findByText("Geschreven naar het blad MDI samenhang.")).toBeInTheDocument();
    const table = screen.getByRole("table", {
      name: "Samenhang van de MDI met vergelijkingsindicatoren, sterkste eerst",
    });
    const ses = within(table).getByRole("row", { name: /SES-WOA score/ });
    expect(ses).toHaveTextContent("n = 12"); // every buurt scored under the default rule
    expect(ses).toHaveTextContent("sterk");
    expect(sheet(workbook, "MDI samenhang")!.tables[0].name).toBe("MDI_Samenhang");

    await user.click(screen.getByRole("checkbox", { name: "SES-WOA score" }));
    expect(screen.getByRole("button", { name: "Samenhang berekenen" })).toBeDisabled();
    expect(screen.getByText("Kies minstens één vergelijkingsindicator.")).toBeInTheDocument();
  });
});
