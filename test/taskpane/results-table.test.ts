/**
 * Results written to "MDI (2)" (the user kept an edited MDI sheet, or the data lives on a sheet called
 * MDI) are the results the allocation and the briefing read: Compute stores the results table's name in
 * the workbook, and the panels' read action follows it.
 */
import { computePlan } from "../../src/taskpane/plan";
import { RESULTS_TABLE_SETTING } from "../../src/taskpane/model/config";
import { workbookActions } from "../../src/taskpane/state/workbookActions";
import { renameSheets, renamedTable } from "../../src/workbook/rename";
import { sampleWorkbook } from "./fixtures";
import { planInput } from "./planFixtures";

describe("the results table the panels read", () => {
  it("is MDI_Resultaten by default, and MDI_Resultaten_2 on MDI (2) once Compute has stored that", async () => {
    const workbook = sampleWorkbook();
    const input = planInput(await workbook.readSelection());
    await workbook.writeSheets(computePlan(input, { calculationSheetExists: false }));
    const actions = workbookActions(workbook);
    expect((await actions.readMdiTable())!.sheet).toBe("MDI");

    const renames = new Map([
      ["MDI", "MDI (2)"],
      ["MDI berekening", "MDI berekening (2)"],
    ]);
    await workbook.writeSheets(renameSheets(computePlan(input, { calculationSheetExists: false }), renames));
    expect(renamedTable("MDI_Resultaten", "MDI (2)")).toBe("MDI_Resultaten_2");
    await workbook.saveSetting(RESULTS_TABLE_SETTING, renamedTable("MDI_Resultaten", "MDI (2)"));
    const table = (await actions.readMdiTable())!;
    expect(table.sheet).toBe("MDI (2)");
    expect(table.rows).toBe(12);
    expect(Array.from(table.score).filter(Number.isFinite)).toHaveLength(12);
  });
});
