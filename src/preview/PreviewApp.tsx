/**
 * The preview page: on the left the workbook (toolbar, formula bar, grid with the sheet's charts,
 * sheet tabs), on the right the task pane bound to the same in-memory workbook. Opens on the
 * default sample; loads .xlsx or .csv files picked or dropped; exports the workbook as .xlsx.
 * A file that cannot be opened leaves the current workbook as it was and says why.
 */
import * as React from "react";
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  Toolbar,
  ToolbarButton,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { setLanguageOverride, type Language } from "../i18n/language";
import { PREVIEW_STRINGS as STRINGS } from "../i18n/preview";
import type { SheetModel } from "../workbook/model";
import type { CellInput } from "../workbook/port";
import { FormulaBar } from "./components/FormulaBar";
import { Grid, selectionAddress, usedSize, type Selection } from "./components/Grid";
import { SheetTabs } from "./components/SheetTabs";
import { XLSX_TYPE, downloadBytes, exportFileName } from "./download";
import { PreviewFileError, fileErrorMessage } from "./io/fileError";
import { openWorkbookFile } from "./io/openFile";
import { writeXlsx } from "./io/writeXlsx";
import { DEFAULT_SAMPLE, SAMPLES, sampleUrl, type Sample } from "./samples";
import { createPreviewWorkbook, type PreviewWorkbook } from "./workbook";

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
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { fontWeight: tokens.fontWeightSemibold },
  toolbar: { flexWrap: "wrap" },
  language: { marginLeft: "auto" },
  notice: { margin: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
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
  hidden: { display: "none" },
});

interface OpenWorkbook {
  workbook: PreviewWorkbook;
  /** The file or sample name it was opened from. */
  name: string;
  /** Distinct for every opened workbook: the task pane starts afresh with each. */
  id: number;
}

type Notice = { intent: "error" | "success" | "info"; text: string };

