/**
 * axe-core (WCAG 2.0/2.1 A and AA rules) run in the page: the accessibility test and the steps' own tests
 * (the map) ask it for the serious and critical violations.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

/** axe-core's browser build, injected into the page as it is (no network). */
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface Finding {
  id: string;
  impact: string;
  help: string;
  /** The elements found, as their opening tag and axe's account of what is wrong. */
  nodes: string[];
}

/** The serious and critical WCAG A/AA violations axe-core finds on the page as it is now. */
export async function seriousViolations(page: Page): Promise<Finding[]> {
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
