/** @jest-environment jsdom */
/**
 * The "Ongelijk investeren" panel in the task pane, used as people use it (by
 * role and accessible name): inputs validated in their fields, rules and
 * their parameters, two rules side by side, the figures following every
 * change, and the sheet MDI verdeling written through the port. Expected
 * figures are worked out here from the sample's own numbers (docs/method.md §8).
 */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import "@testing-library/jest-dom";
import { TaskPane } from "../../src/taskpane/TaskPane";
import type { MemoryWorkbook } from "../../src/preview/memory/memoryWorkbook";
import { recordingPort } from "./fakePort";
import { CBS_HEADERS, CBS_ROWS, sampleWorkbook } from "./fixtures";
import { requireCompleteData } from "./missingRule";

const WETERINGBUURT = 4; // the sample's buurt without a participation figure

/** The replace dialog (Fluent marks the page behind it hidden, so it is found with hidden: true) and its title. */
async function findDialog(title: string): Promise<HTMLElement> {
  const dialog = await screen.findByRole("alertdialog", { hidden: true });
  expect(dialog).toHaveAttribute("aria-modal", "true");
  expect(within(dialog).getByRole("heading", { hidden: true })).toHaveTextContent(title);
  return dialog;
}

// jsdom has no canvas: the chart is skipped (the tables carry the numbers; the browser run draws it).
beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement["getContext"];
});

const POPULATION = CBS_HEADERS.indexOf("Aantal inwoners");
const BIJSTAND = "Personen met bijstand per 1000 inwoners";

async function openAllocation(user: UserEvent, workbook: MemoryWorkbook, compute = true) {
  render(<TaskPane port={workbook} language="nl" />);
  await user.click(screen.getByRole("button", { name: "Selectie gebruiken" }));
  await screen.findByRole("status");
  if (compute) {
    await user.click(screen.getByRole("tab", { name: "Bereken" }));
    await user.click(screen.getByRole("button", { name: "Bereken" }));
    await screen.findByText(/^Klaar/);
  }
  await user.click(screen.getByRole("tab", { name: "Verdeling" }));
  await screen.findByRole("heading", { name: "8. Ongelijk investeren" });
}

/** The value of a key figure in the figures table, per rule column. */
function figure(name: string): string[] {
  const table = screen.getByRole("table", { name: "Kerncijfers van de verdeling" });
  const row = within(table).getByRole("row", { name: new RegExp(`^${name}`) });
  return within(row)
    .getAllByRole("cell")
    .slice(1)
    .map((c) => c.textContent ?? "");
}

function decileRows(): string[][] {
  const table = screen.getByRole("table", { name: "Het budget per behoeftedeciel (deciel 1 = meeste behoefte)" });
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent ?? ""),
    );
}

/** "12,3 %" as the pane writes a share. */
function share(value: number): string {
  return `${(value * 100).toFixed(1).replace(".", ",")} %`;
}

/** "€ 261.812" → 261812. */
function euros(text: string): number {
  return Number(text.replace(/[^0-9-]/g, ""));
}

/** The engine-free MDI order of the sample: the scores the pane wrote on the MDI sheet. */
function mdiScores(workbook: MemoryWorkbook): number[] {
  const sheet = workbook.model.sheets.find((s) => s.name === "MDI")!;
  const header = sheet.cells[3].map((c) => c.value);
  const column = header.indexOf("MDI-score");
  return CBS_ROWS.map((_, i) => {
    const v = sheet.cells[4 + i][column].value;
    return typeof v === "number" ? v : NaN;
  });
}

