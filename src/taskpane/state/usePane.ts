import * as React from "react";
import type { Language } from "../../i18n/language";
import type { DataBlock, TableInfo, WorkbookPort } from "../../workbook/port";
import { computeCorrelations, type CorrelationOutcome } from "../compute/correlations";
import { formatCount } from "../allocation/format";
import { computeResults, type MdiResults } from "../compute/results";
import { analyzeData } from "../model/analyze";
import {
  CONFIG_SETTING,
  RESULTS_TABLE_SETTING,
  restoreConfig,
  sameSource,
  suggestConfig,
  type MdiConfig,
} from "../model/config";
import { OUTPUT_SHEETS, problems } from "../model/validate";
import { TABLE_NAMES, computePlan, correlationSheet, describeSource } from "../plan";
import { renamedTable } from "../../workbook/rename";
import type { Strings } from "../strings";
import { APP_VERSION } from "../version";
import { WorkbookError } from "../../workbook/errors";
import { errorText } from "./messages";
import { INITIAL_STATE, paneReducer, type PaneAction, type PaneState } from "./paneReducer";
import { useSheetWriter, type Notice, type ReplaceQuestion } from "./sheetWriter";
import { readStoredConfig } from "./workbookActions";

export type Busy = "read" | "compute" | "compare" | null;

