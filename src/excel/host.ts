/**
 * Office itself, for the task pane's entry: whether the pane runs inside an
 * Office host, and the host's theme. Both read globals that exist only when
 * Office.js has loaded, so a plain browser gets answers instead of errors.
 */

type OfficeGlobal = { Office?: typeof Office };

/**
 * Calls `start` once Office.js is ready, with whether a host (Excel) is there;
 * at once with false when the page runs without Office.js.
 */
export function whenOfficeReady(start: (inOffice: boolean) => void): void {
  const office = (globalThis as OfficeGlobal).Office;
  if (office?.onReady) void office.onReady((info) => start(Boolean(info.host)));
  else start(false);
}

/** The Office theme's body background, when running inside Office. */
export function officeBackground(): string | undefined {
  const office = (globalThis as OfficeGlobal).Office;
  try {
    return office?.context?.officeTheme?.bodyBackgroundColor;
  } catch {
    // officeTheme is not available on every platform (Excel on the web before 2021): use light.
    return undefined;
  }
}
