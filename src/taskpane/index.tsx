import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { App } from "./App";
import { officeBackground, themeForBackground } from "./theme";
import { currentLanguage } from "../i18n/language";

function render() {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  createRoot(container).render(
    <FluentProvider theme={themeForBackground(officeBackground())}>
      <App language={currentLanguage()} />
    </FluentProvider>,
  );
}

// Inside Office wait for Office.js; in a plain browser (no Office) render at once.
const office = (globalThis as { Office?: typeof Office }).Office;
if (office?.onReady) void office.onReady(() => render());
else render();
