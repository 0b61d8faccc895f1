import * as React from "react";
import type { MakePicture } from "../map/types";
import { Body1, Button, Spinner, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { DataBlock } from "../../workbook/port";
import { formatCount, formatShare } from "../allocation/format";
import { Notices } from "../components/Notices";
import { Section } from "../components/Section";
import type { DataAnalysis } from "../model/analyze";
import { restoreConfig, sameSource, type MdiConfig } from "../model/config";
import { formatNumber } from "../model/numbers";
import { describeSource, methodLines } from "../plan";
import { errorText } from "../state/messages";
import { useSheetWriter } from "../state/sheetWriter";
import type { WorkbookActions } from "../state/workbookActions";
import { ReplaceDialog } from "../steps/compute/ReplaceDialog";
import { readTrendSummary, type TrendSummary } from "../trend/trendTable";
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
  /** Reads the MDI results the briefing is about. */
  readonly readMdiTable: WorkbookActions["readMdiTable"];
  /** Reads a table of the workbook: the trend's, when the step Ontwikkeling has written it. */
  readonly readTable: WorkbookActions["readTable"];
  /** Reads the configuration the MDI sheet was computed with. */
  readonly readStoredConfig: WorkbookActions["readStoredConfig"];
  /** Writes the sheet MDI briefing. */
  readonly sheets: WorkbookActions["sheets"];
  readonly data: DataBlock;
  readonly analysis: DataAnalysis;
  readonly config: MdiConfig;
  /** The map the map step drew (placed beside the briefing), or null when it drew none. */
  readonly mapPicture?: MakePicture | null;
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
export function BriefingPanel({
  readMdiTable,
  readStoredConfig,
  readTable,
  sheets,
  data,
  analysis,
  config,
  mapPicture = null,
}: BriefingPanelProps) {
  const styles = useStyles();
  const { strings, language } = useLanguage();
  const t = strings.briefing;
  const writer = useSheetWriter(sheets);
  const { notify } = writer;
  const [written, setWritten] = React.useState<Briefing | null>(null);

  /** The briefing on the MDI sheet and its method, or null after a notice saying why there is none. */
  const prepare = async (): Promise<{ briefing: Briefing; method: string[]; trend: TrendSummary | null } | null> => {
    try {
      const table = await readMdiTable();
      if (!table) {
        notify("warning", (s) => s.briefing.noMdi);
        return null;
      }
      if (table.rows !== data.rows.length) {
        notify("warning", (s) => s.briefing.mismatch(data.rows.length, table.rows));
        return null;
      }
      // The method the MDI sheet was computed with: stored in the workbook by "Compute".
      const stored = await readStoredConfig();
      const used = stored && sameSource(stored.source, data.source) ? restoreConfig(stored, data, analysis) : config;
      const briefing = briefingData({ table, data, analysis, config: used });
      const method = methodLines({
        config: used,
        analysis,
        data,
        strings,
        language,
        version: APP_VERSION,
        date: today(),
        missing: {
          unscored: briefing.areas - briefing.scored,
          withoutData: null,
          inhabitants: null,
          filled: null,
        },
      });
      // The trend, when the step Ontwikkeling has written it.
      const trend = await readTrendSummary(readTable);
      return { briefing, method, trend };
    } catch (error) {
      notify("error", (s, l) => s.errors.read(errorText(error, s, l)));
      return null;
    }
  };

  const write = () =>
    writer.write(async () => {
      const prepared = await prepare();
      if (!prepared) return null;
      return {
        sheets: [
          briefingSheet({
            briefing: prepared.briefing,
            source: describeSource(data.source),
            method: prepared.method,
            trend: prepared.trend,
            strings,
            language,
            version: APP_VERSION,
            date: today(),
            map: mapPicture?.() ?? null,
          }),
        ],
        done: () => {
          setWritten(prepared.briefing);
          notify("success", (s) => s.briefing.done(BRIEFING_SHEET));
        },
      };
    });

  return (
    <Section heading={t.heading} intro={t.intro}>
      <Notices notices={writer.notices} onDismiss={writer.dismiss} />
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void write()} disabled={writer.busy}>
          {t.button}
        </Button>
        {writer.busy && <Spinner size="tiny" label={t.busy} />}
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
      <ReplaceDialog {...writer.replaceDialog} />
    </Section>
  );
}
