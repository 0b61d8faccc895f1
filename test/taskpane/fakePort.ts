/**
 * A WorkbookPort for component tests: the real in-memory workbook, with
 * chosen methods made to fail as Excel can fail, and every call counted.
 */
import type { WorkbookPort } from "../../src/workbook/port";

type Method = keyof WorkbookPort;

export interface RecordingPort extends WorkbookPort {
  /** Calls per method, in order. */
  readonly calls: Method[];
}

/**
 * Wraps `base`: methods named in `failures` reject with that error (as an
 * Excel.run that fails would), the others pass through.
 */
export function recordingPort(base: WorkbookPort, failures: Partial<Record<Method, Error>> = {}): RecordingPort {
  const calls: Method[] = [];
  const port = {} as Record<Method, unknown>;
  for (const method of [
    "readSelection",
    "listTables",
    "readTable",
    "listSheets",
    "sheetState",
    "checkSheet",
    "writeSheets",
    "placePicture",
    "loadSetting",
    "saveSetting",
  ] as Method[]) {
    port[method] = async (...args: unknown[]) => {
      calls.push(method);
      const failure = failures[method];
      if (failure) throw failure;
      return (base[method] as (...a: unknown[]) => Promise<unknown>).apply(base, args);
    };
  }
  return Object.assign(port as unknown as WorkbookPort, { calls });
}
