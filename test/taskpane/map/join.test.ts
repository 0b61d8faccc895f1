/**
 * Joining areas to shapes (src/taskpane/map/join.ts) on small hand-made boundary layers: the property that
 * matches the most codes wins, codes compare without case and spaces, names only when no code matches, and
 * the unmatched are counted both ways.
 */
import type { Polygon } from "geojson";
import type { BoundaryLayer } from "../../../src/taskpane/map/boundaryFile";
import { codeKey, joinAreas, nameKey, shapeLabel } from "../../../src/taskpane/map/join";

/** A unit square at (x, y). */
function square(x: number, y: number): Polygon {
  return {
    type: "Polygon",
    coordinates: [
      [
        [x, y],
        [x + 1, y],
        [x + 1, y + 1],
        [x, y + 1],
        [x, y],
      ],
    ],
  };
}

function layer(name: string, properties: Array<Record<string, unknown>>): BoundaryLayer {
  return { name, shapes: properties.map((p, i) => ({ properties: p, geometry: square(i, 0) })) };
}

describe("codes", () => {
  const buurten = layer("buurten", [
    { buurtcode: "BU03630000", buurtnaam: "Kop Zeedijk", oud: "BU03630000", id: 1 },
    { buurtcode: "BU03630001", buurtnaam: "Oude Kerk e.o.", oud: "X", id: 2 },
    { buurtcode: "BU99990000", buurtnaam: "Elders", oud: "Y", id: 3 },
  ]);

  test("the property matching the most codes wins; case and spaces do not matter", () => {
    const join = joinAreas(
      [
        { header: "Buurt", values: ["Kop Zeedijk", "Oude Kerk e.o.", "Nergens"] },
        { header: "Buurtcode", values: ["BU03630000", " bu0363 0001", "BU03639999"] },
      ],
      [buurten],
    )!;
    expect(join).toMatchObject({ column: "Buurtcode", property: "buurtcode", by: "code", drawn: 2, layer: 0 });
    expect(join.shapesOfRow).toEqual([[0], [1], []]);
    expect(join.rowsWithoutShape).toEqual([2]);
    expect(join.shapesWithoutArea).toEqual([2]);
    expect(Array.from(join.rowOfShape)).toEqual([0, 1, -1]);
  });

  test("a multi-part area drawn from several shapes with its code is one area", () => {
    const parts = layer("parts", [{ code: "GM0001" }, { code: "GM0001" }, { code: "GM0002" }]);
    const join = joinAreas([{ header: "Code", values: ["GM0001", "GM0002"] }], [parts])!;
    expect(join.shapesOfRow).toEqual([[0, 1], [2]]);
    expect(join.drawn).toBe(2);
    expect(join.shapesWithoutArea).toEqual([]);
  });

  test("of several layers (a TopoJSON file's objects) the one that matches most is joined", () => {
    const gemeenten = layer("gemeenten", [{ statcode: "GM0363" }]);
    const wijken = layer("wijken", [{ statcode: "WK036300" }, { statcode: "WK036301" }]);
    const join = joinAreas([{ header: "Code", values: ["WK036300", "WK036301", "GM0363"] }], [gemeenten, wijken])!;
    expect(join.layer).toBe(1);
    expect(join.drawn).toBe(2);
    expect(join.rowsWithoutShape).toEqual([2]);
  });

  test("nothing in common: no join", () => {
    expect(joinAreas([{ header: "Code", values: ["A", "B"] }], [buurten])).toBeNull();
  });
});

describe("names, when they match more areas than any code", () => {
  const gemeenten = layer("gemeente_2024", [
    { statcode: "GM1900", statnaam: "Súdwest-Fryslân" },
    { statcode: "GM0344", statnaam: "Utrecht" },
    { statcode: "GM0518", statnaam: "'s-Gravenhage" },
    { statcode: "GM0373", statnaam: "Bergen (NH.)" },
  ]);

  test("the same number of areas by code and by name: the code", () => {
    const join = joinAreas(
      [
        { header: "Naam", values: ["Utrecht", "'s-Gravenhage"] },
        { header: "Code", values: ["GM0344", "GM0518"] },
      ],
      [gemeenten],
    )!;
    expect(join).toMatchObject({ column: "Code", property: "statcode", by: "code", drawn: 2 });
  });

  test("accents, case, punctuation and a trailing (gemeente) are ignored", () => {
    const join = joinAreas(
      [{ header: "Regio's", values: ["Sudwest Fryslan", "Utrecht (gemeente)", "'s-GRAVENHAGE", "Bergen"] }],
      [gemeenten],
    )!;
    expect(join).toMatchObject({ by: "name", property: "statnaam", drawn: 3 });
    // "Bergen" is not "Bergen (NH.)": two gemeenten are called Bergen, so the name alone cannot tell.
    expect(join.rowsWithoutShape).toEqual([3]);
    expect(join.shapesWithoutArea).toEqual([3]);
  });

  test("a code column matching a few areas loses to names matching more", () => {
    const join = joinAreas(
      [
        { header: "Naam", values: ["Utrecht", "'s-Gravenhage", "Súdwest-Fryslân"] },
        { header: "Code", values: ["GM0344", "", ""] },
      ],
      [gemeenten],
    )!;
    expect(join).toMatchObject({ column: "Naam", property: "statnaam", by: "name", drawn: 3 });
  });
});

test("keys as compared", () => {
  expect(codeKey(" bu0363 0000 ")).toBe("BU03630000");
  expect(codeKey(363)).toBe("363");
  expect(codeKey(null)).toBe("");
  expect(codeKey("Utrecht")).toBe("");
  expect(nameKey("Súdwest-Fryslân")).toBe("sudwest fryslan");
  expect(nameKey("Utrecht (gemeente)")).toBe("utrecht");
  expect(nameKey("Gemeente Almelo")).toBe("almelo");
});

test("an unmatched shape is named by its name and code", () => {
  const buurten = layer("b", [{ buurtcode: "BU1", buurtnaam: "Noord" }, { buurtcode: "BU2" }, {}]);
  expect(shapeLabel(buurten, 0, "buurtcode")).toBe("Noord (BU1)");
  expect(shapeLabel(buurten, 1, "buurtcode")).toBe("BU2");
  expect(shapeLabel(buurten, 2, "buurtcode")).toBe("#3");
});
