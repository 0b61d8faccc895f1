/**
 * Accessibility of the preview page and the task pane, checked by axe-core (WCAG 2.0/2.1 A and AA
 * rules) in headless Chromium on `npm start`'s preview: on opening (the pane's Data step), after the
 * MDI is computed (the MDI sheet in the grid), and on the Samenhang step with its results. A serious
 * or critical violation fails the test with the rule, its help text and the elements it found.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { STRINGS as PANE } from "../../src/taskpane/strings";
import { PREVIEW_STRINGS as PAGE } from "../../src/i18n/preview";
import { launchBrowser, openPreview, prefix } from "./support";

jest.setTimeout(20 * 60 * 1000);

const t = PANE.nl;
/** axe-core's browser build, injected into the page as it is (no network). */
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Finding {
  id: string;
  impact: string;
  help: string;
  /** The elements found, as their opening tag and axe's account of what is wrong. */
  nodes: string[];
}

/** The serious and critical WCAG A/AA violations axe-core finds on the page as it is now. */
async function seriousViolations(page: Page): Promise<Finding[]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy (no inline
  // script) does not govern; the page itself stays as strict as it ships.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const findings = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? "",
      help: v.help,
      nodes: v.nodes
        // Fluent UI's focus manager (Tabster) puts aria-hidden <i tabindex=0 data-tabster-dummy> guards
        // around focus groups: focus landing on one is moved on at once, and hiding them keeps screen
        // readers quiet. axe flags them under aria-hidden-focus; every other node still counts
        // (docs/platform.md, "Accessibility checks").
        .filter((n) => !(v.id === "aria-hidden-focus" && n.html.includes("data-tabster-dummy")))
        .map((n) => `${n.html.slice(0, 160)} — ${n.failureSummary ?? ""}`),
    }));
  });
  return findings.filter((f) => (f.impact === "serious" || f.impact === "critical") && f.nodes.length > 0);
}

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
