/**
 * Accessibility of the preview page and the task pane, checked by axe-core (WCAG 2.0/2.1 A and AA
 * rules) in headless Chromium on `npm start`'s preview: on opening (the pane's Data step), after the
 * MDI is computed (the MDI sheet in the grid), and on the Samenhang step with its results. A serious
 * or critical violation fails the test with the rule, its help text and the elements it found.
 */
import type { Browser } from "playwright-core";
import { STRINGS as PANE } from "../../src/taskpane/strings";
import { PREVIEW_STRINGS as PAGE } from "../../src/i18n/preview";
import { seriousViolations } from "./axe";
import { launchBrowser, openPreview, prefix } from "./support";

jest.setTimeout(20 * 60 * 1000);

const t = PANE.nl;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("npm start → preview.html: accessibility (axe-core, WCAG 2.1 A/AA)", () => {
  test("no serious or critical violation on the Data step, after Compute and on Samenhang", async () => {
    const preview = await openPreview(browser, { language: "nl" });
    const { page } = preview;
    const pane = page.getByRole("complementary", { name: PAGE.nl.pane });

    expect(await seriousViolations(page)).toEqual([]);

    await pane.getByRole("button", { name: t.data.useTable }).click();
    await pane.getByText(prefix((where) => t.data.summary(479, 21, where))).waitFor({ timeout: 120000 });
    expect(await seriousViolations(page)).toEqual([]);

    await pane.getByRole("tab", { name: t.steps.compute }).click();
    await pane.getByRole("button", { name: t.compute.button, exact: true }).click();
    await pane.getByText(prefix((sheets) => t.compute.done(479, sheets))).waitFor({ timeout: 600000 });
    expect(await seriousViolations(page)).toEqual([]);

    await pane.getByRole("tab", { name: t.steps.compare }).click();
    await pane.getByRole("button", { name: t.compare.button }).click();
    await pane.getByText(t.compare.done("MDI samenhang")).waitFor({ timeout: 300000 });
    expect(await seriousViolations(page)).toEqual([]);

    expect(preview.problems).toEqual([]);
    await preview.context.close();
  });
});
