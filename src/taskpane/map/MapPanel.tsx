import * as React from "react";
import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { quoteSheetName } from "../../workbook/model";
import type { DataBlock } from "../../workbook/port";
import { BRIEFING_MAP_ANCHOR, BRIEFING_SHEET } from "../briefing/briefingSheet";
import { Notices } from "../components/Notices";
import { useFileDrop } from "../components/useFileDrop";
import { Section } from "../components/Section";
import type { MdiConfig } from "../model/config";
import { formatFixed } from "../model/numbers";
import { mapAnchor } from "../plan/resultsSheet";
import { errorText } from "../state/messages";
import { useSheetWriter } from "../state/sheetWriter";
import type { WorkbookActions } from "../state/workbookActions";
import { useLanguage } from "../strings";
import { MAX_BOUNDARY_FILE_BYTES, type BoundaryFileError } from "./boundaries";
import { BoundariesField } from "./BoundariesField";
import { shapeLabel } from "./join";
import { shapeFills } from "./mapColors";
import { legendEntries, shownValue } from "./mapLegend";
import { mapPicture } from "./mapPicture";
import { isMapShow, showChoices, showLabel, shownMeasure, type MapShow } from "./mapShow";
import { MapTable } from "./MapTable";
import { MapView } from "./MapView";
import { UnmatchedList } from "./UnmatchedList";
import type { PictureListener } from "./types";
import { useMapSource } from "./useMapSource";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  dropping: {
    outline: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    outlineOffset: tokens.spacingHorizontalXS,
  },
});

/** Width of the map in the pane, in SVG units (it scales to the pane's width). */
const PANE_MAP_WIDTH = 320;
const PANE_MAX_HEIGHT = 440;

export interface MapPanelProps {
  readonly readMdiTable: WorkbookActions["readMdiTable"];
  readonly readTable: WorkbookActions["readTable"];
  readonly loadSettings: WorkbookActions["loadMapSettings"];
  readonly saveSettings: WorkbookActions["saveMapSettings"];
  readonly placePicture: WorkbookActions["placePicture"];
  readonly sheets: WorkbookActions["sheets"];
  readonly data: DataBlock;
  readonly config: MdiConfig;
  /** How to make the map as a picture, whenever it changes (the briefing carries it); null without a map. */
  readonly onPicture: PictureListener;
}

/**
 * "Kaart / Map": the areas coloured by their MDI decile (or a domain, the coverage, the change), on the
 * built-in gemeente or provincie boundaries or the user's own file, with a legend, the credit, a table
 * as the alternative, and one click to place the map as a picture on the sheet MDI and the briefing.
 */
