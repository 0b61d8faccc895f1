/**
 * The CustomFunctions runtime for pages without Excel: installed once, never
 * over another runtime, with Excel's error codes and an associate that records.
 */
import {
  CustomFunctionError,
  customFunctionErrorCode,
  installCustomFunctionsShim,
} from "../../../src/preview/calc/customFunctionsShim";

type Global = { CustomFunctions?: unknown };

afterEach(() => {
  delete (globalThis as Global).CustomFunctions;
});

describe("installCustomFunctionsShim", () => {
  it("installs CustomFunctions with Error, ErrorCode and associate, once", () => {
    expect((globalThis as Global).CustomFunctions).toBeUndefined();
    const associated = installCustomFunctionsShim();
    const runtime = (globalThis as Global).CustomFunctions;
    expect(installCustomFunctionsShim()).toBe(associated);
    expect((globalThis as Global).CustomFunctions).toBe(runtime);

    expect(CustomFunctions.ErrorCode).toEqual({
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    });
    const error = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "no data");
    expect([error.code, error.message]).toEqual(["#N/A", "no data"]);
    expect(customFunctionErrorCode(error)).toEqual({ code: "#N/A", message: "no data" });
    expect(customFunctionErrorCode(new Error("plain"))).toBeUndefined();

    const score = () => 1;
    const rank = () => 2;
    CustomFunctions.associate("score", score);
    CustomFunctions.associate({ RANK: rank });
    expect([...associated.entries()]).toEqual([
      ["SCORE", score],
      ["RANK", rank],
    ]);
  });

  it("leaves a runtime that is already there alone", () => {
    const existing = { Error: class extends Error {}, ErrorCode: {}, associate: () => undefined };
    (globalThis as Global).CustomFunctions = existing;
    expect(installCustomFunctionsShim().size).toBe(0);
    expect((globalThis as Global).CustomFunctions).toBe(existing);
  });

  it("is installed by importing the side-effect module", () => {
    jest.isolateModules(() => {
      require("../../../src/preview/calc/installCustomFunctions");
    });
    // The module was loaded afresh (isolateModules), so its class is another copy of CustomFunctionError.
    const error = new CustomFunctions.Error("#NUM!" as CustomFunctions.ErrorCode);
    expect([(error as unknown as Error).name, error.code]).toEqual([new CustomFunctionError("#NUM!").name, "#NUM!"]);
  });
});
