/**
 * Every text catalogue is complete in both languages: the Dutch side has
 * exactly the keys of the English side, its templates take the same
 * arguments, no text is empty or broken once filled in, and Dutch is not
 * English left untranslated (only names and symbols may be equal).
 */
import type { EngineErrorDetails } from "../../src/engine/errors";
import { CALC_STRINGS } from "../../src/i18n/calc";
import { ENGINE_STRINGS } from "../../src/i18n/engine";
import { FUNCTION_STRINGS } from "../../src/i18n/functions";
import type { Language } from "../../src/i18n/language";
import { PREVIEW_STRINGS } from "../../src/i18n/preview";
import { STRINGS } from "../../src/i18n/taskpane";
import { WORKBOOK_STRINGS, type WorkbookErrorDetails } from "../../src/i18n/workbook";

type Leaf = [path: string, value: unknown];

function leaves(node: unknown, path = ""): Leaf[] {
  if (node && typeof node === "object") {
    return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
      leaves(value, path ? `${path}.${key}` : key),
    );
  }
  return [[path, node]];
}

/** Paths of `english` that `dutch` lacks, and paths of `dutch` that `english` lacks. */
function keyDifferences(english: unknown, dutch: unknown): { missing: string[]; extra: string[] } {
  const ours = new Set(leaves(dutch).map(([path]) => path));
  const theirs = new Set(leaves(english).map(([path]) => path));
  return {
    missing: [...theirs].filter((path) => !ours.has(path)),
    extra: [...ours].filter((path) => !theirs.has(path)),
  };
}

const REFUSAL_DETAILS: EngineErrorDetails = { row: 2, column: 1, value: 5, expected: 10, actual: 12 };
/** Floors above the budget: INFEASIBLE's other cases are tested with the functions and the pane. */
const INFEASIBLE_DETAILS: EngineErrorDetails = { parameter: "floor", actual: 1200, expected: 1000 };
const WORKBOOK_DETAILS: WorkbookErrorDetails = {
  sheet: "MDI",
  table: "MdiTabel",
  address: "B2:H480",
  header: "Inkomen",
  otherSheet: "Gegevens",
  chart: "Decielen",
  rows: 500001,
  columns: 11,
  limit: 5000000,
};

/** Sample arguments for a template: a word first, then counts; refusals and workbook errors get their details. */
type Samples = (path: string, arity: number) => unknown[];
const words: Samples = (_, arity) => Array.from({ length: arity }, (__, i) => (i === 0 ? "Inkomen" : 3));

interface Catalogue {
  readonly area: string;
  readonly strings: Readonly<Record<Language, object>>;
  readonly samples: Samples;
  /** Texts that are the same in both languages on purpose (names, symbols, the language names). */
  readonly sameInBoth: readonly string[];
}

const CATALOGUES: readonly Catalogue[] = [
  {
    area: "engine",
    strings: ENGINE_STRINGS,
    samples: (path, arity) => {
      if (path === "refusals.INFEASIBLE") return ["ondergrens", INFEASIBLE_DETAILS];
      return path.startsWith("refusals.") ? ["gewichten", REFUSAL_DETAILS] : words(path, arity);
    },
    sameInBoth: [],
  },
  {
    area: "functions",
    strings: FUNCTION_STRINGS,
    samples: words,
    sameInBoth: ["correl.pearson", "correl.spearman", "correl.kendall"],
  },
  { area: "calc", strings: CALC_STRINGS, samples: words, sameInBoth: [] },
  { area: "workbook", strings: WORKBOOK_STRINGS, samples: () => [WORKBOOK_DETAILS], sameInBoth: [] },
  {
    area: "preview",
    strings: PREVIEW_STRINGS,
    // These count something first: a count, not a name.
    samples: (path, arity) =>
      ["nonFiniteBlanked", "csvMissing", "csvOutOfRange"].includes(path)
        ? Array.from({ length: arity }, () => 3)
        : words(path, arity),
    // A CBS marker with its count ("“x” 3×") reads the same in both languages.
    sameInBoth: ["english", "dutch", "samples.amsterdam", "csvMarker"],
  },
  {
    area: "taskpane",
    strings: STRINGS,
    samples: words,
    sameInBoth: [
      "app.languages.nl",
      "app.languages.en",
      "weights.normalizations.z",
      "weights.normalizations.minmax",
      "errors.compute",
      "errors.indexWhere",
      "compare.details",
      "weights.presets.wales",
      "sheet.n",
      "sheet.pearson",
      "sheet.spearman",
      "sheet.p",
      "data.usedAsIndicator",
      // "later" is the same word in Dutch.
      "trend.sheet.later",
      "trend.sheet.laterDecileNumber",
      // A middle decile in the map's legend is its number and count ("5 (34)"); a value is "label: value".
      "map.legendDecile",
      "map.areaValue",
    ],
  },
];

/** A text, or a template filled with the catalogue's sample arguments. */
function filled(catalogue: Catalogue, path: string, value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "function") {
    const template = value as (...args: unknown[]) => unknown;
    return String(template(...catalogue.samples(path, template.length)));
  }
  throw new Error(`${path}: not a text or template but ${typeof value}`);
}

describe.each(CATALOGUES)("the $area catalogue", (catalogue) => {
  const english = leaves(catalogue.strings.en);
  const dutch = leaves(catalogue.strings.nl);

  it("has every English key in Dutch, and no other", () => {
    expect(keyDifferences(catalogue.strings.en, catalogue.strings.nl)).toEqual({ missing: [], extra: [] });
    expect(dutch.map(([path]) => path)).toEqual(english.map(([path]) => path));
  });

  it("has templates that take the same arguments in both languages", () => {
    const arity = (list: Leaf[]) =>
      list.map(([path, value]) => [path, typeof value === "function" ? value.length : "text"]);
    expect(arity(dutch)).toEqual(arity(english));
  });

  it.each([["en" as const], ["nl" as const]])("has no empty or broken text in %s", (language) => {
    for (const [path, value] of leaves(catalogue.strings[language])) {
      const text = filled(catalogue, path, value);
      expect({ path, empty: text.trim() === "" }).toEqual({ path, empty: false });
      expect({ path, broken: /undefined|NaN|\[object|\{\w+\}/.test(text) }).toEqual({ path, broken: false });
    }
  });

  it("translates every Dutch text (only names and symbols may equal the English)", () => {
    const same = new Set(catalogue.sameInBoth);
    const englishText = new Map(english.map(([path, value]) => [path, filled(catalogue, path, value)]));
    const untranslated = dutch
      .filter(([path, value]) => !same.has(path) && filled(catalogue, path, value) === englishText.get(path))
      .map(([path]) => path);
    expect(untranslated).toEqual([]);
  });
});

describe("the key check", () => {
  it("names a key the Dutch side misses, however deep, and a key only the Dutch side has", () => {
    const english = { a: "A", b: { c: (n: number) => `${n}`, d: "D" } };
    const dutch = { a: "A'", b: { c: (n: number) => `${n}'`, e: "E" } };
    expect(keyDifferences(english, dutch)).toEqual({ missing: ["b.d"], extra: ["b.e"] });
  });
});