export function MapPanel(props: MapPanelProps) {
  const styles = useStyles();
  const { strings, language } = useLanguage();
  const t = strings.map;
  const writer = useSheetWriter(props.sheets);
  const { notify } = writer;
  const source = useMapSource({
    readMdiTable: props.readMdiTable,
    readTable: props.readTable,
    loadSettings: props.loadSettings,
    data: props.data,
    areaColumn: props.config.areaColumn,
  });
  const { results, join } = source;
  const rows = results.status === "ready" ? results.rows : null;
  const [show, setShow] = React.useState<MapShow>("mdi");
  const [table, setTable] = React.useState(false);
  const [placing, setPlacing] = React.useState(false);

  React.useEffect(() => {
    if (rows && isMapShow(source.stored?.show, rows)) setShow(source.stored.show as MapShow);
  }, [rows, source.stored]);
  React.useEffect(() => {
    if (source.failure) notify("error", (s, l) => s.errors.read(errorText(source.failure, s, l)));
  }, [source.failure, notify]);

  const boundaries =
    source.source.kind === "bundled" || source.source.kind === "file" ? source.source.boundaries : null;
  const layer = boundaries && join ? boundaries.layers[join.layer] : null;
  const credit = source.source.kind === "file" ? t.ownCredit(source.source.name) : t.credit;
  const shown = React.useMemo(
    () => (rows ? shownMeasure(show, rows, strings, props.config.missing.domains) : null),
    [rows, show, strings, props.config.missing.domains],
  );
  const { geo } = source;
  const projected = React.useMemo(
    () =>
      layer && boundaries && geo
        ? geo.projectShapes(layer.shapes, boundaries.coordinates, { width: PANE_MAP_WIDTH, maxHeight: PANE_MAX_HEIGHT })
        : null,
    [layer, boundaries, geo],
  );
  const fills = React.useMemo(() => (shown && join ? shapeFills(shown.shade, join.rowOfShape) : []), [shown, join]);
  const picture = React.useCallback(
    (topLeft: string) =>
      layer && boundaries && join && shown && rows && geo
        ? mapPicture(geo, {
            layer,
            coordinates: boundaries.coordinates,
            join,
            shown,
            areas: rows.names.length,
            credit,
            strings,
            language,
            topLeft,
          })
        : null,
    [layer, boundaries, join, shown, rows, credit, strings, language, geo],
  );
  const { onPicture } = props;
  React.useEffect(
    () => onPicture(projected ? () => picture(BRIEFING_MAP_ANCHOR) : null),
    [picture, onPicture, projected],
  );

  const save = (next: { show?: MapShow; boundary?: Parameters<typeof props.saveSettings>[0]["boundary"] }) => {
    const current = source.source;
    const boundary =
      next.boundary ??
      (current.kind === "bundled"
        ? current.id
        : current.kind === "file"
          ? { file: current.name, bytes: current.bytes }
          : null);
    if (!boundary) return;
    props
      .saveSettings({ boundary, show: next.show ?? show })
      .catch((error: unknown) => notify("warning", (s, l) => s.errors.settings(errorText(error, s, l))));
  };

  const openFile = (file: File) => {
    // Only the file's name and size are kept in the workbook, and only once it is drawn.
    void source.openFile(file).then((shown) => shown && save({ boundary: { file: file.name, bytes: file.size } }));
  };

  const place = async () => {
    if (!rows) return;
    setPlacing(true);
    writer.clear();
    try {
      const placed: string[] = [];
      const onMdi = picture(mapAnchor(rows.table.columns));
      if (!onMdi) return;
      await props.placePicture(rows.table.sheet, onMdi);
      placed.push(cellPlace(rows.table.sheet, onMdi.topLeft));
      const sheets = await props.sheets.listSheets();
      const briefing = sheets.find((s) => s.toUpperCase() === BRIEFING_SHEET.toUpperCase());
      const onBriefing = picture(BRIEFING_MAP_ANCHOR);
      if (briefing && onBriefing) {
        await props.placePicture(briefing, onBriefing);
        placed.push(cellPlace(briefing, onBriefing.topLeft));
      }
      notify("success", (s) => s.map.placed(placed.join(", ")));
    } catch (error) {
      notify("error", (s, l) => errorText(error, s, l));
    } finally {
      setPlacing(false);
    }
  };

  const describe = (row: number) => {
    if (!rows || !shown) return "";
    const { table: mdi, names } = rows;
    const name = names[row] || `#${row + 1}`;
    const base = Number.isFinite(mdi.score[row])
      ? t.area(name, formatFixed(mdi.score[row], language, 3), String(mdi.rank[row]), String(mdi.decile[row]))
      : t.noScore(name);
    return show === "mdi"
      ? base
      : `${base}. ${t.areaValue(shown.label, shownValue(shown.shade, shown.values[row], strings, language))}`;
  };

  const order = React.useMemo(() => {
    if (!rows || !join) return [];
    const drawn = rows.names.map((_, i) => i).filter((i) => join.shapesOfRow[i].length > 0);
    const rank = (i: number) => (Number.isFinite(rows.table.rank[i]) ? rows.table.rank[i] : Infinity);
    return drawn.sort((a, b) => rank(a) - rank(b) || a - b);
  }, [rows, join]);

  const drop = useFileDrop((files) => openFile(files[0]));

  if (results.status === "reading") return <Spinner size="tiny" label={t.reading} />;
  return (
    <div {...drop.handlers} className={drop.dragging ? styles.dropping : undefined} data-testid="mdi-map-step">
      <Section heading={t.heading} intro={t.intro}>
        <Notices notices={writer.notices} onDismiss={writer.dismiss} />
        {results.status === "none" && (
          <MessageBar intent="warning">
            <MessageBarBody>{t.noMdi}</MessageBarBody>
          </MessageBar>
        )}
        {results.status === "mismatch" && (
          <MessageBar intent="warning">
            <MessageBarBody>{t.mismatch(results.mdiRows, props.data.rows.length)}</MessageBarBody>
          </MessageBar>
        )}
        {rows && (
          <>
            <BoundariesField
              source={source.source}
              onBundled={(id) => {
                source.chooseBundled(id);
                save({ boundary: id });
              }}
              onFile={openFile}
            />
            {source.source.kind === "loading" && (
              <Spinner size="tiny" label={source.source.file ? t.readingFile(source.source.file) : t.reading} />
            )}
            {source.source.kind === "none" && (
              <MessageBar intent="info" layout="multiline">
                <MessageBarBody>
                  {source.source.remembered ? t.fileAgain(source.source.remembered) : t.noBundledMatch}
                </MessageBarBody>
              </MessageBar>
            )}
            {source.problem && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  {source.problem.kind === "noMatch"
                    ? t.noMatch(source.problem.file)
                    : fileErrorText(source.problem.error, source.problem.file, t)}
                </MessageBarBody>
              </MessageBar>
            )}
            {join && layer && (
              <MessageBar
                intent={join.rowsWithoutShape.length || join.by === "name" ? "warning" : "info"}
                layout="multiline"
              >
                <MessageBarBody>
                  <span role="status" data-testid="mdi-map-join">
                    {`${t.joined(join.drawn, rows.names.length, join.column, join.property)} ${t.withoutShape(join.rowsWithoutShape.length)}; ${t.withoutArea(join.shapesWithoutArea.length)}.`}
                    {join.by === "name" ? ` ${t.byName}` : ""}
                  </span>
                </MessageBarBody>
              </MessageBar>
            )}
            {join && layer && (
              <UnmatchedList
                label={t.areasWithoutShape}
                items={join.rowsWithoutShape.map((r) => rows.names[r] || `#${r + 1}`)}
              />
            )}
            {join && layer && (
              <UnmatchedList
                label={t.shapesWithoutArea}
                items={join.shapesWithoutArea.map((s) => shapeLabel(layer, s, join.property))}
              />
            )}
            <Field label={t.show}>
              <Dropdown
                value={shown?.label ?? ""}
                selectedOptions={[show]}
                onOptionSelect={(_, d) => {
                  if (!isMapShow(d.optionValue, rows)) return;
                  setShow(d.optionValue);
                  save({ show: d.optionValue });
                }}
              >
                {showChoices(rows).map((choice) => (
                  <Option key={choice} value={choice}>
                    {showLabel(choice, rows, strings)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            {projected && join && shown && (
              <MapView
                map={projected}
                fills={fills}
                rowOfShape={join.rowOfShape}
                shapesOfRow={join.shapesOfRow}
                order={order}
                describe={describe}
                title={t.title(shown.label)}
                description={t.description(join.drawn, shown.label)}
                keys={t.keys}
                legendTitle={t.legend}
                legend={legendEntries(shown.shade, strings, language)}
                credit={source.source.kind === "bundled" ? t.credit : credit}
              />
            )}
            {projected && join && shown && (
              <div className={styles.row}>
                <Button appearance="primary" onClick={() => void place()} disabled={placing}>
                  {t.place}
                </Button>
                {placing && <Spinner size="tiny" label={t.placing} />}
                <Button appearance="secondary" onClick={() => setTable((v) => !v)} aria-expanded={table}>
                  {table ? t.hideTable : t.showTable}
                </Button>
              </div>
            )}
            {table && shown && (
              <MapTable
                caption={t.title(shown.label)}
                columns={t.columns}
                showShown={show !== "mdi"}
                rows={tableOrder(order, rows.names.length).map((i) => ({
                  area: rows.names[i] || `#${i + 1}`,
                  score: formatFixed(rows.table.score[i], language, 3),
                  rank: Number.isFinite(rows.table.rank[i]) ? String(rows.table.rank[i]) : "",
                  decile: Number.isFinite(rows.table.decile[i]) ? String(rows.table.decile[i]) : "",
                  shown: shownValue(shown.shade, shown.values[i], strings, language),
                }))}
              />
            )}
          </>
        )}
      </Section>
    </div>
  );
}

/** Where a picture went, as Excel writes a reference: MDI!AB4, 'MDI briefing'!K3. */
function cellPlace(sheet: string, cell: string): string {
  return `${quoteSheetName(sheet)}!${cell}`;
}

/** The areas in map order (drawn, by rank), then those without a shape. */
function tableOrder(order: readonly number[], areas: number): number[] {
  const drawn = new Set(order);
  return [...order, ...Array.from({ length: areas }, (_, i) => i).filter((i) => !drawn.has(i))];
}

function fileErrorText(
  error: BoundaryFileError,
  file: string,
  t: ReturnType<typeof useLanguage>["strings"]["map"],
): string {
  switch (error.code) {
    case "NOT_JSON":
      return t.fileErrors.NOT_JSON(file);
    case "NOT_GEOMETRY":
      return t.fileErrors.NOT_GEOMETRY(file);
    case "NO_POLYGONS":
      return t.fileErrors.NO_POLYGONS(file);
    case "UNKNOWN_COORDINATES":
      return t.fileErrors.UNKNOWN_COORDINATES(file, error.details.box ?? "", error.details.crs ?? "");
    case "TOO_LARGE":
      return t.fileErrors.TOO_LARGE(file, `${Math.round(MAX_BOUNDARY_FILE_BYTES / 1024 / 1024)} MB`);
  }
}
