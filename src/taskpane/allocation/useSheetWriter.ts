import * as React from "react";
import type { OutputSheet, WorkbookPort } from "../../workbook/port";
import { errorText } from "../state/messages";
import type { Notice, PendingReplace } from "../state/usePane";
import { sheetConflicts, useNotices } from "../state/useNotices";

/**
 * Writing the panels' own sheets safely, as the pane writes its results:
 * the state of each sheet is asked first; a sheet that was edited by hand or
 * not made by the add-in is replaced only after the user agrees (the pane's
 * ReplaceDialog); anything that fails becomes a notice saying what to do.
 */
export interface SheetWriter {
  readonly busy: boolean;
  readonly notices: readonly Notice[];
  readonly dismiss: (id: number) => void;
  readonly notify: (intent: Notice["intent"], text: Notice["text"]) => void;
  readonly clear: () => void;
  /**
   * Writes the sheets made by `plan` (called inside the busy state, so a refusal of the plan is reported too),
   * asking first when one would replace a sheet that is not the add-in's unchanged output; then `done`.
   */
  readonly write: (
    plan: () => OutputSheet[] | Promise<OutputSheet[]>,
    done: (sheets: OutputSheet[]) => void,
  ) => Promise<void>;
  readonly pendingReplace: PendingReplace | null;
  readonly confirmReplace: () => Promise<void>;
  readonly cancelReplace: () => void;
}

export function useSheetWriter(port: WorkbookPort): SheetWriter {
  const [busy, setBusy] = React.useState(false);
  const [pending, setPending] = React.useState<{
    sheets: OutputSheet[];
    conflicts: PendingReplace["conflicts"];
    done: (sheets: OutputSheet[]) => void;
  } | null>(null);
  const { notices, notify, dismiss, clear } = useNotices();

  const write = React.useCallback(
    async (plan: () => OutputSheet[] | Promise<OutputSheet[]>, done: (sheets: OutputSheet[]) => void) => {
      if (busy) return;
      setBusy(true);
      clear();
      try {
        const sheets = await plan();
        const conflicts = await sheetConflicts(port, sheets);
        if (conflicts.length) {
          setPending({ sheets, conflicts, done });
          return;
        }
        await port.writeSheets(sheets);
        done(sheets);
      } catch (error) {
        notify("error", (s, l) => s.errors.write(errorText(error, s, l)));
      } finally {
        setBusy(false);
      }
    },
    [busy, clear, notify, port],
  );

  const confirmReplace = React.useCallback(async () => {
    if (!pending) return;
    setPending(null);
    setBusy(true);
    try {
      await port.writeSheets(pending.sheets);
      pending.done(pending.sheets);
    } catch (error) {
      notify("error", (s, l) => s.errors.write(errorText(error, s, l)));
    } finally {
      setBusy(false);
    }
  }, [notify, pending, port]);

  const cancelReplace = React.useCallback(() => {
    setPending(null);
    notify("info", (s) => s.compute.cancelled);
  }, [notify]);

  return {
    busy,
    notices,
    dismiss,
    notify,
    clear,
    write,
    pendingReplace: pending ? { conflicts: pending.conflicts } : null,
    confirmReplace,
    cancelReplace,
  };
}
