/** @jest-environment jsdom */
/**
 * The briefing button in the task pane: it writes the sheet MDI briefing from
 * the MDI sheet and the configuration stored when computing, says what to do
 * when there is nothing to brief on, asks before replacing a sheet it did not
 * make, and reports Excel's refusals.
 */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import "@testing-library/jest-dom";
import { TaskPane } from "../../src/taskpane/TaskPane";
import type { MemoryWorkbook } from "../../src/preview/memory/memoryWorkbook";
import type { WorkbookPort } from "../../src/workbook/port";
import { recordingPort } from "./fakePort";
import { sampleWorkbook } from "./fixtures";

/** The replace dialog (Fluent marks the page behind it hidden, so it is found with hidden: true) and its title. */
async function findDialog(title: string): Promise<HTMLElement> {
  const dialog = await screen.findByRole("alertdialog", { hidden: true });
  expect(dialog).toHaveAttribute("aria-modal", "true");
  expect(within(dialog).getByRole("heading", { hidden: true })).toHaveTextContent(title);
  return dialog;
}

async function start(user: UserEvent, port: WorkbookPort, compute: boolean) {
  const view = render(<TaskPane port={port} language="nl" />);
  await user.click(screen.getByRole("button", { name: "Selectie gebruiken" }));
  await screen.findByRole("status");
  if (compute) {
    await user.click(screen.getByRole("tab", { name: "Bereken" }));
    await user.click(screen.getByRole("button", { name: "Bereken" }));
    await screen.findByText(/^Klaar/);
  }
  return view;
}

function texts(workbook: MemoryWorkbook): string[] {
  const sheet = workbook.model.sheets.find((s) => s.name === "MDI briefing");
  if (!sheet) return [];
  return sheet.cells.flatMap((row) => row.map((c) => String(c.value))).filter((t) => t !== "");
}

describe("briefing panel", () => {
  it("writes the sheet MDI briefing and sums it up in the pane", async () => {
    const user = userEvent.setup();
    const workbook = sampleWorkbook();
    await start(user, workbook, true);
    await user.click(screen.getByRole("tab", { name: "Factsheet" }));
    await user.click(screen.getByRole("button", { name: "Briefing schrijven" }));
    expect(await screen.findByText("Briefing geschreven naar het blad MDI briefing.")).toBeInTheDocument();
    const summary = screen.getByRole("region", { name: "In de briefing" });
    expect(summary).toHaveTextContent("12 van de 12 gebieden hebben een MDI-score."); // default 65 % rule
    const written = texts(workbook);
    expect(written).toContain("MDI-briefing: Buurten!A1:I13");
    expect(written).toContain("Kerncijfers");
    expect(written).toContain("Kolenkitbuurt");
    expect(written).toContain("Samenhang zegt niets over causaliteit.");
    expect(written).toContain("Stapeling van achterstanden");
    expect(await workbook.sheetState("MDI briefing")).toBe("ours");
  });

  it("states the weights the MDI sheet was computed with, not weights changed since", async () => {
    const user = userEvent.setup();
    const workbook = sampleWorkbook();
    await start(user, workbook, true);
    await user.click(screen.getByRole("tab", { name: "Weging" }));
    const income = screen.getByRole("textbox", { name: "Gewicht van Inkomen" });
    await user.clear(income);
    await user.type(income, "0,9");
    await user.click(screen.getByRole("tab", { name: "Factsheet" }));
    await user.click(screen.getByRole("button", { name: "Briefing schrijven" }));
    await screen.findByText(/^Briefing geschreven/);
    const method = texts(workbook).join(" ");
    expect(method).toContain("Inkomen (gewicht 0,25)");
    expect(method).not.toContain("0,9");
  });

  it("says to compute the MDI first when there is none", async () => {
    const user = userEvent.setup();
    const workbook = sampleWorkbook();
    await start(user, workbook, false);
    await user.click(screen.getByRole("tab", { name: "Factsheet" }));
    await user.click(screen.getByRole("button", { name: "Briefing schrijven" }));
    expect(
      await screen.findByText("Deze werkmap bevat nog geen MDI-resultaten: bereken eerst de MDI in stap 4."),
    ).toBeInTheDocument();
    expect(texts(workbook)).toEqual([]);
  });

  it("asks before replacing a sheet called MDI briefing that it did not make", async () => {
    const user = userEvent.setup();
    const workbook = sampleWorkbook();
    workbook.addSheet("MDI briefing", [["Concept voor de raad"]]);
    await start(user, workbook, true);
    await user.click(screen.getByRole("tab", { name: "Factsheet" }));
    await user.click(screen.getByRole("button", { name: "Briefing schrijven" }));
    const dialog = await findDialog("Bladen vervangen?");
    await user.click(within(dialog).getByRole("button", { name: "Annuleren", hidden: true }));
    expect(await screen.findByText("Er is niets geschreven.")).toBeInTheDocument();
    expect(texts(workbook)).toEqual(["Concept voor de raad"]);
  });

  it("reports Excel's refusal to write", async () => {
    const user = userEvent.setup();
    const workbook = sampleWorkbook();
    (await start(user, workbook, true)).unmount();
    workbook.select("Buurten", "A1:I13"); // computing showed the MDI sheet
    // The pane opened again on the same workbook, whose writes now fail (as a protected workbook's would).
    const failing = recordingPort(workbook, { writeSheets: new Error("Het blad is beveiligd") });
    render(<TaskPane port={failing} language="en" />);
    await user.click(screen.getByRole("button", { name: "Use selection" }));
    await screen.findByRole("status");
    await user.click(screen.getByRole("tab", { name: "Briefing" }));
    await user.click(screen.getByRole("button", { name: "Write briefing" }));
    expect(
      await screen.findByText(
        "Could not write the results: Het blad is beveiligd. Your data is unchanged. Close other dialogs in Excel and try again.",
      ),
    ).toBeInTheDocument();
    expect(failing.calls).toContain("readTable");
  });
});
