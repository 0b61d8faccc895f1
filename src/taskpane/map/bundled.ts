import type { Topology } from "topojson-specification";
import type { Boundaries } from "./boundaries";
import { boundariesOfTopology } from "./boundaryFile";
import type { BundledBoundary } from "./boundaryIds";

export { BUNDLED_BOUNDARIES, isBundledBoundary, type BundledBoundary } from "./boundaryIds";

/**
 * The boundaries that ship with the add-in (data/netherlands/boundaries, Kadaster / CBS, CC BY 4.0):
 * each is its own chunk of the bundle, fetched from the add-in's own origin only when the map step
 * needs it, so the pane opens as fast as before.
 */
/** The credit every map drawn on these boundaries shows (their licence asks for it). */
export const BUNDLED_CREDIT = "Kadaster / Centraal Bureau voor de Statistiek";

function load(id: BundledBoundary): Promise<{ default: Topology }> {
  switch (id) {
    case "gemeente_2024":
      return import(
        /* webpackChunkName: "gemeente-2024" */ "../../../data/netherlands/boundaries/gemeente_2024.topojson"
      );
    case "provincie_2024":
      return import(
        /* webpackChunkName: "provincie-2024" */ "../../../data/netherlands/boundaries/provincie_2024.topojson"
      );
    case "gemeente_2019":
      return import(
        /* webpackChunkName: "gemeente-2019" */ "../../../data/netherlands/boundaries/gemeente_2019.topojson"
      );
  }
}

const cache = new Map<BundledBoundary, Promise<Boundaries>>();

/** The shapes of a bundled boundary set (loaded once). */
export function bundledBoundaries(id: BundledBoundary): Promise<Boundaries> {
  let loaded = cache.get(id);
  if (!loaded) {
    loaded = load(id).then((module) => boundariesOfTopology(module.default));
    // A failed load (the add-in updated under the pane) is tried again next time.
    loaded.catch(() => cache.delete(id));
    cache.set(id, loaded);
  }
  return loaded;
}