describe("allocation panel", () => {
  it("allocates by the MDI with population × need, showing the shares live as the budget changes", async () => {
    const user = userEvent.setup();
    const workbook = sampleWorkbook();
    await openAllocation(user, workbook);
    expect(screen.getByRole("combobox", { name: /^Behoefte/ })).toHaveTextContent("MDI-score (blad MDI)");
    expect(screen.getByRole("combobox", { name: /^Inwoners/ })).toHaveTextContent("Aantal inwoners");
    expect(screen.getByRole("radio", { name: "Inwoners × behoefte" })).toBeChecked();
    await screen.findByRole("table", { name: "Kerncijfers van de verdeling" });
    // Every buurt has an MDI under the default 65 % rule: no question about areas without a need value.
    expect(screen.getByText("12 gebieden delen het budget.")).toBeInTheDocument();
    expect(screen.queryByRole("radiogroup", { name: /^Gebieden zonder behoeftewaarde/ })).not.toBeInTheDocument();

    // Decile 1 of 12 scored buurten is the single highest score: its share is p·s / Σ p·s.
    const scores = mdiScores(workbook);
    const weights = CBS_ROWS.map((r, i) => (r[POPULATION] as number) * scores[i]).filter(Number.isFinite);
    const top = Math.max(...scores.filter(Number.isFinite));
    const topWeight = (CBS_ROWS[scores.indexOf(top)][POPULATION] as number) * top;
    const total = weights.reduce((a, b) => a + b, 0);
    expect(figure("Deel van het budget naar de 10 %")).toEqual([share(topWeight / total)]);
    // Whole euros by largest remainder: within one euro of the exact share.
    expect(Math.abs(euros(decileRows()[0][1]) - (1_000_000 * topWeight) / total)).toBeLessThan(1);

    // The budget field explains what is wrong, and the figures wait for a valid budget.
    const budget = screen.getByRole("textbox", { name: /^Budget in euro/ });
    await user.clear(budget);
    await user.type(budget, "100,50");
    expect(budget).toHaveAttribute("aria-invalid", "true");
    expect(budget).toHaveAccessibleDescription(expect.stringContaining("Alleen hele euro's"));
    expect(screen.queryByRole("table", { name: "Kerncijfers van de verdeling" })).not.toBeInTheDocument();
    await user.clear(budget);
    await user.type(budget, "2.000.000");
    expect(budget).not.toHaveAttribute("aria-invalid", "true");
    expect(Math.abs(euros(decileRows()[0][1]) - (2_000_000 * topWeight) / total)).toBeLessThan(1);
  });

  it("switches rules and shows each rule's parameter, validated in its field", async () => {
    const user = userEvent.setup();
    const workbook = sampleWorkbook();
    await openAllocation(user, workbook);

    await user.click(screen.getByRole("radio", { name: "Proportioneel universalisme" }));
    expect(screen.getByRole("slider", { name: /Universeel deel α/ })).toHaveValue("0.5");
    expect(screen.getByText("50 % gelijk per inwoner, de rest naar inwoners × behoefte.")).toBeInTheDocument();

    await user.click(screen.getByRole("radio", { name: "Treden per deciel" }));
    expect(screen.queryByRole("slider")).not.toBeInTheDocument();
    const tiers = Array.from({ length: 10 }, (_, d) => screen.getByRole("textbox", { name: `Deciel ${d + 1}` }));
    expect(tiers.map((t) => (t as HTMLInputElement).value)).toEqual([
      "2",
      "2",
      "1,5",
      "1,5",
      "1",
      "1",
      "1",
      "1",
      "1",
      "1",
    ]);
    await user.clear(tiers[1]);
    await user.type(tiers[1], "x");
    expect(tiers[1]).toHaveAccessibleDescription("Geen getal.");
    for (const t of tiers) {
      await user.clear(t);
      await user.type(t, "0");
    }
    expect(
      screen.getByText("Alle gewichten zijn 0: geef minstens één deciel een gewicht groter dan 0."),
    ).toBeInTheDocument();
    // Only decile 1 weighted: it receives everything.
    await user.clear(tiers[0]);
    await user.type(tiers[0], "1");
    expect(figure("Deel van het budget naar de 10 %")).toEqual(["100,0 %"]);

    await user.click(screen.getByRole("radio", { name: "Drempel: alleen de decielen met de meeste achterstand" }));
    const k = screen.getByRole("textbox", { name: /Decielen die ontvangen/ });
    expect(k).toHaveValue("2");
    // k = 2: deciles 1 and 2 (one buurt each of the 12) share the budget per inhabitant.
    expect(figure("Deel van het budget naar de 20 %")).toEqual(["100,0 %"]);
    await user.clear(k);
    await user.type(k, "11");
    expect(k).toHaveAttribute("aria-invalid", "true");
    expect(k).toHaveAccessibleDescription(expect.stringContaining("Een heel getal van 1 tot en met 10."));

    await user.click(screen.getByRole("radio", { name: "Gelijk per inwoner" }));
    expect(screen.queryByRole("textbox", { name: /Decielen die ontvangen/ })).not.toBeInTheDocument();
    // Equal per head: each decile's € per inhabitant is the budget over all inhabitants allocated to.
    const scores = mdiScores(workbook);
    const people = CBS_ROWS.filter((_, i) => Number.isFinite(scores[i])).reduce(
      (s, r) => s + (r[POPULATION] as number),
      0,
    );
    const perHead = (1_000_000 / people).toFixed(2).replace(".", ",");
    for (const row of decileRows()) expect(row[2]).toMatch(new RegExp(`^€\\s${perHead.replace(",", "\\,")}$`));
  });

  it("compares two rules side by side in one click", async () => {
    const user = userEvent.setup();
    await openAllocation(user, sampleWorkbook());
    await user.click(screen.getByRole("button", { name: "Vergelijk met Gelijk per inwoner" }));
    expect(screen.getByRole("combobox", { name: "Vergelijk met" })).toHaveTextContent("Gelijk per inwoner");
    const table = screen.getByRole("table", { name: "Kerncijfers van de verdeling" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Kerncijfer", "Inwoners × behoefte", "Gelijk per inwoner"]);
    const [need, equal] = figure("Deel van het budget naar de 10 %");
    expect(Number(need.replace(/[ %]/g, "").replace(",", "."))).toBeGreaterThan(
      Number(equal.replace(/[ %]/g, "").replace(",", ".")),
    );
    // Moving the first rule onto the compared one switches the comparison, never a rule against itself.
    await user.click(screen.getByRole("radio", { name: "Gelijk per inwoner" }));
    expect(screen.getByRole("combobox", { name: "Vergelijk met" })).toHaveTextContent("Inwoners × behoefte");
    await user.click(screen.getByRole("button", { name: "Stop met vergelijken" }));
    expect(screen.queryByRole("combobox", { name: "Vergelijk met" })).not.toBeInTheDocument();
    expect(figure("Deel van het budget naar de 10 %")).toHaveLength(1);
  });

  it("takes floors and caps, and explains an infeasible floor by how much", async () => {
    const user = userEvent.setup();
    const workbook = sampleWorkbook();
    await openAllocation(user, workbook);
    const floor = screen.getByRole("radiogroup", { name: /^Ondergrens per gebied/ });
    await user.click(within(floor).getByRole("radio", { name: "Eén bedrag" }));
    const amount = screen.getByRole("textbox", { name: "Ondergrens per gebied: bedrag (€)" });
    await user.type(amount, "-5");
    expect(amount).toHaveAccessibleDescription("Kan niet negatief zijn.");
    await user.clear(amount);
    await user.type(amount, "200000");
    // 12 buurten × 200,000 = 2,400,000: 1,400,000 more than the budget.
    expect(
      await screen.findByText(
        "Ondergrens per gebied: de ondergrenzen tellen op tot 2.400.000, 1.400.000 meer dan het budget (1.000.000); verlaag de ondergrenzen of verhoog het budget.",
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Naar de werkmap schrijven" })).toBeDisabled();

    await user.clear(amount);
    await user.type(amount, "50000");
    const cap = screen.getByRole("radiogroup", { name: /^Bovengrens per gebied/ });
    await user.click(within(cap).getByRole("radio", { name: "Eén bedrag" }));
    await user.type(screen.getByRole("textbox", { name: "Bovengrens per gebied: bedrag (€)" }), "100000");
    // The buurt with the largest population × need would get more than 100,000 of the budget: its cap binds.
    const scores = mdiScores(workbook);
    const weights = CBS_ROWS.map((r, i) => (r[POPULATION] as number) * scores[i]);
    const largest = (1_000_000 * Math.max(...weights)) / weights.reduce((a, b) => a + b, 0);
    expect(largest).toBeGreaterThan(100_000);
    expect(Number(figure("Gebieden begrensd op hun bovengrens")[0])).toBeGreaterThanOrEqual(1);
    expect(Number(figure("Gebieden opgehoogd tot hun ondergrens")[0])).toBeGreaterThan(0);
  });

  it("writes the sheet MDI verdeling, asking before it replaces a sheet it did not make", async () => {
    const user = userEvent.setup();
    const workbook = sampleWorkbook();
    workbook.addSheet("MDI verdeling", [["Mijn notities"]]);
    await openAllocation(user, workbook);
    await user.click(screen.getByRole("button", { name: "Naar de werkmap schrijven" }));
    const dialog = await findDialog("Bladen vervangen?");
    expect(dialog).toHaveTextContent("MDI verdeling: een blad dat de invoegtoepassing niet heeft gemaakt.");
    await user.click(within(dialog).getByRole("button", { name: "Annuleren", hidden: true }));
    expect(await screen.findByText("Er is niets geschreven.")).toBeInTheDocument();
    expect(workbook.model.sheets.find((s) => s.name === "MDI verdeling")!.cells[0][0].value).toBe("Mijn notities");

    await user.click(screen.getByRole("button", { name: "Naar de werkmap schrijven" }));
    await user.click(
      within(await findDialog("Bladen vervangen?")).getByRole("button", { name: "Vervangen", hidden: true }),
    );
    expect(await screen.findByText("Geschreven naar het blad MDI verdeling.")).toBeInTheDocument();
    const block = await workbook.readTable("MDI_Verdeling");
    const amounts = block.rows.map((r) => r[block.headers.indexOf("Bedrag (€)")] as number);
    expect(amounts).toHaveLength(12);
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(1_000_000);
    expect(await workbook.sheetState("MDI verdeling")).toBe("ours");
  });

  it("asks what happens to areas without a need value, and states the answer on the sheet", async () => {
    const user = userEvent.setup();
    const workbook = sampleWorkbook();
    render(<TaskPane port={workbook} language="nl" />);
    await user.click(screen.getByRole("button", { name: "Selectie gebruiken" }));
    await screen.findByRole("status");
    await requireCompleteData(user); // Weteringbuurt (no participation figure) gets no MDI
    await user.click(screen.getByRole("tab", { name: "Bereken" }));
    await user.click(screen.getByRole("button", { name: "Bereken" }));
    await screen.findByText(/^Klaar/);
    await user.click(screen.getByRole("tab", { name: "Verdeling" }));

    // Nothing is shared out until the user has chosen: never a silent € 0.
    const people = CBS_ROWS[WETERINGBUURT][POPULATION] as number;
    expect(
      await screen.findByText(
        `1 gebied heeft (${people.toLocaleString("nl-NL")} inwoners) geen behoeftewaarde: wat doet de verdeling met dit gebied?`,
      ),
    ).toBeInTheDocument();
    const question = screen.getByRole("radiogroup", { name: /^Gebieden zonder behoeftewaarde/ });
    expect(screen.queryByRole("table", { name: "Kerncijfers van de verdeling" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Naar de werkmap schrijven" })).toBeDisabled();

    await user.click(within(question).getByRole("radio", { name: /^Weglaten/ }));
    expect(
      await screen.findByText("11 gebieden delen het budget; 1 zonder behoeftewaarde of inwoners zijn weggelaten."),
    ).toBeInTheDocument();

    // The wijk's average: Σ p·s / Σ p over the other buurten of Weteringbuurt's wijk that have a score.
    await user.click(within(question).getByRole("radio", { name: "De gemiddelde behoefte van hun Wijk geven (staat op het blad)" }));
    expect(await screen.findByText("12 gebieden delen het budget.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Naar de werkmap schrijven" }));
    expect(await screen.findByText("Geschreven naar het blad MDI verdeling.")).toBeInTheDocument();
    const block = await workbook.readTable("MDI_Verdeling");
    const column = (name: string) => block.headers.indexOf(name);
    const row = block.rows.find((r) => r[column("Behoefte uit")] === "gemiddelde van Wijk")!;
    const scores = mdiScores(workbook);
    const wijk = CBS_HEADERS.indexOf("Wijk");
    let weighted = 0;
    let total = 0;
    CBS_ROWS.forEach((r, i) => {
      if (i === WETERINGBUURT || r[wijk] !== CBS_ROWS[WETERINGBUURT][wijk] || !Number.isFinite(scores[i])) return;
      weighted += (r[POPULATION] as number) * scores[i];
      total += r[POPULATION] as number;
    });
    expect(row[column("Behoefte")] as number).toBeCloseTo(weighted / total, 12);
    expect(block.rows.filter((r) => r[column("Behoefte uit")] === "eigen waarde")).toHaveLength(11);
    const cells = workbook.model.sheets.find((s) => s.name === "MDI verdeling")!.cells.flat().map((c) => c?.value);
    expect(cells).toContain(
      `1 gebieden (${people.toLocaleString("nl-NL")} inwoners): gemiddelde behoefte van hun Wijk`,
    );
  });

  it("says what went wrong when Excel refuses the write", async () => {
    const user = userEvent.setup();
    const workbook = sampleWorkbook();
    const port = recordingPort(workbook, { writeSheets: new Error("De werkmap is alleen-lezen") });
    render(<TaskPane port={port} language="nl" />);
    await user.click(screen.getByRole("button", { name: "Selectie gebruiken" }));
    await screen.findByRole("status");
    await user.click(screen.getByRole("tab", { name: "Verdeling" }));
    await screen.findByText(/De MDI is nog niet berekend/);
    await user.click(screen.getByRole("combobox", { name: /^Behoefte/ }));
    await user.click(await screen.findByRole("option", { name: BIJSTAND }));
    await user.click(screen.getByRole("button", { name: "Naar de werkmap schrijven" }));
    expect(
      await screen.findByText(
        "De resultaten konden niet worden geschreven: De werkmap is alleen-lezen. Uw gegevens zijn niet gewijzigd. Sluit andere dialoogvensters in Excel en probeer het opnieuw.",
      ),
    ).toBeInTheDocument();
  });

  it("without an MDI sheet says to compute first, and allocates by a column of the data", async () => {
    const user = userEvent.setup();
    await openAllocation(user, sampleWorkbook(), false);
    const need = screen.getByRole("combobox", { name: /^Behoefte/ });
    expect(
      await screen.findByText(
        "De MDI is nog niet berekend: bereken hem in stap 4, of kies een kolom van de gegevens als behoefte.",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole("table", { name: "Kerncijfers van de verdeling" })).not.toBeInTheDocument();
    await user.click(need);
    await user.click(await screen.findByRole("option", { name: BIJSTAND }));
    expect(screen.getByText("12 gebieden delen het budget.")).toBeInTheDocument();
    // Kolenkitbuurt has the most bijstand: decile 1 of 12 is that one buurt.
    const column = CBS_HEADERS.indexOf(BIJSTAND);
    const weights = CBS_ROWS.map((r) => (r[POPULATION] as number) * (r[column] as number));
    const kolenkit = CBS_ROWS.findIndex((r) => r[0] === "Kolenkitbuurt");
    expect(figure("Deel van het budget naar de 10 %")).toEqual([
      share(weights[kolenkit] / weights.reduce((a, b) => a + b, 0)),
    ]);
  });

  it("speaks English", async () => {
    const user = userEvent.setup();
    render(<TaskPane port={sampleWorkbook()} language="en" />);
    await user.click(screen.getByRole("button", { name: "Use selection" }));
    await screen.findByRole("status");
    await user.click(screen.getByRole("tab", { name: "Allocation" }));
    expect(screen.getByRole("heading", { name: "8. Invest unequally" })).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "Proportionate universalism" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Compare with Equal per inhabitant" })).toBeInTheDocument();
  });
});
