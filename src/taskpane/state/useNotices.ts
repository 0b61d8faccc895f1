import * as React from "react";
import type { OutputSheet, SheetState, WorkbookPort } from "../../workbook/port";
import type { Notice } from "./usePane";

/** The notices a panel shows: one of each intent at a time, a new error replacing the previous one. */
export function useNotices() {
  const [notices, setNotices] = React.useState<Notice[]>([]);
  const nextId = React.useRef(1);
  const notify = React.useCallback((intent: Notice["intent"], text: Notice["text"]) => {
    const id = nextId.current++;
    setNotices((list) => [...list.filter((n) => n.intent !== intent), { id, intent, text }]);
  }, []);
  const dismiss = React.useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const clear = React.useCallback(() => setNotices([]), []);
  return { notices, notify, dismiss, clear };
}

/**
 * The sheets among `sheets` that must not be replaced without asking: edited by hand since the
 * add-in wrote them, or not made by the add-in at all.
 */
export async function sheetConflicts(
  port: WorkbookPort,
  sheets: readonly OutputSheet[],
): Promise<Array<{ name: string; state: SheetState }>> {
  const conflicts: Array<{ name: string; state: SheetState }> = [];
  for (const sheet of sheets) {
    const state = await port.sheetState(sheet.name);
    if (state === "edited" || state === "foreign") conflicts.push({ name: sheet.name, state });
  }
  return conflicts;
}
