import type { BoundaryLayer } from "./boundaries";

/**
 * Which shape is which area. Boundary files name their areas in properties of
 * their own choosing (statcode, buurtcode, BU_CODE, GM_CODE, id, …), so we do not
 * guess by name: every text column of the data is tried against every property
 * of every layer, and the pair that matches the most areas wins. Codes compare
 * with case and spaces ignored ("bu03630000 " = "BU03630000"); names, normalised
 * (accents, case, punctuation and a trailing "(gemeente)" ignored), are the
 * fallback: they win only when they match more areas than any code does, as
 * names are ambiguous (two gemeenten are called Bergen) and buurt names repeat
 * across a city.
 */

/** A text column of the data, by header, with one value per area (row of the results). */
export interface KeyColumn {
  readonly header: string;
  readonly values: readonly string[];
}

export interface MapJoin {
  /** The layer of the boundary file that was joined. */
  readonly layer: number;
  /** The data column and the shapes' property that matched. */
  readonly column: string;
  readonly property: string;
  readonly by: "code" | "name";
  /** Per area (row), the shapes drawn for it (a multi-part area may have several); empty when none. */
  readonly shapesOfRow: ReadonlyArray<readonly number[]>;
  /** Per shape, its area (row), or -1. */
  readonly rowOfShape: Int32Array;
  /** Areas with a shape. */
  readonly drawn: number;
  /** Rows of areas without a shape, and shapes without an area. */
  readonly rowsWithoutShape: readonly number[];
  readonly shapesWithoutArea: readonly number[];
}

/**
 * A code as compared: upper case, no spaces ("bu0363 0000" → "BU03630000"); "" for a value without a digit,
 * which is a name (CBS, PDOK and ONS codes all carry digits), so a name never counts as a code match.
 */
export function codeKey(value: unknown): string {
  if (typeof value !== "string" && typeof value !== "number") return "";
  const key = String(value).replace(/\s+/g, "").toUpperCase();
  return /\d/.test(key) ? key : "";
}

/**
 * A name as compared: no accents, lower case, punctuation as spaces, and without a trailing "(gemeente)" or
 * "gemeente"/"municipality" prefix ("Súdwest-Fryslân" → "sudwest fryslan", "Utrecht (gemeente)" → "utrecht").
 */
export function nameKey(value: unknown): string {
  if (typeof value !== "string" && typeof value !== "number") return "";
  return String(value)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\((gemeente|gem\.?|municipality)\)\s*$/, "")
    .replace(/^(gemeente|municipality of)\s+/, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

interface Candidate {
  layer: number;
  column: string;
  property: string;
  by: "code" | "name";
  matched: number;
}

/** The number of areas whose key some shape of the layer carries in `property`. */
function countMatches(keys: readonly string[], layer: BoundaryLayer, property: string, key: (v: unknown) => string) {
  const present = new Set<string>();
  for (const shape of layer.shapes) {
    const k = key(shape.properties[property]);
    if (k) present.add(k);
  }
  let matched = 0;
  for (const k of keys) if (k && present.has(k)) matched++;
  return matched;
}

/** Property names of a layer (those of its first shapes: files give every shape the same ones). */
function propertiesOf(layer: BoundaryLayer): string[] {
  const names = new Set<string>();
  for (const shape of layer.shapes.slice(0, 50)) for (const name of Object.keys(shape.properties)) names.add(name);
  return [...names];
}

function best(columns: readonly KeyColumn[], layers: readonly BoundaryLayer[], by: "code" | "name"): Candidate | null {
  const key = by === "code" ? codeKey : nameKey;
  let found: Candidate | null = null;
  for (const column of columns) {
    const keys = column.values.map(key);
    layers.forEach((layer, l) => {
      for (const property of propertiesOf(layer)) {
        const matched = countMatches(keys, layer, property, key);
        if (matched > 0 && (!found || matched > found.matched)) {
          found = { layer: l, column: column.header, property, by, matched };
        }
      }
    });
  }
  return found;
}

/**
 * Joins the areas to the shapes by the best-matching column and property: codes first, names only when they
 * match more areas than the best code. Areas sharing a key share its shapes.
 * @returns null when nothing matches at all
 * @example joinAreas([{ header: "Code", values: ["GM0363"] }], [{ name: "g", shapes: [{ properties: { statcode: "GM0363" }, geometry }] }])
 *   // { column: "Code", property: "statcode", by: "code", drawn: 1, … }
 */
export function joinAreas(columns: readonly KeyColumn[], layers: readonly BoundaryLayer[]): MapJoin | null {
  const code = best(columns, layers, "code");
  const name = best(columns, layers, "name");
  const choice = code && (!name || code.matched >= name.matched) ? code : name;
  if (!choice) return null;
  const key = choice.by === "code" ? codeKey : nameKey;
  const layer = layers[choice.layer];
  const values = columns.find((c) => c.header === choice.column)!.values;
  const shapesByKey = new Map<string, number[]>();
  layer.shapes.forEach((shape, s) => {
    const k = key(shape.properties[choice.property]);
    if (!k) return;
    const list = shapesByKey.get(k);
    if (list) list.push(s);
    else shapesByKey.set(k, [s]);
  });
  const rowOfShape = new Int32Array(layer.shapes.length).fill(-1);
  const rowsWithoutShape: number[] = [];
  const shapesOfRow = values.map((value, row) => {
    const shapes = shapesByKey.get(key(value)) ?? [];
    if (shapes.length === 0) rowsWithoutShape.push(row);
    for (const s of shapes) if (rowOfShape[s] < 0) rowOfShape[s] = row;
    return shapes;
  });
  const shapesWithoutArea: number[] = [];
  rowOfShape.forEach((row, s) => {
    if (row < 0) shapesWithoutArea.push(s);
  });
  return {
    layer: choice.layer,
    column: choice.column,
    property: choice.property,
    by: choice.by,
    shapesOfRow,
    rowOfShape,
    drawn: values.length - rowsWithoutShape.length,
    rowsWithoutShape,
    shapesWithoutArea,
  };
}

/** A shape's label for lists of unmatched shapes: its name-like property, else its key, else its number. */
export function shapeLabel(layer: BoundaryLayer, shape: number, property: string): string {
  const props = layer.shapes[shape].properties;
  const nameProperty = Object.keys(props).find((p) => /naam|name/i.test(p) && typeof props[p] === "string");
  const key = props[property];
  const name = nameProperty ? String(props[nameProperty]) : "";
  const code = key === undefined || key === null ? "" : String(key);
  if (name && code && name !== code) return `${name} (${code})`;
  return name || code || `#${shape + 1}`;
}
