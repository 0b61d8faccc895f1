import * as React from "react";
import { Body1, Button, Spinner, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { DataBlock, WorkbookPort } from "../../workbook/port";
import { readMdiTable } from "../allocation/mdiTable";
import { formatCount, formatShare } from "../allocation/format";
import { useSheetWriter } from "../allocation/useSheetWriter";
import { Notices } from "../components/Notices";
import { Section } from "../components/Section";
import type { DataAnalysis } from "../model/analyze";
import { CONFIG_SETTING, isStoredConfig, restoreConfig, type MdiConfig } from "../model/config";
import { formatNumber } from "../model/numbers";
import { describeSource, methodLines } from "../plan";
import { errorText } from "../state/messages";
import { ReplaceDialog } from "../steps/compute/ReplaceDialog";
import { useLanguage } from "../strings";
import { APP_VERSION } from "../version";
import { briefingData, type Briefing } from "./briefingData";
import { BRIEFING_SHEET, briefingSheet } from "./briefingSheet";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
  summary: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export interface BriefingPanelProps {
  readonly port: WorkbookPort;
  readonly data: DataBlock;
  readonly analysis: DataAnalysis;
  readonly config: MdiConfig;
}

function sameSource(a: DataBlock["source"] | null | undefined, b: DataBlock["source"]): boolean {
  if (!a) return false;
  if (a.kind === "table" && b.kind === "table") return a.table === b.table;
  return a.kind === b.kind && a.sheet === b.sheet && a.address.replace(/^.*!/, "") === b.address.replace(/^.*!/, "");
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The briefing button: reads the MDI results the workbook holds (the MDI
 * sheet) and the configuration they were computed with (stored in the
 * workbook when computing), and writes the sheet "MDI briefing" — key
 * figures, most and least deprived areas, how they differ, deciles, stacking,
 * correlations, method and weights — in the pane's language.
 */
export function BriefingPanel({ port, data, analysis, config }: BriefingPanelProps) {
  const styles = useStyles();
  const { strings, language } = useLanguage();
  const t = strings.briefing;
  const writer = useSheetWriter(port);
  const { notify } = writer;
  const [reading, setReading] = React.useState(false);
  const [written, setWritten] = React.useState<Briefing | null>(null);

  const write = async () => {
    writer.clear();
    setReading(true);
    let plan: { briefing: Briefing; method: string[] };
    try {
      const table = await readMdiTable(port);
      if (!table) {
        notify("warning", (s) => s.briefing.noMdi);
        return;
      }
      if (table.rows !== data.rows.length) {
        notify("warning", (s) => s.briefing.mismatch(data.rows.length, table.rows));
        return;
      }
      // The method the MDI sheet was computed with: stored in the workbook by "Compute".
      const stored = await port.loadSetting<unknown>(CONFIG_SETTING);
      const used =
        isStoredConfig(stored) && sameSource(stored.source, data.source)
          ? restoreConfig(stored, data, analysis)
          : config;
      const briefing = briefingData({ table, data, analysis, config: used });
      const method = methodLines({
        config: used,
        analysis,
        data,
        strings,
        language,
        version: APP_VERSION,
        date: today(),
        unscored: briefing.areas - briefing.scored,
      });
      plan = { briefing, method };
    } catch (error) {
      notify("error", (s, l) => s.errors.read(errorText(error, s, l)));
      return;
    } finally {
      setReading(false);
    }
    await writer.write(
      () => [
        briefingSheet({
          briefing: plan.briefing,
          source: describeSource(data.source),
          method: plan.method,
          strings,
          version: APP_VERSION,
          date: today(),
        }),
      ],
      () => {
        setWritten(plan.briefing);
        notify("success", (s) => s.briefing.done(BRIEFING_SHEET));
      },
    );
  };

  const busy = reading || writer.busy;
  return (
    <Section heading={t.heading} intro={t.intro}>
      <Notices notices={writer.notices} onDismiss={writer.dismiss} />
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void write()} disabled={busy}>
          {t.button}
        </Button>
        {busy && <Spinner size="tiny" label={t.busy} />}
      </div>
      {written && (
        <section className={styles.summary} aria-label={t.summaryHeading}>
          <Subtitle2 as="h3">{t.summaryHeading}</Subtitle2>
          <Body1>{t.summaryAreas(formatCount(written.scored, language), formatCount(written.areas, language))}</Body1>
          <Body1>{t.summaryMean(formatNumber(written.meanScore, language, 1))}</Body1>
          {written.decile1PopulationShare !== null && (
            <Body1>{t.summaryDecile1(formatShare(written.decile1PopulationShare, language))}</Body1>
          )}
          <Body1>{t.summaryStacked(formatCount(written.stacked, language))}</Body1>
        </section>
      )}
      <ReplaceDialog
        pending={writer.pendingReplace}
        onReplace={() => void writer.confirmReplace()}
        onCancel={writer.cancelReplace}
      />
    </Section>
  );
}
