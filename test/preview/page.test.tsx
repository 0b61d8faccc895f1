/** @jest-environment jsdom */
/**
 * The preview page around the task pane, by role and accessible name: it opens on the default
 * sample, refuses a bad file with a message and keeps the workbook, opens a CSV, switches
 * language. (Drawing the grid's rows and the charts needs a real browser: the e2e test.)
 */
import * as React from "react";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { TextDecoder as NodeTextDecoder } from "node:util";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { TaskPane } from "../../src/taskpane/TaskPane";
import { PreviewApp } from "../../src/preview/PreviewApp";
import { PREVIEW_STRINGS as STRINGS } from "../../src/i18n/preview";
import type { Sample } from "../../src/preview/samples";
import type { PreviewWorkbook } from "../../src/preview/workbook";
import type { Language } from "../../src/i18n/language";
import { installResizeObserver } from "../support/resizeObserver";

beforeAll(() => {
  // jsdom lacks these browser APIs: Fluent's MessageBar measures itself, the grid's virtualiser
  // watches its size and schedules by animation frame.
  installResizeObserver();
  globalThis.requestAnimationFrame ??= (callback: FrameRequestCallback) =>
    setTimeout(() => callback(0), 0) as unknown as number;
  // Reading a picked file: every browser has Blob.arrayBuffer and TextDecoder; jsdom has neither.
  globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;
  Blob.prototype.arrayBuffer ??= function () {
    return new Promise<ArrayBuffer>((done, fail) => {
      const reader = new FileReader();
      reader.onload = () => done(reader.result as ArrayBuffer);
      reader.onerror = () => fail(reader.error);
      reader.readAsArrayBuffer(this as Blob);
    });
  };
});

/** The example workbooks from examples/, as the page would fetch them. */
async function fromExamples(sample: Sample): Promise<ArrayBuffer> {
  const bytes = readFileSync(resolve(__dirname, "../../examples", sample.file));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function Pane({ workbook, language }: { workbook: PreviewWorkbook; language: Language }) {
  return <TaskPane port={workbook} language={language} theme={webLightTheme} />;
}

function renderPage(language: Language = "nl") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <PreviewApp initialLanguage={language} Pane={Pane} fetchSample={fromExamples} />
    </FluentProvider>,
  );
}

const t = STRINGS.nl;

test("opens on the Amsterdam sample: workbook region, grid, sheet tabs, the task pane beside it", async () => {
  renderPage();
  const loaded = await screen.findByText(
    /amsterdam-buurten-2019\.xlsx: 2 werkblad\(en\); “Buurten” heeft 479 rijen/,
    undefined,
    {
      timeout: 20000,
    },
  );
  expect(loaded).toBeInTheDocument();
  const workbook = screen.getByRole("region", { name: t.workbook });
  expect(within(workbook).getByRole("grid", { name: "Werkblad Buurten" })).toHaveAttribute("aria-rowcount");
  const tabs = within(workbook).getByRole("tablist", { name: t.sheets });
  expect(within(tabs).getAllByRole("tab")).toHaveLength(2);
  expect(within(tabs).getByRole("tab", { name: "Buurten" })).toHaveAttribute("aria-selected", "true");
  expect(within(workbook).getByRole("toolbar", { name: t.toolbar })).toBeInTheDocument();
  expect(within(workbook).getByRole("button", { name: t.export })).toBeEnabled();
  // The name box shows the selection the pane will read: the whole data range.
  expect(within(workbook).getByRole("textbox", { name: t.nameBox })).toHaveValue("A1:U480");
  const pane = screen.getByRole("complementary", { name: t.pane });
  expect(within(pane).getByRole("heading", { name: "MDI voor Excel" })).toBeInTheDocument();
});

test("a bad file: a message naming it, and the workbook stays", async () => {
  // The picker's `accept` is a hint a user can override ("All files"); drag and drop ignores it.
  const user = userEvent.setup({ applyAccept: false });
  renderPage();
  await screen.findByRole("grid", { name: "Werkblad Buurten" }, { timeout: 20000 });
  const input = screen.getByLabelText(t.openFileLabel);
  await user.upload(
    input,
    new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])], "kaart.png", { type: "image/png" }),
  );
  expect(await screen.findByText(t.fileErrors.notSpreadsheet("kaart.png"))).toBeInTheDocument();
  expect(screen.getByRole("grid", { name: "Werkblad Buurten" })).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: t.dismiss }));
  expect(screen.queryByText(t.fileErrors.notSpreadsheet("kaart.png"))).not.toBeInTheDocument();
});

test("a CBS-style CSV opens as its own sheet; the language switch changes the page", async () => {
  const user = userEvent.setup();
  renderPage();
  await screen.findByRole("grid", { name: "Werkblad Buurten" }, { timeout: 20000 });
  const csv = "Regiocode;Gemeente;Laag inkomen (%)\n0363;Amsterdam;12,8\n0014;Groningen;.\n";
  await user.upload(screen.getByLabelText(t.openFileLabel), new File([csv], "inkomen.csv", { type: "text/csv" }));
  expect(await screen.findByRole("grid", { name: "Werkblad inkomen" })).toBeInTheDocument();
  expect(screen.getByText(/inkomen\.csv: 1 werkblad\(en\); “inkomen” heeft 2 rijen/)).toBeInTheDocument();

  await user.selectOptions(screen.getByRole("combobox", { name: t.language }), "en");
  const en = STRINGS.en;
  expect(await screen.findByRole("region", { name: en.workbook })).toBeInTheDocument();
  expect(screen.getByRole("grid", { name: "Sheet inkomen" })).toBeInTheDocument();
  expect(screen.getByRole("button", { name: en.export })).toBeInTheDocument();
  expect(document.documentElement.lang).toBe("en");
});
