/**
 * The registry (used by the in-memory workbook to evaluate formulas) and the
 * metadata Excel reads name the same functions.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { installCustomFunctionsStub } from "../support/customFunctions";
installCustomFunctionsStub();
import { FUNCTIONS } from "../../src/functions/registry";
import { DUTCH } from "../../src/functions/translations";
import { DIST } from "../support/bundle";

const metadata = JSON.parse(readFileSync(resolve(DIST, "functions.json"), "utf8"));
const ids: string[] = metadata.functions.map((f: { id: string }) => f.id).sort();

describe("function registry", () => {
  it("lists exactly the functions in functions.json", () => {
    expect(Object.keys(FUNCTIONS).sort()).toEqual(ids);
  });

  it("has a Dutch name, description and parameter texts for every function", () => {
    for (const fn of metadata.functions) {
      const nl = DUTCH[fn.id];
      expect(nl?.name).toBeTruthy();
      expect(nl?.description).toBeTruthy();
      for (const p of fn.parameters) {
        expect(`${fn.id}.${p.name}: ${nl.parameters[p.name]?.name ?? "MISSING"}`).not.toMatch(/MISSING$/);
        expect(nl.parameters[p.name].description.length).toBeGreaterThan(10);
      }
    }
  });
});
