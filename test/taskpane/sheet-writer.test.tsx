/** @jest-environment jsdom */
/**
 * The one way the pane and its panels write sheets: ask the state of each
 * sheet, write at once when every sheet is absent or the add-in's unchanged
 * output, otherwise wait for the user's answer; every refusal a notice. Run
 * against the in-memory workbook, with Excel's refusals made by the recording
 * port.
 */
import { act, renderHook } from "@testing-library/react";
import { STRINGS } from "../../src/taskpane/strings";
import {
  addNotice,
  sheetConflicts,
  useSheetWriter,
  type Notice,
  type SheetActions,
} from "../../src/taskpane/state/sheetWriter";
import { MemoryWorkbook } from "../../src/preview/memory/memoryWorkbook";
import type { OutputSheet } from "../../src/workbook/port";
import { recordingPort } from "./fakePort";

function outputSheet(name: string, text = "written"): OutputSheet {
  return { name, tables: [], blocks: [{ topLeft: "A1", rows: [[text]] }], conditionalFormats: [], charts: [] };
}

function cellA1(workbook: MemoryWorkbook, sheet: string): unknown {
  return workbook.model.sheets.find((s) => s.name === sheet)?.cells[0]?.[0]?.value;
}

/** The notices as a person reads them (in English), with their intent. */
function shown(notices: readonly Notice[]): string[] {
  return notices.map((n) => `${n.intent}: ${n.text(STRINGS.en, "en")}`);
}

/** A workbook with a sheet the add-in wrote ("Ours") and one it did not make ("Notes"). */
async function workbookWithSheets(): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook();
  await workbook.writeSheets([outputSheet("Ours")]);
  workbook.addSheet("Notes", [["my notes"]]);
  return workbook;
}

function render(actions: SheetActions) {
  return renderHook(() => useSheetWriter(actions));
}

describe("addNotice", () => {
  it("keeps one notice of each intent, the newest last", () => {
    const text = () => "";
    const first: Notice = { id: 1, intent: "error", text };
    const info: Notice = { id: 2, intent: "info", text };
    const second: Notice = { id: 3, intent: "error", text };
    expect(addNotice(addNotice([first], info), second).map((n) => n.id)).toEqual([2, 3]);
  });

  it("keeps warnings side by side (the last three), so none is replaced unread by the next", () => {
    const text = () => "";
    const warnings = [1, 2, 3, 4].map((id): Notice => ({ id, intent: "warning", text }));
    const kept = warnings.reduce<Notice[]>((list, w) => addNotice(list, w), []);
    expect(kept.map((n) => n.id)).toEqual([2, 3, 4]);
  });
});

describe("sheetConflicts", () => {
  it("lists the sheets edited by hand or not made by the add-in, not the absent or unchanged ones", async () => {
    const workbook = await workbookWithSheets();
    await workbook.writeSheets([outputSheet("Edited")]);
    workbook.setCell("Edited", 0, 0, "changed by hand");
    const sheets = ["Ours", "Notes", "Edited", "Absent"].map((name) => outputSheet(name));
    expect(await sheetConflicts(workbook, sheets, await workbook.listSheets())).toEqual([
      { name: "Notes", state: "foreign", changes: [], newName: "Notes (2)" },
      { name: "Edited", state: "edited", changes: [{ kind: "cells", address: "A1" }], newName: "Edited (2)" },
    ]);
  });
});