async function fetchFromOrigin(sample: Sample): Promise<ArrayBuffer> {
  const response = await fetch(sampleUrl(sample));
  if (!response.ok) throw new Error(`${sampleUrl(sample)}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

export interface PreviewAppProps {
  initialLanguage: Language;
  /** The task pane, given the workbook (the real pane in the page). */
  Pane: React.ComponentType<{ workbook: PreviewWorkbook; language: Language }>;
  /** Bytes of a sample; by default fetched from the page's own origin. */
  fetchSample?: typeof fetchFromOrigin;
}

const visibleSheets = (workbook: PreviewWorkbook): SheetModel[] =>
  workbook.model.sheets.filter((s) => s.visible !== false);

/** The selection covering a sheet's used range (what the pane reads when asked for the selection). */
function wholeSheet(sheet: SheetModel): Selection {
  const used = usedSize(sheet);
  return {
    anchor: { row: 0, column: 0 },
    focus: { row: Math.max(0, used.rows - 1), column: Math.max(0, used.columns - 1) },
  };
}

export function PreviewApp({ initialLanguage, Pane, fetchSample = fetchFromOrigin }: PreviewAppProps) {
  const styles = useStyles();
  const [language, setLanguage] = React.useState<Language>(initialLanguage);
  const t = STRINGS[language];
  const [doc, setDoc] = React.useState<OpenWorkbook>();
  const [version, setVersion] = React.useState(0);
  const [activeSheet, setActiveSheet] = React.useState("");
  const [selection, setSelection] = React.useState<Selection>();
  const [busy, setBusy] = React.useState<string>();
  const [notice, setNotice] = React.useState<Notice>();
  const [dragging, setDragging] = React.useState(false);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const nextId = React.useRef(1);

  React.useEffect(() => {
    setLanguageOverride(language);
    document.documentElement.lang = language;
    document.title = t.title;
  }, [language, t.title]);

  const select = React.useCallback((workbook: PreviewWorkbook, sheet: string, next: Selection) => {
    setSelection(next);
    workbook.select(sheet, selectionAddress(next));
  }, []);

  const open = React.useCallback(
    async (name: string, bytes: () => Promise<ArrayBuffer>) => {
      setBusy(STRINGS[language].loading(name));
      setNotice(undefined);
      try {
        const model = await openWorkbookFile(name, await bytes());
        const workbook = createPreviewWorkbook(model);
        const first = visibleSheets(workbook)[0] ?? model.sheets[0];
        setDoc({ workbook, name, id: nextId.current++ });
        setActiveSheet(first.name);
        select(workbook, first.name, wholeSheet(first));
        setNotice({
          intent: "info",
          text: STRINGS[language].loaded(name, model.sheets.length, first.name, Math.max(0, first.cells.length - 1)),
        });
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
    [language, select],
  );

  const openSample = React.useCallback(
    (sample: Sample) => open(sample.file, () => fetchSample(sample)),
    [open, fetchSample],
  );

  // Open on the default sample, once.
  const started = React.useRef(false);
  React.useEffect(() => {
    if (started.current) return;
    started.current = true;
    void openSample(DEFAULT_SAMPLE);
  }, [openSample]);

  // Follow the workbook: redraw on every change; show a sheet the pane has just written and activated
  // (or added), and fall back to the first sheet when the shown one is removed.
  React.useEffect(() => {
    if (!doc) return undefined;
    const { workbook } = doc;
    let known = new Set(workbook.model.sheets.map((s) => s.name));
    return workbook.subscribe((change) => {
      setVersion((v) => v + 1);
      if (change.kind !== "sheets") return;
      const added = visibleSheets(workbook).filter((s) => !known.has(s.name));
      known = new Set(workbook.model.sheets.map((s) => s.name));
      const selected = workbook.model.selection?.sheet;
      const show = selected && change.sheets.includes(selected) ? selected : added[0]?.name;
      if (show) {
        setActiveSheet(show);
        setSelection({ anchor: { row: 0, column: 0 }, focus: { row: 0, column: 0 } });
      } else {
        setActiveSheet((current) => (known.has(current) ? current : (visibleSheets(workbook)[0]?.name ?? "")));
      }
    });
  }, [doc]);

  const exportWorkbook = async () => {
    if (!doc) return;
    setBusy(t.export);
    try {
      const name = exportFileName(doc.name);
      downloadBytes(await writeXlsx(doc.workbook.model), name, XLSX_TYPE);
      setNotice({ intent: "success", text: t.exported(name) });
    } catch (error) {
      setNotice({
        intent: "error",
        text: t.exportFailed(error instanceof Error ? error.message : String(error)),
      });
    } finally {
      setBusy(undefined);
    }
  };

  const openFiles = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) void open(file.name, () => file.arrayBuffer());
  };

  const sheet = doc?.workbook.model.sheets.find((s) => s.name === activeSheet);
  const focusCell = selection && sheet ? sheet.cells[selection.focus.row]?.[selection.focus.column] : undefined;
  const commit = (input: CellInput) => {
    if (!doc || !sheet || !selection) return;
    doc.workbook.setCell(sheet.name, selection.focus.row, selection.focus.column, input);
  };

  const hasFiles = (event: React.DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes("Files");

  return (
    <div className={styles.root} data-preview-state={busy ? "busy" : doc ? "ready" : "empty"}>
      <section
        className={styles.workbook}
        aria-label={t.workbook}
        onDragOver={(event) => {
          if (!hasFiles(event)) return;
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={(event) => {
          if (event.currentTarget === event.target) setDragging(false);
        }}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          openFiles(event.dataTransfer?.files);
        }}
      >
        <header className={styles.header}>
          <Text as="h1" size={400} className={styles.title}>
            {t.title}
          </Text>
          <Toolbar aria-label={t.toolbar} size="small" className={styles.toolbar}>
            <ToolbarButton appearance="primary" onClick={() => fileInput.current?.click()} disabled={!!busy}>
              {t.openFile}
            </ToolbarButton>
            <Menu>
              <MenuTrigger disableButtonEnhancement>
                <ToolbarButton disabled={!!busy}>{t.sample} ▾</ToolbarButton>
              </MenuTrigger>
              <MenuPopover>
                <MenuList>
                  {SAMPLES.map((sample) => (
                    <MenuItem key={sample.id} onClick={() => void openSample(sample)}>
                      {t.samples[sample.id]}
                    </MenuItem>
                  ))}
                </MenuList>
              </MenuPopover>
            </Menu>
            <ToolbarButton onClick={() => void exportWorkbook()} disabled={!doc || !!busy}>
              {t.export}
            </ToolbarButton>
          </Toolbar>
          {/* The options name the languages; the accessible name says what the choice covers. */}
          <Select
            className={styles.language}
            size="small"
            aria-label={t.language}
            value={language}
            onChange={(_, data) => setLanguage(data.value as Language)}
          >
            <option value="nl" lang="nl">
              {t.dutch}
            </option>
            <option value="en" lang="en">
              {t.english}
            </option>
          </Select>
          <input
            ref={fileInput}
            type="file"
            accept=".xlsx,.xlsm,.csv,.tsv,.txt"
            aria-label={t.openFileLabel}
            className={styles.hidden}
            onChange={(event) => {
              openFiles(event.currentTarget.files);
              event.currentTarget.value = "";
            }}
          />
        </header>
        {notice && (
          <MessageBar
            className={styles.notice}
            intent={notice.intent}
            politeness={notice.intent === "error" ? "assertive" : "polite"}
            data-notice={notice.intent}
          >
            <MessageBarBody>{notice.text}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  size="small"
                  aria-label={t.dismiss}
                  onClick={() => setNotice(undefined)}
                >
                  ✕
                </Button>
              }
            />
          </MessageBar>
        )}
        {busy && <Spinner className={styles.busy} label={busy} />}
        {doc && sheet && (
          <>
            <FormulaBar
              address={selection ? selectionAddress(selection) : ""}
              cell={focusCell}
              language={language}
              nameLabel={t.nameBox}
              formulaLabel={t.formulaBar}
              onCommit={commit}
            />
            <Grid
              key={`${doc.id}-${sheet.name}`}
              sheet={sheet}
              model={doc.workbook.model}
              version={version}
              language={language}
              selection={selection}
              onSelectionChange={(next) => select(doc.workbook, sheet.name, next)}
              label={t.grid(sheet.name)}
              selectAllLabel={t.selectAll}
              chartLabel={t.chart}
            />
            <SheetTabs
              sheets={visibleSheets(doc.workbook).map((s) => s.name)}
              active={sheet.name}
              label={t.sheets}
              onSelect={(name) => {
                setActiveSheet(name);
                setSelection(undefined);
              }}
            />
          </>
        )}
        {dragging && (
          <div className={mergeClasses(styles.drop)} aria-hidden>
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
