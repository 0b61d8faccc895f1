import * as React from "react";
import {
  Body1,
  Caption1,
  FluentProvider,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { currentLanguage, type Language } from "../i18n/language";
import type { MakePicture } from "./map/types";
import type { WorkbookPort } from "../workbook/port";
import { AllocationPanel } from "./allocation/AllocationPanel";
import { BriefingPanel } from "./briefing/BriefingPanel";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { Notices } from "./components/Notices";
import { problems as findProblems } from "./model/validate";
import { usePane } from "./state/usePane";
import { workbookActions } from "./state/workbookActions";
import { CompareStep } from "./steps/compare/CompareStep";
import { ComputeStep } from "./steps/compute/ComputeStep";
import { ReplaceDialog } from "./steps/compute/ReplaceDialog";
import { DataStep } from "./steps/data/DataStep";
import { TrendPanel } from "./trend/TrendPanel";
import { DomainsStep } from "./steps/domains/DomainsStep";
import { MapPanel } from "./map/MapPanel";
import { MethodSummary } from "./steps/method/MethodSummary";
import { WeightsStep } from "./steps/weights/WeightsStep";
import { LanguageProvider, useLanguage } from "./strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100%",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  privacy: { color: tokens.colorNeutralForeground3 },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  // Nine steps do not fit a narrow task pane on one line.
  steps: { flexWrap: "wrap" },
});

type Step = "data" | "domains" | "weights" | "compute" | "map" | "compare" | "trend" | "allocation" | "briefing";
const STEPS: readonly Step[] = [
  "data",
  "domains",
  "weights",
  "compute",
  "map",
  "compare",
  "trend",
  "allocation",
  "briefing",
];

export interface TaskPaneProps {
  /** The workbook: Office.js in Excel, the in-memory workbook in tests and the browser preview. */
  readonly port: WorkbookPort;
  /** Starting language; default Office's display language. The user can switch in the pane. */
  readonly language?: Language;
  /** Fluent theme (in Excel: light or dark after Office's theme, chosen by the entry); default light. */
  readonly theme?: Theme;
}

/**
 * The MDI task pane: data → domains → weights and method → compute →
 * correlation, in Dutch or English, talking to the workbook only through
 * the port it is given.
 */
export function TaskPane({ port, language, theme }: TaskPaneProps) {
  return (
    <FluentProvider theme={theme ?? webLightTheme}>
      <LanguageProvider initial={language ?? currentLanguage()}>
        <PaneBody port={port} />
      </LanguageProvider>
    </FluentProvider>
  );
}

function PaneBody({ port }: { port: WorkbookPort }) {
  const styles = useStyles();
  const { strings, language } = useLanguage();
  const pane = usePane(port, strings, language);
  // The panels get what they may do with the workbook, not the port.
  const actions = React.useMemo(() => workbookActions(port), [port]);
  const [step, setStep] = React.useState<Step>("data");
  const { data, analysis, config } = pane.state;
  const ready = data && analysis && config;
  const blocking = React.useMemo(() => (config && analysis ? findProblems(config, analysis) : []), [config, analysis]);
  const areas = React.useMemo(() => {
    if (!data || !analysis || !config?.areaColumn) return [];
    const index = analysis.columns.find((c) => c.name === config.areaColumn)?.index ?? -1;
    return index < 0 ? [] : data.rows.map((row) => String(row[index] ?? "").trim());
  }, [data, analysis, config?.areaColumn]);
  const date = React.useMemo(() => new Date().toISOString().slice(0, 10), []);
  // The map as the map step last drew it: the briefing carries it.
  const [mapPicture, setMapPicture] = React.useState<MakePicture | null>(null);
  // A function kept in state is set through an updater, or React would call it.
  const onMapPicture = React.useCallback((make: MakePicture | null) => setMapPicture(() => make), []);

  return (
    <main className={styles.root} lang={language}>
      <header className={styles.header}>
        <Title3 as="h1">{strings.app.title}</Title3>
        <Body1>{strings.app.intro}</Body1>
        <LanguageSwitch />
      </header>
      <Notices notices={pane.notices} onDismiss={pane.dismiss} />
      <TabList
        className={styles.steps}
        aria-label={strings.app.steps}
        selectedValue={step}
        onTabSelect={(_, d) => setStep(d.value as Step)}
        size="small"
      >
        {STEPS.map((s) => (
          <Tab key={s} value={s} id={`mdi-tab-${s}`} disabled={s !== "data" && !ready}>
            {s === "map" || s === "trend" || s === "allocation" || s === "briefing" ? strings[s].tab : strings.steps[s]}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" aria-labelledby={`mdi-tab-${step}`} className={styles.panel}>
        {step === "data" && (
          <DataStep
            state={pane.state}
            tables={pane.tables}
            reading={pane.busy === "read"}
            onReadSelection={() => void pane.readSelection()}
            onReadTable={(name) => void pane.readTable(name)}
            dispatch={pane.dispatch}
          />
        )}
        {ready && step === "domains" && <DomainsStep config={config} analysis={analysis} dispatch={pane.dispatch} />}
        {ready && step === "weights" && (
          <WeightsStep config={config} analysis={analysis} data={data} dispatch={pane.dispatch} />
        )}
        {ready && step === "compute" && (
          <>
            <ComputeStep
              config={config}
              analysis={analysis}
              areas={areas}
              problems={blocking}
              busy={pane.busy === "compute"}
              onCompute={() => void pane.compute()}
              dispatch={pane.dispatch}
            />
            <MethodSummary config={config} analysis={analysis} data={data} date={date} />
          </>
        )}
        {ready && step === "map" && (
          <MapPanel
            readMdiTable={actions.readMdiTable}
            readTable={actions.readTable}
            loadSettings={actions.loadMapSettings}
            saveSettings={actions.saveMapSettings}
            placePicture={actions.placePicture}
            sheets={actions.sheets}
            data={data}
            config={config}
            onPicture={onMapPicture}
          />
        )}
        {ready && step === "compare" && (
          <CompareStep
            config={config}
            analysis={analysis}
            outcome={pane.correlations}
            blocked={blocking.length > 0}
            busy={pane.busy === "compare"}
            onCompare={() => void pane.compare()}
            dispatch={pane.dispatch}
          />
        )}
        {ready && step === "trend" && (
          <TrendPanel
            tables={pane.tables}
            readTable={actions.readTable}
            loadSettings={actions.loadTrendSettings}
            saveSettings={actions.saveTrendSettings}
            sheets={actions.sheets}
            data={data}
            analysis={analysis}
            config={config}
          />
        )}
        {ready && step === "allocation" && (
          <AllocationPanel
            readMdiTable={actions.readMdiTable}
            sheets={actions.sheets}
            data={data}
            analysis={analysis}
            config={config}
          />
        )}
        {ready && step === "briefing" && (
          <BriefingPanel
            readMdiTable={actions.readMdiTable}
            readStoredConfig={actions.readStoredConfig}
            readTable={actions.readTable}
            sheets={actions.sheets}
            data={data}
            analysis={analysis}
            config={config}
            mapPicture={mapPicture}
          />
        )}
      </div>
      <Caption1 className={styles.privacy}>{strings.app.privacy}</Caption1>
      <ReplaceDialog {...pane.replaceDialog} />
    </main>
  );
}