describe("useSheetWriter", () => {
  it("writes at once over the add-in's own unchanged sheet, then runs what follows", async () => {
    const workbook = await workbookWithSheets();
    const { result } = render(workbook);
    const done = jest.fn();
    await act(() => result.current.write(() => ({ sheets: [outputSheet("Ours", "again")], done })));
    expect(cellA1(workbook, "Ours")).toBe("again");
    expect(done).toHaveBeenCalledTimes(1);
    expect(result.current.busy).toBe(false);
    expect(result.current.replaceDialog.pending).toBeNull();
  });

  it("asks before replacing a sheet it did not make; replacing writes and runs what follows", async () => {
    const workbook = await workbookWithSheets();
    const { result } = render(workbook);
    const done = jest.fn();
    await act(() => result.current.write(() => ({ sheets: [outputSheet("Notes")], done })));
    expect(result.current.replaceDialog.pending).toEqual({
      conflicts: [{ name: "Notes", state: "foreign", changes: [], newName: "Notes (2)" }],
    });
    expect(cellA1(workbook, "Notes")).toBe("my notes");
    expect(done).not.toHaveBeenCalled();

    await act(async () => result.current.replaceDialog.onReplace());
    expect(result.current.replaceDialog.pending).toBeNull();
    expect(cellA1(workbook, "Notes")).toBe("written");
    expect(done).toHaveBeenCalledTimes(1);
  });

  it("cancelling writes nothing and says so", async () => {
    const workbook = await workbookWithSheets();
    const { result } = render(workbook);
    const done = jest.fn();
    await act(() => result.current.write(() => ({ sheets: [outputSheet("Ours"), outputSheet("Notes")], done })));
    act(() => result.current.replaceDialog.onCancel());
    expect(result.current.replaceDialog.pending).toBeNull();
    expect(shown(result.current.notices)).toEqual(["info: Nothing was written."]);
    expect(cellA1(workbook, "Notes")).toBe("my notes");
    expect(done).not.toHaveBeenCalled();
  });

  it("turns Excel's refusal into an error notice and does not run what follows", async () => {
    const port = recordingPort(await workbookWithSheets(), { writeSheets: new Error("The workbook is read-only") });
    const { result } = render(port);
    const done = jest.fn();
    await act(() => result.current.write(() => ({ sheets: [outputSheet("Ours")], done })));
    expect(shown(result.current.notices)).toEqual([
      "error: Could not write the results: The workbook is read-only. Your data is unchanged. Close other dialogs in Excel and try again.",
    ]);
    expect(done).not.toHaveBeenCalled();
    expect(result.current.busy).toBe(false);
  });

  it("clears the old notices, keeps the plan's own, and writes nothing when the plan has nothing to write", async () => {
    const port = recordingPort(await workbookWithSheets());
    const { result } = render(port);
    act(() => result.current.notify("success", () => "an earlier success"));
    await act(() =>
      result.current.write(() => {
        result.current.notify("warning", () => "nothing to write: compute first");
        return null;
      }),
    );
    expect(shown(result.current.notices)).toEqual(["warning: nothing to write: compute first"]);
    expect(port.calls).toEqual([]);
  });

  it("reports a plan that fails as a refused write", async () => {
    const port = recordingPort(await workbookWithSheets());
    const { result } = render(port);
    await act(() =>
      result.current.write(() => {
        throw new Error("no room for the sheet");
      }),
    );
    expect(shown(result.current.notices)).toEqual([
      "error: Could not write the results: no room for the sheet. Your data is unchanged. Close other dialogs in Excel and try again.",
    ]);
    expect(port.calls).toEqual([]);
  });

  it("is busy while it writes and ignores a second write meanwhile", async () => {
    const workbook = await workbookWithSheets();
    let release: () => void = () => undefined;
    const slow: SheetActions = {
      checkSheet: (name) => workbook.checkSheet(name),
      listSheets: () => workbook.listSheets(),
      writeSheets: async (sheets) => {
        await new Promise<void>((resolve) => (release = resolve));
        return workbook.writeSheets(sheets);
      },
    };
    const { result } = render(slow);
    const first = jest.fn();
    const second = jest.fn();
    let writing: Promise<void> = Promise.resolve();
    await act(async () => {
      writing = result.current.write(() => ({ sheets: [outputSheet("Ours", "first")], done: first }));
    });
    expect(result.current.busy).toBe(true);
    await act(() => result.current.write(() => ({ sheets: [outputSheet("Ours", "second")], done: second })));
    await act(async () => {
      release();
      await writing;
    });
    expect(result.current.busy).toBe(false);
    expect(cellA1(workbook, "Ours")).toBe("first");
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();
  });
});

describe("the data's sheet is never written", () => {
  it("writes a sheet planned under the data sheet's name (any case) to the next free name and says so", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheet("mdi", [["buurt", "x"], ["A", 1]]);
    const { result } = render(workbook);
    const done = jest.fn();
    await act(() => result.current.write(() => ({ sheets: [outputSheet("MDI")], keep: "mdi", done })));
    expect(cellA1(workbook, "mdi")).toBe("buurt");
    expect(cellA1(workbook, "MDI (2)")).toBe("written");
    expect(done).toHaveBeenCalled();
    expect(shown(result.current.notices)[0]).toMatch(/^warning: .*“mdi”.*“MDI \(2\)”/);
  });
});
