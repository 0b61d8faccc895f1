import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { officeBackground, whenOfficeReady } from "../excel/host";
import { currentLanguage } from "../i18n/language";
import type { WorkbookPort } from "../workbook/port";
import { STRINGS } from "./strings";
import { TaskPane } from "./TaskPane";
import { themeForBackground } from "./theme";

/**
 * The pane's composition root: the one module of the pane that may import
 * src/excel. The Office.js port (src/excel, the only Excel.run caller) is
 * loaded when Office is ready; a failure to load or create it shows a message
 * instead of a blank pane.
 */
async function officeWorkbook(): Promise<WorkbookPort> {
  const { createOfficeWorkbook } = await import(/* webpackMode: "eager" */ "../excel");
  return createOfficeWorkbook();
}

function mount(content: React.ReactNode) {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  createRoot(container).render(content);
}

function notice(text: string, intent: "info" | "error") {
  mount(
    <FluentProvider theme={themeForBackground(officeBackground())}>
      <MessageBar intent={intent} layout="multiline">
        <MessageBarBody>{text}</MessageBarBody>
      </MessageBar>
    </FluentProvider>,
  );
}

async function start(inExcel: boolean) {
  const strings = STRINGS[currentLanguage()];
  if (!inExcel) {
    notice(strings.app.outsideExcel, "info");
    return;
  }
  try {
    mount(<TaskPane port={await officeWorkbook()} theme={themeForBackground(officeBackground())} />);
  } catch (error) {
    notice(strings.app.unavailable(error instanceof Error ? error.message : String(error)), "error");
  }
}

// Inside Office wait for Office.js; in a plain browser say where the add-in runs.
whenOfficeReady((inExcel) => void start(inExcel));