export interface Pane {
  readonly state: PaneState;
  readonly dispatch: React.Dispatch<PaneAction>;
  readonly tables: readonly TableInfo[];
  readonly busy: Busy;
  readonly notices: readonly Notice[];
  readonly dismiss: (id: number) => void;
  readonly readSelection: () => Promise<void>;
  readonly readTable: (name: string) => Promise<void>;
  readonly compute: () => Promise<void>;
  readonly compare: () => Promise<void>;
  readonly replaceDialog: ReplaceQuestion;
  readonly results: MdiResults | null;
  readonly correlations: CorrelationOutcome | null;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The task pane's state and everything it can do with the workbook, through
 * the port only: read the selection or a table, restore and store the
 * configuration, compute and write the results, write the correlations (both
 * written by the sheet writer, which asks before replacing). Every failure
 * becomes a notice; nothing is swallowed.
 */
export function usePane(port: WorkbookPort, strings: Strings, language: Language): Pane {
  const [state, dispatch] = React.useReducer(paneReducer, INITIAL_STATE);
  const [tables, setTables] = React.useState<TableInfo[]>([]);
  const [reading, setReading] = React.useState(false);
  // Which button the sheet writer is busy for (it is busy for one write at a time).
  const [writing, setWriting] = React.useState<"compute" | "compare">("compute");
  const [results, setResults] = React.useState<MdiResults | null>(null);
  const [correlations, setCorrelations] = React.useState<CorrelationOutcome | null>(null);
  const stored = React.useRef<MdiConfig | null>(null);
  const stateRef = React.useRef(state);
  stateRef.current = state;
  const stringsRef = React.useRef(strings);
  stringsRef.current = strings;

  const writer = useSheetWriter(port);
  const { notices, notify, dismiss, clear, write } = writer;
  const busy: Busy = reading ? "read" : writer.busy ? writing : null;

  const loaded = React.useCallback(
    (data: DataBlock, restoredFrom: MdiConfig | null) => {
      const analysis = analyzeData(data, (i) => `${stringsRef.current.data.columnHeader} ${i + 1}`);
      const current = stateRef.current.config;
      const base = sameSource(current?.source, data.source)
        ? current
        : sameSource(restoredFrom?.source, data.source)
          ? restoredFrom
          : null;
      const config = base ? restoreConfig(base, data, analysis) : suggestConfig(data, analysis);
      dispatch({ type: "dataRead", data, analysis, config });
      setResults(null);
      setCorrelations(null);
      return base === restoredFrom && base !== null;
    },
    [strings],
  );

  const read = React.useCallback(
    async (reader: () => Promise<DataBlock>) => {
      setReading(true);
      clear();
      try {
        const data = await reader();
        if (loaded(data, stored.current)) notify("info", (s) => s.data.restored);
      } catch (error) {
        notify("error", (s, l) => s.errors.read(errorText(error, s, l), error instanceof WorkbookError));
      } finally {
        setReading(false);
      }
    },
    [clear, loaded, notify],
  );

  const readSelection = React.useCallback(() => read(() => port.readSelection()), [port, read]);
  const readTable = React.useCallback((name: string) => read(() => port.readTable(name)), [port, read]);
  const readRef = React.useRef(read);
  readRef.current = read;

  // On opening: the tables to choose from, and the configuration stored in the workbook.
  React.useEffect(() => {
    let open = true;
    (async () => {
      try {
        const list = await port.listTables();
        if (open) setTables(list);
      } catch (error) {
        if (open) notify("error", (s, l) => s.errors.read(errorText(error, s, l), error instanceof WorkbookError));
      }
      let saved: MdiConfig | null;
      try {
        saved = await readStoredConfig(port);
      } catch (error) {
        if (open) notify("warning", (s, l) => s.errors.settings(errorText(error, s, l)));
        return;
      }
      if (!open || !saved?.source) return;
      stored.current = saved;
      const source = saved.source;
      if (source.kind === "table" && source.table) {
        const table = source.table;
        notify("info", (s) => s.data.rereadTable(table));
        await readRef.current(() => port.readTable(table));
      } else {
        notify("info", (s) => s.data.reselect(describeSource(source)));
      }
    })();
    return () => {
      open = false;
    };
  }, [port, notify]);

  /** Stores the configuration, and after Compute the name of the results table it wrote. */
  const store = React.useCallback(
    async (config: MdiConfig, resultsTable?: string) => {
      try {
        await port.saveSetting(CONFIG_SETTING, config);
        if (resultsTable) await port.saveSetting(RESULTS_TABLE_SETTING, resultsTable);
      } catch (error) {
        notify("warning", (s, l) => s.errors.settings(errorText(error, s, l)));
      }
    },
    [port, notify],
  );

  /** Engine results for the current configuration, or a notice saying what blocks them. */
  const currentResults = React.useCallback((): MdiResults | null => {
    const { config, analysis, data } = stateRef.current;
    if (!config || !analysis || !data) return null;
    const blocking = problems(config, analysis);
    if (blocking.length) {
      notify("error", (s) => s.compute.blocked);
      return null;
    }
    try {
      return computeResults(config, analysis, data);
    } catch (error) {
      notify("error", (s, l) => errorText(error, s, l));
      return null;
    }
  }, [notify]);

  const compute = React.useCallback(async () => {
    const { config, analysis, data } = stateRef.current;
    if (!config || !analysis || !data || busy) return;
    setWriting("compute");
    await write(async () => {
      const computed = currentResults();
      if (!computed) return null;
      setResults(computed);
      let calculationSheetExists = false;
      if (config.output === "values") {
        calculationSheetExists = (await port.sheetState(OUTPUT_SHEETS.calculation)) === "ours";
      }
      const input = {
        config,
        analysis,
        data,
        results: computed,
        strings,
        language,
        version: APP_VERSION,
        date: today(),
      };
      const sheets = computePlan(input, { calculationSheetExists });
      return {
        sheets,
        keep: config.source?.sheet,
        done: async (renamed) => {
          const written = sheets.map((sheet) => renamed.get(sheet.name) ?? sheet.name);
          notify("success", (s) => s.compute.done(computed.rows, written.join(", ")));
          // One warning notice (the pane shows one per kind): the areas without a score, then small groups.
          const small = computed.groups?.small ?? 0;
          if (computed.unscored || small > 0) {
            notify("warning", (s, l) =>
              [
                computed.unscored
                  ? s.compute.unscored(
                      computed.unscored,
                      computed.unscoredPopulation === null ? null : formatCount(computed.unscoredPopulation, l),
                      computed.unscoredWithoutData,
                      computed.unscored - computed.unscoredWithoutData,
                    )
                  : "",
                small > 0 ? s.compute.smallGroups(small, computed.groups!.column) : "",
              ]
                .filter(Boolean)
                .join(" "),
            );
          }
          await store(config, renamedTable(TABLE_NAMES.results, renamed.get(OUTPUT_SHEETS.results) ?? ""));
        },
      };
    });
  }, [busy, currentResults, language, notify, port, store, strings, write]);

  const compare = React.useCallback(async () => {
    const { config, analysis, data } = stateRef.current;
    if (!config || !analysis || !data || busy) return;
    setWriting("compare");
    await write(() => {
      const computed = currentResults();
      if (!computed) return null;
      const outcome = computeCorrelations(computed.score, data, analysis, config.comparators);
      setCorrelations(outcome);
      for (const failure of outcome.failed) {
        notify("warning", (s, l) => s.compare.failed(failure.column, errorText(failure.error, s, l)));
      }
      return {
        sheets: [correlationSheet(outcome, strings)],
        keep: config.source?.sheet,
        done: async () => {
          notify("success", (s) => s.compare.done(OUTPUT_SHEETS.correlation));
          await store(config);
        },
      };
    });
  }, [busy, currentResults, notify, store, strings, write]);

  return {
    state,
    dispatch,
    tables,
    busy,
    notices,
    dismiss,
    readSelection,
    readTable,
    compute,
    compare,
    replaceDialog: writer.replaceDialog,
    results,
    correlations,
  };
}
