/**
 * The preview page: on the left the workbook (header with its actions, formula bar, grid with
 * the sheet's charts, sheet tabs), on the right the task pane bound to the same in-memory
 * workbook. Opens on the default sample; loads .xlsx or .csv files picked or dropped; exports
 * the workbook as .xlsx. A file that cannot be opened leaves the current workbook as it was and
 * says why.
 */
import * as React from "react";
import { Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { setLanguageOverride, type Language } from "../i18n/language";
import { PreviewHeader } from "./components/PreviewHeader";
import { PreviewNotice } from "./components/PreviewNotice";
import { SheetArea } from "./components/SheetArea";
import { useFileDrop } from "../taskpane/components/useFileDrop";
import { useSheetView, visibleSheets } from "./hooks/useSheetView";
import { fetchFromOrigin, useWorkbookFiles } from "./hooks/useWorkbookFiles";
import { DEFAULT_SAMPLE } from "./samples";
import { PREVIEW_STRINGS as STRINGS } from "../i18n/preview";
import type { PreviewWorkbook } from "./workbook";

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(340px, 420px)",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    "@media (max-width: 900px)": {
      gridTemplateColumns: "minmax(0, 1fr)",
      gridTemplateRows: "70vh auto",
      height: "auto",
    },
  },
  workbook: {
    position: "relative",
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    minHeight: 0,
  },
  busy: { padding: tokens.spacingVerticalXXL },
  drop: {
    position: "absolute",
    inset: 0,
    zIndex: 10,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    backgroundColor: tokens.colorBackgroundOverlay,
    color: tokens.colorNeutralForegroundOnBrand,
    fontSize: tokens.fontSizeBase500,
    border: `3px dashed ${tokens.colorBrandStroke1}`,
    pointerEvents: "none",
  },
  pane: {
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    overflowY: "auto",
    minHeight: 0,
    "@media (max-width: 900px)": { borderLeft: "none", borderTop: `1px solid ${tokens.colorNeutralStroke1}` },
  },
});

export interface PreviewAppProps {
  initialLanguage: Language;
  /** The task pane, given the workbook (the real pane in the page). */
  Pane: React.ComponentType<{ workbook: PreviewWorkbook; language: Language }>;
  /** Bytes of a sample; by default fetched from the page's own origin. */
  fetchSample?: typeof fetchFromOrigin;
}

export function PreviewApp({ initialLanguage, Pane, fetchSample = fetchFromOrigin }: PreviewAppProps) {
  const styles = useStyles();
  const [language, setLanguage] = React.useState<Language>(initialLanguage);
  const t = STRINGS[language];
  const view = useSheetView();
  const files = useWorkbookFiles({ language, fetchSample, onOpened: view.showOpened });
  const drop = useFileDrop(files.openFiles);
  const { doc, busy, notice, openSample } = files;

  React.useEffect(() => {
    setLanguageOverride(language);
    document.documentElement.lang = language;
    document.title = t.title;
  }, [language, t.title]);

  // Open on the default sample, once.
  const started = React.useRef(false);
  React.useEffect(() => {
    if (started.current) return;
    started.current = true;
    void openSample(DEFAULT_SAMPLE);
  }, [openSample]);

  const { follow } = view;
  React.useEffect(() => (doc ? follow(doc.workbook) : undefined), [doc, follow]);

  const sheet = doc?.workbook.model.sheets.find((s) => s.name === view.activeSheet);

  return (
    <div className={styles.root} data-preview-state={busy ? "busy" : doc ? "ready" : "empty"}>
      <section className={styles.workbook} aria-label={t.workbook} {...drop.handlers}>
        <PreviewHeader
          t={t}
          language={language}
          onLanguage={setLanguage}
          busy={!!busy}
          canExport={!!doc}
          onOpenFiles={files.openFiles}
          onSample={(sample) => void openSample(sample)}
          onExport={() => void files.exportWorkbook()}
        />
        {notice && <PreviewNotice notice={notice} dismissLabel={t.dismiss} onDismiss={files.dismissNotice} />}
        {busy && <Spinner className={styles.busy} label={busy} />}
        {doc && sheet && (
          <SheetArea
            workbook={doc.workbook}
            workbookId={doc.id}
            sheet={sheet}
            sheets={visibleSheets(doc.workbook).map((s) => s.name)}
            version={view.version}
            language={language}
            t={t}
            selection={view.selection}
            onSelect={(next) => view.select(doc.workbook, sheet.name, next)}
            onSheet={view.showSheet}
          />
        )}
        {drop.dragging && (
          <div className={styles.drop} aria-hidden>
            {t.dropHere}
          </div>
        )}
      </section>
      <aside className={styles.pane} aria-label={t.pane}>
        {doc && <Pane key={doc.id} workbook={doc.workbook} language={language} />}
      </aside>
    </div>
  );
}
