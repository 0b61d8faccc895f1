/**
 * The Dutch and English strings are complete: the same keys, no empty text,
 * every template fills in, and Dutch is not English left untranslated.
 */
import { en } from "../../src/taskpane/strings/en";
import { nl } from "../../src/taskpane/strings/nl";
import { DOMAIN_SETS, PRESET_IDS } from "../../src/taskpane/model/domains";

type Leaf = [path: string, value: unknown];

function leaves(node: unknown, path = ""): Leaf[] {
  if (node && typeof node === "object") {
    return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
      leaves(value, path ? `${path}.${key}` : key),
    );
  }
  return [[path, node]];
}

/** A template filled with sample arguments: numbers for counts, words for names. */
function filled(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "function") {
    const args = Array.from({ length: value.length }, (_, i) => (i === 0 ? "Inkomen" : 3));
    return String((value as (...a: unknown[]) => unknown)(...args));
  }
  throw new Error(`not a text or template: ${typeof value}`);
}

// Texts that are the same in both languages on purpose (names, symbols, the language names).
const SAME_IN_BOTH = new Set([
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
]);

describe("task pane strings", () => {
  const english = leaves(en);
  const dutch = leaves(nl);

  it("have the same keys in Dutch and English", () => {
    expect(dutch.map(([path]) => path)).toEqual(english.map(([path]) => path));
  });

  it.each([
    ["en", english],
    ["nl", dutch],
  ])("has no empty or broken text in %s", (_, list) => {
    for (const [path, value] of list) {
      const text = filled(value);
      expect({ path, empty: text.trim() === "" }).toEqual({ path, empty: false });
      expect({ path, broken: /undefined|NaN|\[object/.test(text) }).toEqual({ path, broken: false });
    }
  });

  it("translates every Dutch text (only names and symbols may equal the English)", () => {
    const englishText = new Map(english.map(([path, value]) => [path, filled(value)]));
    const untranslated = dutch
      .filter(([path, value]) => !SAME_IN_BOTH.has(path) && filled(value) === englishText.get(path))
      .map(([path]) => path);
    expect(untranslated).toEqual([]);
  });

  it("labels every domain of every set, and every preset", () => {
    for (const strings of [en, nl]) {
      for (const set of Object.values(DOMAIN_SETS)) {
        for (const domain of set.domains) expect(strings.domainLabels[domain]).toBeTruthy();
      }
      for (const preset of PRESET_IDS) expect(strings.weights.presets[preset]).toBeTruthy();
    }
  });

  it("uses the glossary's words in Dutch", () => {
    expect(nl.strength).toEqual({ negligible: "verwaarloosbaar", weak: "zwak", moderate: "matig", strong: "sterk" });
    expect(nl.compare.caveat).toBe("Samenhang zegt niets over causaliteit.");
    expect(nl.steps.compute).toBe("Bereken");
    expect(nl.method.heading).toBe("Methode");
    expect(nl.domains.higherIsBetter).toBe("Hoger is gunstiger");
    expect(nl.weights.presets["nl-unofficial"]).toMatch(/^NL — niet-officieel/);
    expect(en.compare.caveat).toBe("Correlation is not causation.");
  });
});
