/**
 * The gemeente code and the provincie of each gemeente of 2024, from the Kadaster / CBS boundary files in
 * data/netherlands/boundaries/ (TopoJSON, WGS84), for the gemeenten example workbook.
 *
 * The code joins by name (the StatLine tables name three gemeenten "Groningen (gemeente)", "Utrecht
 * (gemeente)" and "'s-Gravenhage (gemeente)", the boundary file without the suffix). The provincie is found
 * by point in polygon: the provincie holding the gemeente's centroid, when that centroid lies inside the
 * gemeente itself and in exactly one provincie. A concave gemeente, a centroid in water or on a border the
 * two files generalise differently get the provincie that holds most of a grid of points inside the
 * gemeente instead.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { geoBounds, geoCentroid, geoContains } from "d3-geo";
import { feature } from "topojson-client";

/** The features of a boundary file (a topology with one object), decoded with topojson-client. */
function features(path) {
  const topology = JSON.parse(readFileSync(path, "utf8"));
  const objects = Object.values(topology.objects);
  if (objects.length !== 1) throw new Error(`${path}: expected one object, found ${objects.length}`);
  return feature(topology, objects[0]).features;
}

/** The 2024 number of gemeenten per provincie (CBS Gemeentelijke indeling op 1 januari 2024). */
export const GEMEENTEN_PER_PROVINCIE_2024 = Object.freeze({
  Groningen: 10,
  Fryslân: 18,
  Drenthe: 12,
  Overijssel: 25,
  Flevoland: 6,
  Gelderland: 51,
  Utrecht: 26,
  "Noord-Holland": 44,
  "Zuid-Holland": 50,
  Zeeland: 13,
  "Noord-Brabant": 56,
  Limburg: 31,
});

/**
 * Gemeenten whose code and provincie are known, checked after the matching: the largest cities, the five
 * Wadden islands (four Frisian, Texel North Holland's) and the gemeenten whose centroid falls outside them.
 */
const KNOWN = [
  ["Amsterdam", "GM0363", "Noord-Holland"],
  ["Almelo", "GM0141", "Overijssel"],
  ["Maastricht", "GM0935", "Limburg"],
  ["'s-Gravenhage (gemeente)", "GM0518", "Zuid-Holland"],
  ["Rotterdam", "GM0599", "Zuid-Holland"],
  ["Utrecht (gemeente)", "GM0344", "Utrecht"],
  ["Groningen (gemeente)", "GM0014", "Groningen"],
  ["Vlieland", "GM0096", "Fryslân"],
  ["Terschelling", "GM0093", "Fryslân"],
  ["Ameland", "GM0060", "Fryslân"],
  ["Schiermonnikoog", "GM0088", "Fryslân"],
  ["Texel", "GM0448", "Noord-Holland"],
  ["Bloemendaal", "GM0377", "Noord-Holland"],
  ["Reimerswaal", "GM0703", "Zeeland"],
];

/** A StatLine gemeente name as the boundary file spells it: "Utrecht (gemeente)" → "Utrecht". */
export function boundaryName(statlineName) {
  return statlineName.replace(/ \(gemeente\)$/, "");
}

/**
 * Points inside `area` on a regular grid over its bounding box, at least `wanted` of them: the grid is
 * refined until enough fall inside (a small or thin gemeente), up to 384 × 384.
 */
function interiorPoints(area, wanted = 50) {
  const [[west, south], [east, north]] = geoBounds(area);
  let points = [];
  for (let n = 24; n <= 384 && points.length < wanted; n *= 2) {
    points = [];
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const point = [west + ((i + 0.5) / n) * (east - west), south + ((j + 0.5) / n) * (north - south)];
        if (geoContains(area, point)) points.push(point);
      }
    }
  }
  return points;
}

/**
 * The provincie of one gemeente (see the file comment), and whether the centroid did not settle it.
 * @throws Error when no point of the gemeente lies in a provincie, or two provincies hold as many points.
 */
function provincieOf(gemeente, provincies) {
  const holding = (point) => provincies.filter((p) => geoContains(p, point));
  const centroid = geoCentroid(gemeente);
  const atCentroid = geoContains(gemeente, centroid) ? holding(centroid) : [];
  if (atCentroid.length === 1) return { name: atCentroid[0].properties.statnaam, fallback: false };
  const votes = new Map();
  for (const point of interiorPoints(gemeente)) {
    for (const p of holding(point)) votes.set(p.properties.statnaam, (votes.get(p.properties.statnaam) ?? 0) + 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const label = `${gemeente.properties.statcode} ${gemeente.properties.statnaam}`;
  if (!ranked.length) throw new Error(`${label}: in no provincie`);
  if (ranked.length > 1 && ranked[0][1] === ranked[1][1]) {
    throw new Error(`${label}: as many points in ${ranked[0][0]} as in ${ranked[1][0]}`);
  }
  return { name: ranked[0][0], fallback: true, votes: ranked };
}

/**
 * Code and provincie per StatLine gemeente name, for the gemeenten of `names` (all of them must be in the
 * boundary file exactly once, and every gemeente of the file must be among them).
 * @returns `byName`: StatLine name → { code, provincie }; `fallbacks`: the gemeenten whose centroid did not settle
 *   the provincie, with the grid points counted per provincie.
 * @throws Error when a name does not match exactly one gemeente, the counts per provincie differ from 2024's, or
 *   a known gemeente gets another code or provincie.
 */
export function gemeenteCodesAndProvincies(boundariesDir, names) {
  const gemeenten = features(resolve(boundariesDir, "gemeente_2024.topojson"));
  const provincies = features(resolve(boundariesDir, "provincie_2024.topojson"));
  const result = new Map();
  const fallbacks = [];
  const used = new Set();
  for (const name of names) {
    const matches = gemeenten.filter((g) => g.properties.statnaam === boundaryName(name));
    if (matches.length !== 1) throw new Error(`"${name}" matches ${matches.length} gemeenten in the boundary file`);
    const [gemeente] = matches;
    const { statcode } = gemeente.properties;
    if (used.has(statcode)) throw new Error(`${statcode} matched twice`);
    used.add(statcode);
    const provincie = provincieOf(gemeente, provincies);
    if (provincie.fallback) {
      fallbacks.push({ code: statcode, gemeente: name, provincie: provincie.name, votes: provincie.votes });
    }
    result.set(name, { code: statcode, provincie: provincie.name });
  }
  if (used.size !== gemeenten.length) {
    throw new Error(`${gemeenten.length - used.size} gemeenten of the boundary file match no name`);
  }
  const counts = {};
  for (const { provincie } of result.values()) counts[provincie] = (counts[provincie] ?? 0) + 1;
  for (const name of new Set([...Object.keys(counts), ...Object.keys(GEMEENTEN_PER_PROVINCIE_2024)])) {
    if (counts[name] !== GEMEENTEN_PER_PROVINCIE_2024[name]) {
      throw new Error(`${name}: ${counts[name] ?? 0} gemeenten, 2024 has ${GEMEENTEN_PER_PROVINCIE_2024[name] ?? 0}`);
    }
  }
  for (const [name, code, provincie] of KNOWN) {
    const found = result.get(name);
    if (found?.code !== code || found.provincie !== provincie) {
      throw new Error(`${name}: expected ${code} in ${provincie}, found ${JSON.stringify(found)}`);
    }
  }
  return { byName: result, fallbacks };
}
