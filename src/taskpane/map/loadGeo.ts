/** The map's geometry code (geo.ts), loaded once, when the map step first needs it. */
export type Geo = typeof import("./geo");

let loading: Promise<Geo> | null = null;

export function loadGeo(): Promise<Geo> {
  if (!loading) {
    loading = import(/* webpackChunkName: "geo" */ "./geo");
    // A failed load (the add-in updated under the pane) is tried again next time.
    loading.catch(() => (loading = null));
  }
  return loading;
}
