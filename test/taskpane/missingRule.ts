/**
 * Sets the missing-value rule in the pane as a user does: step Weging, both thresholds typed as 100 %
 * (complete data only, the rule before coverage existed), so the sample's Weteringbuurt (no participation
 * figure) is left without a score.
 */
import { screen } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";

export const INDICATOR_SHARE = "Binnen een domein: minstens dit deel van het indicatorgewicht (%)";
export const DOMAIN_SHARE = "Over de domeinen: minstens dit deel van het domeingewicht (%)";

export async function requireCompleteData(user: UserEvent): Promise<void> {
  await user.click(screen.getByRole("tab", { name: "Weging" }));
  for (const name of [INDICATOR_SHARE, DOMAIN_SHARE]) {
    const field = screen.getByRole("spinbutton", { name: new RegExp(`^${escape(name)}`) });
    await user.clear(field);
    await user.type(field, "100{Enter}");
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
