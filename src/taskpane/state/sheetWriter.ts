import * as React from "react";
import type { Language } from "../../i18n/language";
import type { OutputSheet, SheetChange, SheetState, WorkbookPort } from "../../workbook/port";
import { WorkbookError } from "../../workbook/errors";
import { freeSheetName, renameSheets } from "../../workbook/rename";
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
  /** What someone changed on an "edited" sheet, the first few (empty for a "foreign" sheet). */
  readonly changes: readonly SheetChange[];
  /** The free name the sheet would be written to instead, e.g. "MDI (2)". */
  readonly newName: string;
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
  /** Writes the conflicting sheets to new sheets ("MDI (2)") and leaves the existing ones as they are. */
  readonly onNewSheets: () => void;
  readonly onCancel: () => void;
}

/** The workbook calls that writing needs: the sheets there are, what changed on one, and writing sheets. */
export type SheetActions = Pick<WorkbookPort, "checkSheet" | "writeSheets" | "listSheets">;

/** Sheets to write, and what follows once they are written (the success notice, storing the configuration). */
export interface SheetPlan {
  readonly sheets: OutputSheet[];
  /** The sheet the data comes from: never written, a sheet planned under its name goes to a free name. */
  readonly keep?: string;
  /** Called with the sheets written under another name than planned (planned name → written name). */
  readonly done: (renamed: ReadonlyMap<string, string>) => void | Promise<void>;
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

/** Warnings and information kept side by side; older ones beyond this many are dropped. */
const MAX_KEPT = 3;

/**
 * The notices with `notice` added: a new error or success replaces the previous one of its kind (it is the
 * outcome of the latest action), while warnings and information add up (to MAX_KEPT each), so one warning
 * — say that the results went to another sheet — is never silently replaced by the next.
 */
export function addNotice(notices: readonly Notice[], notice: Notice): Notice[] {
  if (notice.intent === "error" || notice.intent === "success") {
    return [...notices.filter((n) => n.intent !== notice.intent), notice];
  }
  const same = notices.filter((n) => n.intent === notice.intent);
  const dropped = new Set(same.slice(0, Math.max(0, same.length - MAX_KEPT + 1)));
  return [...notices.filter((n) => !dropped.has(n)), notice];
}

/**
 * The sheets among `sheets` that must not be replaced without asking: changed by someone since the
 * add-in wrote them (anywhere on the sheet), or not made by the add-in at all; each with a free name
 * to write to instead.
 */
export async function sheetConflicts(
  actions: Pick<SheetActions, "checkSheet">,
  sheets: readonly OutputSheet[],
  existing: readonly string[],
): Promise<SheetConflict[]> {
  const conflicts: SheetConflict[] = [];
  const taken = [...existing, ...sheets.map((s) => s.name)];
  for (const sheet of sheets) {
    const { state, changes } = await actions.checkSheet(sheet.name);
    if (state === "edited" || state === "foreign") {
      const newName = freeSheetName(sheet.name, taken);
      taken.push(newName);
      conflicts.push({ name: sheet.name, state, changes, newName });
    }
  }
  return conflicts;
}

/**
 * The plan's sheets with any planned under the name of the data's sheet (compared as Excel compares sheet
 * names, ignoring case) moved to a free name, and the moves made.
 */
export function keepDataSheet(
  plan: SheetPlan,
  existing: readonly string[],
): { sheets: OutputSheet[]; moved: Array<{ from: string; to: string }> } {
  const keep = plan.keep?.toUpperCase();
  const clash = keep === undefined ? undefined : plan.sheets.find((s) => s.name.toUpperCase() === keep);
  if (!clash) return { sheets: plan.sheets, moved: [] };
  const to = freeSheetName(clash.name, [...existing, ...plan.sheets.map((s) => s.name)]);
  return { sheets: renameSheets(plan.sheets, new Map([[clash.name, to]])), moved: [{ from: clash.name, to }] };
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
  const [pending, setPending] = React.useState<{
    plan: SheetPlan & { moved: ReadonlyMap<string, string> };
    conflicts: SheetConflict[];
  } | null>(null);
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
        const planned = await makePlan();
        if (!planned) return;
        const existing = await actions.listSheets();
        const { sheets, moved } = keepDataSheet(planned, existing);
        for (const { from, to } of moved) notify("warning", (s) => s.safety.dataSheetKept(planned.keep ?? from, to));
        const plan = { ...planned, sheets, moved: new Map(moved.map(({ from, to }) => [from, to])) };
        const conflicts = await sheetConflicts(actions, plan.sheets, existing);
        if (conflicts.length) {
          setPending({ plan, conflicts });
          return;
        }
        await actions.writeSheets(plan.sheets);
        await plan.done(plan.moved);
      } catch (error) {
        notify("error", (s, l) => s.errors.write(errorText(error, s, l), error instanceof WorkbookError));
      } finally {
        setBusy(false);
      }
    },
    [actions, busy, clear, notify],
  );

  const confirm = React.useCallback(
    async (newSheets: boolean) => {
      if (!pending) return;
      setPending(null);
      setBusy(true);
      try {
        const renames = new Map(newSheets ? pending.conflicts.map((c) => [c.name, c.newName]) : []);
        await actions.writeSheets(renameSheets(pending.plan.sheets, renames));
        // Planned name → written name, through both the move off the data's sheet and the user's choice.
        const written = new Map(pending.plan.moved);
        for (const [from, to] of renames) {
          const planned = [...written].find(([, moved]) => moved === from)?.[0] ?? from;
          written.set(planned, to);
        }
        await pending.plan.done(written);
        if (renames.size) {
          const names = [...renames.values()].join(", ");
          notify("info", (s) => s.safety.writtenToNew(names));
        }
      } catch (error) {
        notify("error", (s, l) => s.errors.write(errorText(error, s, l), error instanceof WorkbookError));
      } finally {
        setBusy(false);
      }
    },
    [actions, notify, pending],
  );

  const cancelReplace = React.useCallback(() => {
    setPending(null);
    notify("info", (s) => s.compute.cancelled);
  }, [notify]);

  const replaceDialog = React.useMemo(
    () => ({
      pending: pending ? { conflicts: pending.conflicts } : null,
      onReplace: () => void confirm(false),
      onNewSheets: () => void confirm(true),
      onCancel: cancelReplace,
    }),
    [pending, confirm, cancelReplace],
  );

  return { busy, notices, notify, dismiss, clear, write, replaceDialog };
}
