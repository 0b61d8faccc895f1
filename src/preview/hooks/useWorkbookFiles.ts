/**
 * The workbook the page shows, as files bring it: open a picked, dropped or
 * sample file (a file that cannot be opened leaves the current workbook as it
 * was and says why), export it as .xlsx, and say how that went.
 */
import * as React from "react";
import type { Language } from "../../i18n/language";
import type { SheetModel } from "../../workbook/model";
import { XLSX_TYPE, downloadBytes, exportFileName } from "../download";
import { PreviewFileError, fileErrorMessage } from "../io/fileError";
import { openWorkbookFile } from "../io/openFile";
import { csvNotes } from "../io/importNotes";
import { rasteriseSvg } from "../io/rasterise";
import { nonFiniteCells, writeXlsx } from "../io/writeXlsx";
import { sampleUrl, type Sample } from "../samples";
import { PREVIEW_STRINGS as STRINGS } from "../../i18n/preview";
import { createPreviewWorkbook, type PreviewWorkbook } from "../workbook";
import { visibleSheets } from "./useSheetView";

export interface OpenWorkbook {
  workbook: PreviewWorkbook;
  /** The file or sample name it was opened from. */
  name: string;
  /** Distinct for every opened workbook: the task pane starts afresh with each. */
  id: number;
}

export type Notice = { intent: "error" | "warning" | "success" | "info"; text: string };

export async function fetchFromOrigin(sample: Sample): Promise<ArrayBuffer> {
  const response = await fetch(sampleUrl(sample));
  if (!response.ok) throw new Error(`${sampleUrl(sample)}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

export interface WorkbookFilesOptions {
  language: Language;
  /** Bytes of a sample. */
  fetchSample: (sample: Sample) => Promise<ArrayBuffer>;
  /** Called with a workbook just opened and the sheet to show first. */
  onOpened: (workbook: PreviewWorkbook, first: SheetModel) => void;
}

export function useWorkbookFiles({ language, fetchSample, onOpened }: WorkbookFilesOptions) {
  const [doc, setDoc] = React.useState<OpenWorkbook>();
  const [busy, setBusy] = React.useState<string>();
  const [notice, setNotice] = React.useState<Notice>();
  const nextId = React.useRef(1);

  const open = React.useCallback(
    async (name: string, bytes: () => Promise<ArrayBuffer>) => {
      setBusy(STRINGS[language].loading(name));
      setNotice(undefined);
      try {
        const { model, csv } = await openWorkbookFile(name, await bytes());
        const workbook = createPreviewWorkbook(model);
        const first = visibleSheets(workbook)[0] ?? model.sheets[0];
        setDoc({ workbook, name, id: nextId.current++ });
        onOpened(workbook, first);
        const loaded = STRINGS[language].loaded(
          name,
          model.sheets.length,
          first.name,
          Math.max(0, first.cells.length - 1),
        );
        const notes = csv ? csvNotes(csv, language) : "";
        setNotice({ intent: notes ? "warning" : "info", text: notes ? `${loaded} ${notes}` : loaded });
      } catch (error) {
        const text =
          error instanceof PreviewFileError
            ? fileErrorMessage(error, language)
            : STRINGS[language].loadFailed(error instanceof Error ? error.message : String(error));
        setNotice({ intent: "error", text });
      } finally {
        setBusy(undefined);
      }
    },
    [language, onOpened],
  );

  const openSample = React.useCallback(
    (sample: Sample) => open(sample.file, () => fetchSample(sample)),
    [open, fetchSample],
  );

  const openFiles = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) void open(file.name, () => file.arrayBuffer());
  };

  const exportWorkbook = async () => {
    if (!doc) return;
    const t = STRINGS[language];
    setBusy(t.export);
    try {
      const name = exportFileName(doc.name);
      const blanked = nonFiniteCells(doc.workbook.model);
      downloadBytes(await writeXlsx(doc.workbook.model, rasteriseSvg), name, XLSX_TYPE);
      setNotice({
        intent: blanked ? "warning" : "success",
        text: blanked ? `${t.exported(name)} ${t.nonFiniteBlanked(blanked)}` : t.exported(name),
      });
    } catch (error) {
      setNotice({
        intent: "error",
        text: t.exportFailed(error instanceof Error ? error.message : String(error)),
      });
    } finally {
      setBusy(undefined);
    }
  };

  return { doc, busy, notice, dismissNotice: () => setNotice(undefined), openSample, openFiles, exportWorkbook };
}
