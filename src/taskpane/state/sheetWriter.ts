import * as React from "react";
import type { Language } from "../../i18n/language";
import type { OutputSheet, SheetState, WorkbookPort } from "../../workbook/port";
import type { Strings } from "../../i18n/taskpane";
import { errorText } from "./messages";

/** A message for the message bar; its text is made in the language shown when it is rendered. */
export interface Notice {
  readonly id: number;
  readonly intent: "error" | "warning" | "success" | "info";
  readonly text: (strings: Strings, language: Language) => string;
}

/** A sheet that is not replaced without asking: edited by hand since the add-in wrote it, or not made by it. */
export interface SheetConflict {
  readonly name: string;
  readonly state: SheetState;
}

/** Sheets waiting for the user's consent before they replace sheets that were edited or not made by the add-in. */
export interface PendingReplace {
  readonly conflicts: readonly SheetConflict[];
}

/** What the ReplaceDialog shows and what the user's two answers do. */
export interface ReplaceQuestion {
  /** The sheets to ask about; null when nothing is waiting (the dialog is closed). */
  readonly pending: PendingReplace | null;
  readonly onReplace: () => void;
  readonly onCancel: () => void;
}

/** The two workbook calls that writing needs: the state of a sheet, and writing sheets. */
export type SheetActions = Pick<WorkbookPort, "sheetState" | "writeSheets">;

/** Sheets to write, and what follows once they are written (the success notice, storing the configuration). */
export interface SheetPlan {
  readonly sheets: OutputSheet[];
  readonly done: () => void | Promise<void>;
}

/** Makes the plan; null when there is nothing to write, and then it has said why in a notice. */
export type MakePlan = () => SheetPlan | null | Promise<SheetPlan | null>;

export interface SheetWriter {
  /**
   * True while a write is under way: from planning until its sheets are written, refused or waiting for the
   * user; and while a replacement the user agreed to is written.
   */
  readonly busy: boolean;
  readonly notices: readonly Notice[];
  readonly notify: (intent: Notice["intent"], text: Notice["text"]) => void;
  readonly dismiss: (id: number) => void;
  readonly clear: () => void;
  /**
   * Clears the notices and writes the sheets of the plan that `makePlan` makes (inside the busy state, so a
   * refusal while planning is reported too), asking first when one would replace a sheet that is not the
   * add-in's unchanged output; then the plan's `done`. Does nothing while a write is busy.
   */
  readonly write: (makePlan: MakePlan) => Promise<void>;
  /** Drives the ReplaceDialog. */
  readonly replaceDialog: ReplaceQuestion;
}

/** The notices with `notice` added: one of each intent at a time, so a new error replaces the previous one. */
export function addNotice(notices: readonly Notice[], notice: Notice): Notice[] {
  return [...notices.filter((n) => n.intent !== notice.intent), notice];
}

/**
 * The sheets among `sheets` that must not be replaced without asking: edited by hand since the
 * add-in wrote them, or not made by the add-in at all.
 */
export async function sheetConflicts(
  sheetState: SheetActions["sheetState"],
  sheets: readonly OutputSheet[],
): Promise<SheetConflict[]> {
  const conflicts: SheetConflict[] = [];
  for (const sheet of sheets) {
    const state = await sheetState(sheet.name);
    if (state === "edited" || state === "foreign") conflicts.push({ name: sheet.name, state });
  }
  return conflicts;
}

/**
 * Writing sheets safely, the one way the pane and its panels write: the state
 * of each sheet is asked first; a sheet that was edited by hand or not made
 * by the add-in is replaced only after the user agrees in the ReplaceDialog;
 * anything that fails becomes a notice saying what to do. The notices of the
 * pane or panel that writes live here too, so its own messages (reading,
 * refusals of the engine) share the list.
 */
export function useSheetWriter(actions: SheetActions): SheetWriter {
  const [notices, setNotices] = React.useState<Notice[]>([]);
  const [busy, setBusy] = React.useState(false);
  const [pending, setPending] = React.useState<{ plan: SheetPlan; conflicts: SheetConflict[] } | null>(null);
  const nextId = React.useRef(1);

  const notify = React.useCallback((intent: Notice["intent"], text: Notice["text"]) => {
    const id = nextId.current++;
    setNotices((list) => addNotice(list, { id, intent, text }));
  }, []);
  const dismiss = React.useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const clear = React.useCallback(() => setNotices([]), []);

  const write = React.useCallback(
    async (makePlan: MakePlan) => {
      if (busy) return;
      setBusy(true);
      clear();
      try {
        const plan = await makePlan();
        if (!plan) return;
        const conflicts = await sheetConflicts((name) => actions.sheetState(name), plan.sheets);
        if (conflicts.length) {
          setPending({ plan, conflicts });
          return;
        }
        await actions.writeSheets(plan.sheets);
        await plan.done();
      } catch (error) {
        notify("error", (s, l) => s.errors.write(errorText(error, s, l)));
      } finally {
        setBusy(false);
      }
    },
    [actions, busy, clear, notify],
  );

  const confirmReplace = React.useCallback(async () => {
    if (!pending) return;
    setPending(null);
    setBusy(true);
    try {
      await actions.writeSheets(pending.plan.sheets);
      await pending.plan.done();
    } catch (error) {
      notify("error", (s, l) => s.errors.write(errorText(error, s, l)));
    } finally {
      setBusy(false);
    }
  }, [actions, notify, pending]);

  const cancelReplace = React.useCallback(() => {
    setPending(null);
    notify("info", (s) => s.compute.cancelled);
  }, [notify]);

  const replaceDialog = React.useMemo(
    () => ({
      pending: pending ? { conflicts: pending.conflicts } : null,
      onReplace: () => void confirmReplace(),
      onCancel: cancelReplace,
    }),
    [pending, confirmReplace, cancelReplace],
  );

  return { busy, notices, notify, dismiss, clear, write, replaceDialog };
}
