/** @jest-environment jsdom */
/**
 * The map step in the task pane, on the twelve-buurt sample (names, no codes): none of the built-in
 * boundaries fits, so the pane asks for a file; the user's GeoJSON joins on the buurt names (the fallback),
 * with the shape that is no buurt reported; the map is placed as a picture on MDI, which stays the add-in's
 * own sheet, and the briefing carries it; where Excel cannot place pictures the pane says so.
 */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import "@testing-library/jest-dom";
import { TaskPane } from "../../src/taskpane/TaskPane";
import { STRINGS } from "../../src/taskpane/strings";
import { TREND_SHEET, TREND_TABLE } from "../../src/taskpane/trend/trendSheet";
import { WorkbookError } from "../../src/workbook/errors";
import type { WorkbookPort } from "../../src/workbook/port";
import { recordingPort } from "./fakePort";
import { CBS_ROWS, sampleWorkbook } from "./fixtures";

const t = STRINGS.nl.map;

/** The user's boundary file: a square per buurt of the sample (WGS84), named as the data names them, and one more. */
function boundaryFile(): File {
  const names = [...CBS_ROWS.map((row) => String(row[0])), "Onbekende buurt"];
  const features = names.map((name, i) => ({
    type: "Feature",
    properties: { buurtnaam: name },
    geometry: {
      type: "Polygon",
      coordinates: [
        [
          [4.8 + i * 0.01, 52.3],
          [4.81 + i * 0.01, 52.3],
          [4.81 + i * 0.01, 52.31],
          [4.8 + i * 0.01, 52.31],
          [4.8 + i * 0.01, 52.3],
        ],
      ],
    },
  }));
  const text = JSON.stringify({ type: "FeatureCollection", features });
  const file = new File([text], "buurten.geojson", { type: "application/geo+json" });
  // jsdom's File has no text(); the browser's has.
  if (typeof file.text !== "function") Object.defineProperty(file, "text", { value: async () => text });
  return file;
}

async function openMap(user: UserEvent, port: WorkbookPort) {
  render(<TaskPane port={port} language="nl" />);
  await user.click(screen.getByRole("button", { name: "Selectie gebruiken" }));
  await screen.findByRole("status");
  await user.click(screen.getByRole("tab", { name: "Bereken" }));
  await user.click(screen.getByRole("button", { name: "Bereken" }));
  await screen.findByText(/^Klaar/);
  await user.click(screen.getByRole("tab", { name: t.tab }));
  expect(await screen.findByText(t.noBundledMatch, {}, { timeout: 10000 })).toBeInTheDocument();
  await user.upload(screen.getByLabelText(t.openFile, { selector: "input" }), boundaryFile());
  await screen.findByTestId("mdi-map", {}, { timeout: 10000 });
}

