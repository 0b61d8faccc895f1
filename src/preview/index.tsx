/**
 * Entry of preview.html: the add-in without Excel. The custom-functions runtime shim comes first,
 * so the functions the in-memory workbook evaluates find `CustomFunctions` when they load.
 */
import "./calc/installCustomFunctions";
import { emptyCellArgumentFromQuery, setEmptyCellArgument } from "./calc/emptyCells";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { currentLanguage, type Language } from "../i18n/language";
import { TaskPane } from "../taskpane/TaskPane";
import { loadChartJs } from "./charts/loadChartJs";
import { loadExcelJs } from "./io/loadExcelJs";
import { PreviewApp } from "./PreviewApp";
import type { PreviewWorkbook } from "./workbook";

/** The real task pane, on the preview's workbook, in the page's language and light theme. */
function PreviewPane({ workbook, language }: { workbook: PreviewWorkbook; language: Language }) {
  return <TaskPane port={workbook} language={language} theme={webLightTheme} />;
}

// exceljs is its own chunk (the initial script stays small), but the page opens a sample workbook at once:
// ask for it now, while React renders, rather than when the sample arrives.
void loadExcelJs();

// `?emptyCells=zero`: empty cells reach the functions as 0, as older Excel desktop builds pass them.
const emptyCells = emptyCellArgumentFromQuery(window.location.search);
setEmptyCellArgument(emptyCells);
document.documentElement.dataset.emptyCells = emptyCells;

const container = document.getElementById("root");
if (!container) throw new Error("preview.html has no #root element");
createRoot(container).render(
  <FluentProvider theme={webLightTheme}>
    <PreviewApp initialLanguage={currentLanguage()} Pane={PreviewPane} />
  </FluentProvider>,
);

// chart.js is its own chunk: fetched once the page is up, so it is there when a sheet first shows a chart.
window.setTimeout(() => void loadChartJs(), 0);
