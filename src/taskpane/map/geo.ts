/**
 * What the map needs d3-geo and topojson-client for — reading boundary files, the bundled boundaries,
 * projecting shapes — as one chunk of the bundle, loaded when the map step opens (loadGeo.ts): the pane's
 * first load does not carry it.
 */
export { readBoundaryText } from "./boundaryFile";
export { bundledBoundaries } from "./bundled";
export { projectShapes } from "./projection";
