import * as React from "react";
import { WorkbookError } from "../../workbook/errors";
import type { DataBlock } from "../../workbook/port";
import type { MdiTable } from "../allocation/mdiTable";
import { TREND_TABLE } from "../trend/trendSheet";
import { BoundaryFileError, MAX_BOUNDARY_FILE_BYTES, type Boundaries } from "./boundaries";
import { BUNDLED_BOUNDARIES, type BundledBoundary } from "./boundaryIds";
import { loadGeo, type Geo } from "./loadGeo";
import { joinAreas, type MapJoin } from "./join";
import { mapRows, type MapRows } from "./mapData";
import type { MapSettings } from "./mapSettings";

/**
 * Where the map's pieces come from: the results (sheet MDI, and MDI ontwikkeling when the trend was
 * computed), read once when the step opens; and the boundaries — those stored with the workbook, else the
 * built-in set that fits the most areas, else the user's file. The user's file is read here, in the pane.
 */

export type Results =
  | { readonly status: "reading" }
  | { readonly status: "none" }
  | { readonly status: "mismatch"; readonly mdiRows: number }
  | { readonly status: "ready"; readonly rows: MapRows };

export type Source =
  | { readonly kind: "loading"; readonly file?: string }
  /** Shapes with their join to the areas (made once, when the boundaries are chosen; null: nothing matches). */
  | {
      readonly kind: "bundled";
      readonly id: BundledBoundary;
      readonly boundaries: Boundaries;
      readonly join: MapJoin | null;
    }
  | {
      readonly kind: "file";
      readonly name: string;
      readonly bytes: number;
      readonly boundaries: Boundaries;
      readonly join: MapJoin;
    }
  /** No boundaries yet: none of the built-in sets fits (or the stored file must be opened again). */
  | { readonly kind: "none"; readonly remembered?: string };

export type FileProblem =
  | { readonly kind: "boundary"; readonly error: BoundaryFileError; readonly file: string }
  | { readonly kind: "noMatch"; readonly file: string };

/** A built-in set fits when it draws at least half of the areas. */
const BUNDLED_FIT = 0.5;

export interface MapSourceInputs {
  readonly readMdiTable: () => Promise<MdiTable | null>;
  readonly readTable: (name: string) => Promise<DataBlock>;
  readonly loadSettings: () => Promise<MapSettings | null>;
  readonly data: DataBlock;
  readonly areaColumn: string | null;
}

async function readTrendBlock(readTable: MapSourceInputs["readTable"]): Promise<DataBlock | null> {
  try {
    return await readTable(TREND_TABLE);
  } catch (error) {
    if (error instanceof WorkbookError && error.code === "TABLE_NOT_FOUND") return null;
    throw error;
  }
}

/** The built-in set that draws the most areas, when it draws enough of them. */
async function bestBundled(
  rows: MapRows,
  geo: Geo,
): Promise<{ id: BundledBoundary; boundaries: Boundaries; join: MapJoin } | null> {
  let best: { id: BundledBoundary; boundaries: Boundaries; join: MapJoin } | null = null;
  for (const id of BUNDLED_BOUNDARIES) {
    const boundaries = await geo.bundledBoundaries(id);
    const join = joinAreas(rows.keyColumns, boundaries.layers);
    if (join && (!best || join.drawn > best.join.drawn)) best = { id, boundaries, join };
  }
  return best && best.join.drawn >= BUNDLED_FIT * rows.names.length ? best : null;
}

export function useMapSource({ readMdiTable, readTable, loadSettings, data, areaColumn }: MapSourceInputs) {
  const [results, setResults] = React.useState<Results>({ status: "reading" });
  const [stored, setStored] = React.useState<MapSettings | null>(null);
  const [source, setSource] = React.useState<Source>({ kind: "loading" });
  const [problem, setProblem] = React.useState<FileProblem | null>(null);
  const [failure, setFailure] = React.useState<unknown>(null);
  // The geometry code (d3-geo, topojson-client), loaded with the step.
  const [geo, setGeo] = React.useState<Geo | null>(null);

  React.useEffect(() => {
    let open = true;
    (async () => {
      const [table, trend, settings, loaded] = await Promise.all([
        readMdiTable(),
        readTrendBlock(readTable),
        loadSettings().catch(() => null), // unreadable settings: the defaults, as for a new workbook
        loadGeo(),
      ]);
      if (!open) return;
      setGeo(() => loaded);
      setStored(settings);
      if (!table) return setResults({ status: "none" });
      const rows = mapRows(table, data, areaColumn, trend);
      if (!rows) return setResults({ status: "mismatch", mdiRows: table.rows });
      setResults({ status: "ready", rows });
      const boundary = settings?.boundary;
      if (typeof boundary === "string") {
        const boundaries = await loaded.bundledBoundaries(boundary);
        if (open)
          setSource({ kind: "bundled", id: boundary, boundaries, join: joinAreas(rows.keyColumns, boundaries.layers) });
        return;
      }
      const best = await bestBundled(rows, loaded);
      if (!open) return;
      setSource(best ? { kind: "bundled", ...best } : { kind: "none", remembered: boundary?.file });
    })().catch((error: unknown) => {
      if (open) setFailure(error);
    });
    return () => {
      open = false;
    };
  }, [readMdiTable, readTable, loadSettings, data, areaColumn]);

  const rows = results.status === "ready" ? results.rows : null;

  const chooseBundled = React.useCallback(
    (id: BundledBoundary) => {
      if (!rows) return;
      setProblem(null);
      setSource({ kind: "loading" });
      loadGeo()
        .then((loaded) => loaded.bundledBoundaries(id))
        .then(
          (boundaries) =>
            setSource({ kind: "bundled", id, boundaries, join: joinAreas(rows.keyColumns, boundaries.layers) }),
          (error: unknown) => setFailure(error),
        );
    },
    [rows],
  );

  /**
   * Reads the user's boundary file; a file that cannot be drawn or joined leaves the current map as it was.
   * @returns whether the map now shows the file
   */
  const openFile = React.useCallback(
    async (file: File): Promise<boolean> => {
      if (!rows) return false;
      setProblem(null);
      if (file.size > MAX_BOUNDARY_FILE_BYTES) {
        setProblem({ kind: "boundary", error: new BoundaryFileError("TOO_LARGE"), file: file.name });
        return false;
      }
      const previous = source;
      setSource({ kind: "loading", file: file.name });
      try {
        const { readBoundaryText } = await loadGeo();
        const boundaries = readBoundaryText(await file.text(), file.name);
        const join = joinAreas(rows.keyColumns, boundaries.layers);
        if (!join) {
          setProblem({ kind: "noMatch", file: file.name });
          setSource(previous);
          return false;
        }
        setSource({ kind: "file", name: file.name, bytes: file.size, boundaries, join });
        return true;
      } catch (error) {
        setSource(previous);
        if (error instanceof BoundaryFileError) setProblem({ kind: "boundary", error, file: file.name });
        else setFailure(error);
        return false;
      }
    },
    [rows, source],
  );

  const join = source.kind === "bundled" || source.kind === "file" ? source.join : null;

  return { results, stored, source, join, geo, problem, failure, chooseBundled, openFile };
}
