/** @jest-environment jsdom */
/**
 * A file with Excel's 16,384 columns froze the Domains step for 29 s in the preview: every column
 * drew a row of controls at once. The Data, Domains and Compare steps now draw long lists a page
 * at a time, with "Show more".
 */
import * as React from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import "@testing-library/jest-dom";
import { analyzeData } from "../../src/taskpane/model/analyze";
import { suggestConfig } from "../../src/taskpane/model/config";
import { ColumnsTable } from "../../src/taskpane/steps/data/ColumnsTable";
import { DomainsStep } from "../../src/taskpane/steps/domains/DomainsStep";
import { ComparatorChoice } from "../../src/taskpane/steps/compare/ComparatorChoice";
import { LIST_PAGE } from "../../src/taskpane/components/ShowMore";
import { LanguageProvider } from "../../src/taskpane/strings";
import type { DataBlock } from "../../src/workbook/port";

/** Excel's widest sheet: an area column and 16,383 numeric columns, three areas. */
function wideBlock(): DataBlock {
  const headers = ["buurt", ...Array.from({ length: 16383 }, (_, i) => `indicator ${i + 1}`)];
  const rows = ["A", "B", "C"].map((area, r) => [area, ...headers.slice(1).map((_, c) => (r + 1) * (c + 1))]);
  return { source: { kind: "selection", sheet: "Data", address: "A1:XFD4" }, headers, rows };
}

const analysis = analyzeData(wideBlock(), (i) => `Column ${i + 1}`);
const config = suggestConfig(wideBlock(), analysis);

test("the Domains step draws 100 indicators, and 100 more on each 'Show more'", () => {
  render(
    <LanguageProvider initial="en">
      <DomainsStep config={config} analysis={analysis} dispatch={() => undefined} />
    </LanguageProvider>,
  );
  const list = screen.getByRole("list", { name: /indicators/i });
  expect(list.children).toHaveLength(LIST_PAGE);
  fireEvent.click(screen.getByRole("button", { name: "Show more (100 of 16,383 shown)" }));
  expect(list.children).toHaveLength(2 * LIST_PAGE);
  expect(screen.getByRole("button", { name: "Show more (200 of 16,383 shown)" })).toBeInTheDocument();
}, 30000);

test("the Data step's column table and the Compare step's choices are paged too, in Dutch as well", () => {
  render(
    <LanguageProvider initial="nl">
      <ColumnsTable analysis={analysis} config={config} />
      <ComparatorChoice candidates={analysis.numericColumns} chosen={[]} onChange={() => undefined} />
    </LanguageProvider>,
  );
  // The header row and a page of columns.
  expect(screen.getAllByRole("row")).toHaveLength(1 + LIST_PAGE);
  expect(screen.getAllByRole("checkbox")).toHaveLength(LIST_PAGE);
  expect(screen.getAllByRole("button", { name: "Meer tonen (100 van 16.383 getoond)" })).toHaveLength(2);
});
