/**
 * The task pane's strings name everything the pane shows and use the
 * glossary's Dutch words. Completeness in both languages (keys, templates,
 * no empty or untranslated text) is checked for every catalogue in
 * catalogues.test.ts.
 */
import { en } from "../../src/i18n/taskpane/en";
import { nl } from "../../src/i18n/taskpane/nl";
import { DOMAIN_SETS, PRESET_IDS } from "../../src/taskpane/model/domains";

describe("task pane strings", () => {
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