describe("map step", () => {
  it("joins the user's file on names, reports the shape without a buurt, places the map on MDI and the briefing", async () => {
    const user = userEvent.setup();
    const workbook = sampleWorkbook();
    await openMap(user, workbook);
    const join = screen.getByTestId("mdi-map-join");
    expect(join).toHaveTextContent(t.joined(12, 12, "Buurt", "buurtnaam"));
    expect(join).toHaveTextContent(t.withoutArea(1));
    expect(join).toHaveTextContent(t.byName);
    expect(screen.getByText(t.ownCredit("buurten.geojson"))).toBeInTheDocument();
    // Twelve buurten scored (the sample's default 65 % rule), none grey; the extra shape is no area.
    const fills = Array.from(document.querySelectorAll('[data-testid="mdi-map"] path[data-shape]')).map((p) =>
      p.getAttribute("fill"),
    );
    expect(fills).toHaveLength(13);
    expect(fills[12]).toBe("#f2f2f2");
    expect(screen.getByText(t.legendNoData(0))).toBeInTheDocument();
    // Only the file's name and size are kept in the workbook.
    expect(await workbook.loadSetting("mdi.map")).toEqual({
      boundary: { file: "buurten.geojson", bytes: boundaryFile().size },
      show: "mdi",
    });

    // What the map shows: the coverage, in the MDI sheet's coverage colours, counted per class; kept in the workbook.
    await user.click(screen.getByRole("combobox", { name: t.show }));
    await user.click(await screen.findByRole("option", { name: t.shows.coverage }));
    const legend = screen.getByRole("list", { name: t.legend });
    const entries = Array.from(legend.querySelectorAll("li")).map((li) => li.textContent ?? "");
    expect(entries).toHaveLength(8); // 100 %, six classes below it, no value
    expect(entries[0]).toMatch(/^volledig, 100 % \(\d+\)$/);
    const counted = entries.map((e) => Number(/\((\d+)\)$/.exec(e)![1]));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(12);
    expect(await workbook.loadSetting("mdi.map")).toMatchObject({ show: "coverage" });
    await user.click(screen.getByRole("combobox", { name: t.show }));
    await user.click(await screen.findByRole("option", { name: t.shows.mdi }));

    await user.click(screen.getByRole("button", { name: t.place }));
    expect(await screen.findByText(/^De kaart staat als afbeelding op MDI![A-Z]+4\.$/)).toBeInTheDocument();
    const mdi = workbook.model.sheets.find((s) => s.name === "MDI")!;
    expect(mdi.pictures?.map((p) => p.name)).toEqual([t.pictureName]);
    expect(mdi.pictures?.[0].svg).toContain(t.ownCredit("buurten.geojson"));
    expect(await workbook.sheetState("MDI")).toBe("ours");

    await user.click(screen.getByRole("tab", { name: "Factsheet" }));
    await user.click(screen.getByRole("button", { name: "Briefing schrijven" }));
    await screen.findByText("Briefing geschreven naar het blad MDI briefing.");
    const briefing = workbook.model.sheets.find((s) => s.name === "MDI briefing")!;
    expect(briefing.pictures?.map((p) => [p.name, p.topLeft])).toEqual([[t.pictureName, "K3"]]);
  });

  it("shows the change since the earlier period when the trend sheet exists, with the gaps counted", async () => {
    const user = userEvent.setup();
    const workbook = sampleWorkbook();
    // A trend table as the trend step writes it, keyed on the buurt names (the sample has no codes).
    const s = STRINGS.nl.trend.sheet;
    const changes = [-0.6, -0.5, -0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3, 0.5, "", 0.05];
    await workbook.writeSheets([
      {
        name: TREND_SHEET,
        tables: [
          {
            name: TREND_TABLE,
            topLeft: "A1",
            headers: ["Buurt", s.area, s.earlier, s.later, s.change, s.earlierDecile, s.laterDecile, s.direction],
            rows: CBS_ROWS.map((row, i) => [row[0], row[0], "", "", changes[i], "", "", ""]),
          },
        ],
        blocks: [],
        conditionalFormats: [],
        charts: [],
      },
    ]);
    await openMap(user, workbook);
    await user.click(screen.getByRole("combobox", { name: t.show }));
    await user.click(await screen.findByRole("option", { name: t.shows.change }));
    const entries = Array.from(screen.getByRole("list", { name: t.legend }).querySelectorAll("li")).map(
      (li) => li.textContent ?? "",
    );
    // Six classes around 0 and "no value": the blank change is counted there, not painted as "no change".
    expect(entries).toHaveLength(7);
    expect(entries[6]).toBe(t.legendNoData(1));
    // |change| sorted: 0, 0.05, 0.1, 0.1, 0.2, 0.2, 0.3, 0.3, 0.5, 0.5, 0.6; its 95th percentile (index 9) is 0.5, a
    // third of it 0.167, the round step 0.2: classes below −0.4, −0.4 to −0.2, −0.2 to 0, 0 to 0.2, 0.2 to 0.4, 0.4 up.
    expect(entries.slice(0, 6).map((e) => Number(/\((\d+)\)$/.exec(e)![1]))).toEqual([2, 1, 2, 3, 2, 1]);
  });

  it("says so where Excel cannot place pictures, and the map stays in the pane", async () => {
    const user = userEvent.setup();
    const port = recordingPort(sampleWorkbook(), { placePicture: new WorkbookError("PICTURES_UNSUPPORTED") });
    await openMap(user, port);
    await user.click(screen.getByRole("button", { name: t.place }));
    expect(await screen.findByText(/Deze versie van Excel kan geen afbeeldingen plaatsen/)).toBeInTheDocument();
    expect(screen.getByTestId("mdi-map")).toBeInTheDocument();
  });
});
