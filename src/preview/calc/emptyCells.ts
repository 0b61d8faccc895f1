/**
 * How the host passes an empty cell to a custom function. Excel on the web and recent desktop builds pass it
 * empty (null); older desktop builds pass it as 0 (office-js issues 4702, 1951, 5262; docs/platform.md). The
 * browser preview emulates the older behaviour with `preview.html?emptyCells=zero`, so that formulas guarded
 * with IF(ISBLANK(range),"",range) are tested rather than assumed. One setting for the page, as in a host.
 */
export type EmptyCellArgument = "empty" | "zero";

let mode: EmptyCellArgument = "empty";

/** What an empty cell reaching a custom function becomes from now on (recalculate to apply). */
export function setEmptyCellArgument(value: EmptyCellArgument): void {
  mode = value;
}

export function emptyCellArgument(): EmptyCellArgument {
  return mode;
}

/**
 * The mode a page address asks for: `?emptyCells=zero` emulates the older desktop builds.
 * @example emptyCellArgumentFromQuery("?emptyCells=zero") // "zero"
 */
export function emptyCellArgumentFromQuery(search: string): EmptyCellArgument {
  return new URLSearchParams(search).get("emptyCells") === "zero" ? "zero" : "empty";
}
