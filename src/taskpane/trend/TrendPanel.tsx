import * as React from "react";
import {
  Button,
  Caption1,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { DataBlock, TableInfo } from "../../workbook/port";
import { Notices } from "../components/Notices";
import { Section } from "../components/Section";
import { ComputeError } from "../compute/results";
import { analyzeData, type DataAnalysis } from "../model/analyze";
import { activeDomains, indicatorsByDomain, type MdiConfig } from "../model/config";
import { errorText } from "../state/messages";
import { useSheetWriter } from "../state/sheetWriter";
import type { WorkbookActions } from "../state/workbookActions";
import { ReplaceDialog } from "../steps/compute/ReplaceDialog";
import { useLanguage } from "../strings";
import { computeTrend, defaultMatches, matchAreas, type IndicatorMatches } from "./trendResults";
import { TREND_SHEET, trendSheet } from "./trendSheet";
import { restoreMatches, type TrendSettings } from "./trendSettings";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

const NONE = "";

export interface TrendPanelProps {
  /** The workbook's tables; the earlier period is one of them. */
  readonly tables: readonly TableInfo[];
  readonly readTable: WorkbookActions["readTable"];
  readonly loadSettings: WorkbookActions["loadTrendSettings"];
  readonly saveSettings: WorkbookActions["saveTrendSettings"];
  readonly sheets: WorkbookActions["sheets"];
  readonly data: DataBlock;
  readonly analysis: DataAnalysis;
  readonly config: MdiConfig;
}

/** The earlier table as read: still reading, read (with its analysis), or not readable. */
type Earlier = { status: "none" } | { status: "reading" } | { status: "read"; data: DataBlock; analysis: DataAnalysis };

/** The table offered first: the other one when the workbook has two, else the first that is not the data. */
function defaultTable(tables: readonly TableInfo[], current: string | undefined): string | null {
  return tables.find((t) => t.name !== current)?.name ?? null;
}

/**
 * "Ontwikkeling / Trend": the current data is the later period; the user picks the earlier one (another
 * table with the same area codes), sees how indicators and areas were matched and can fix the indicators,
 * and writes the sheet MDI ontwikkeling: per area the earlier and later MDI on fixed goalposts, the decile
 * transitions, two speeds, the change per domain, persistence.
 */
export function TrendPanel({
  tables,
  readTable,
  loadSettings,
  saveSettings,
  sheets,
  data,
  analysis,
  config,
}: TrendPanelProps) {
  const styles = useStyles();
  const { strings } = useLanguage();
  const t = strings.trend;
  const writer = useSheetWriter(sheets);
  const { notify } = writer;
  const [table, setTable] = React.useState<string | null>(() => defaultTable(tables, config.source?.table));
  const [earlier, setEarlier] = React.useState<Earlier>({ status: "none" });
  const [matches, setMatches] = React.useState<IndicatorMatches>({});
  const [summary, setSummary] = React.useState<string | null>(null);
  // The choices stored in the workbook: undefined while loading, null when there are none.
  const [stored, setStored] = React.useState<TrendSettings | null | undefined>(undefined);

  React.useEffect(() => {
    let open = true;
    loadSettings().then(
      (settings) => {
        if (!open) return;
        setStored(settings);
        if (settings && tables.some((x) => x.name === settings.earlierTable)) setTable(settings.earlierTable);
      },
      () => open && setStored(null), // unreadable settings: the defaults, as for a new workbook
    );
    return () => {
      open = false;
    };
  }, [loadSettings, tables]);

  const indicators = React.useMemo(() => {
    const byDomain = indicatorsByDomain(config, analysis);
    return activeDomains(config, analysis).flatMap((d) => byDomain.get(d) ?? []);
  }, [config, analysis]);

  React.useEffect(() => {
    if (!table || stored === undefined) return;
    let open = true;
    setEarlier({ status: "reading" });
    readTable(table).then(
      (block) => {
        if (!open) return;
        const earlierAnalysis = analyzeData(block, (i) => `${strings.data.columnHeader} ${i + 1}`);
        setEarlier({ status: "read", data: block, analysis: earlierAnalysis });
        const defaults = defaultMatches(indicators, earlierAnalysis);
        setMatches(restoreMatches(defaults, stored, table, earlierAnalysis.numericColumns));
      },
      (error: unknown) => {
        if (!open) return;
        setEarlier({ status: "none" });
        notify("error", (s, l) => s.errors.read(errorText(error, s, l)));
      },
    );
    return () => {
      open = false;
    };
    // The earlier table is read again when another is chosen, not when the language changes.
  }, [table, stored, readTable, notify, indicators]);

  const read = earlier.status === "read" ? earlier : null;
  const matching = React.useMemo(
    () => (read ? matchAreas({ data, analysis }, read, config.areaColumn) : null),
    [read, data, analysis, config.areaColumn],
  );
  const key = matching?.keyColumn ?? null;
  const matched = indicators.filter((name) => matches[name]).length;

  const compute = () => {
    if (!read) return;
    void writer.write(() => {
      let trend;
      try {
        trend = computeTrend(config, { data, analysis }, read, matches);
      } catch (error) {
        if (error instanceof ComputeError) {
          notify("error", (s, l) => errorText(error, s, l));
          return null;
        }
        throw error;
      }
      if (!trend) return null;
      const improved = trend.areas.filter((a) => a.change < 0).length;
      const later = config.source?.table ?? config.source?.sheet ?? "";
      return {
        sheets: [trendSheet({ trend, strings, earlierName: table ?? "", laterName: later })],
        done: async () => {
          notify("success", (s) => s.trend.done(TREND_SHEET, trend.bothScored));
          try {
            await saveSettings({ earlierTable: table ?? "", matches });
          } catch (error) {
            notify("warning", (s, l) => s.errors.settings(errorText(error, s, l)));
          }
          setSummary(strings.trend.summary(trend.bothScored, improved));
        },
      };
    });
  };

  const others = tables.filter((x) => x.name !== config.source?.table);
  return (
    <Section heading={t.heading} intro={t.intro}>
      <Notices notices={writer.notices} onDismiss={writer.dismiss} />
      {others.length === 0 ? (
        <Caption1>{t.noTables}</Caption1>
      ) : (
        <Field label={t.earlier}>
          <Dropdown
            value={table ?? ""}
            selectedOptions={table ? [table] : []}
            onOptionSelect={(_, d) => d.optionValue && setTable(d.optionValue)}
          >
            {others.map((x) => (
              <Option key={x.name} value={x.name}>
                {x.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {earlier.status === "reading" && <Spinner size="tiny" label={t.reading} />}
      {read && (
        <>
          <MessageBar intent={key ? "info" : "warning"} layout="multiline">
            <MessageBarBody>
              {matching
                ? `${t.key(matching.keyColumn)} ${t.areasMatched(matching.keys.length, matching.onlyLater.length, matching.onlyEarlier.length)}`
                : t.noKey}
            </MessageBarBody>
          </MessageBar>
          <Caption1 block>{t.matchedCount(matched, indicators.length)}</Caption1>
          <Field label={t.indicators}>
            <div role="group" aria-label={t.indicators}>
              {indicators.map((name) => (
                <Field key={name} label={t.indicatorOf(name)} size="small">
                  <Dropdown
                    size="small"
                    value={matches[name] ?? t.none}
                    selectedOptions={[matches[name] ?? NONE]}
                    onOptionSelect={(_, d) => setMatches((m) => ({ ...m, [name]: d.optionValue || null }))}
                  >
                    <Option value={NONE}>{t.none}</Option>
                    {read.analysis.numericColumns.map((c) => (
                      <Option key={c} value={c}>
                        {c}
                      </Option>
                    ))}
                  </Dropdown>
                </Field>
              ))}
            </div>
          </Field>
        </>
      )}
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{t.goalposts}</MessageBarBody>
      </MessageBar>
      <div className={styles.row}>
        <Button appearance="primary" onClick={compute} disabled={!read || !key || matched === 0 || writer.busy}>
          {t.button}
        </Button>
        {writer.busy && <Spinner size="tiny" label={t.busy} />}
      </div>
      {summary && (
        <Caption1 block role="status">
          {summary}
        </Caption1>
      )}
      <ReplaceDialog {...writer.replaceDialog} />
    </Section>
  );
}
