/** @jest-environment jsdom */
/**
 * The add-in's pictures in the preview's grid: each an image named by its alt text, its SVG as a data: URL
 * (what the page's Content-Security-Policy allows), at its top-left cell with its size in pixels, beside
 * the ARIA grid (which may hold only rows); the grid reaches as far as the picture does.
 */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { Grid } from "../../src/preview/components/Grid";
import { columnPixels } from "../../src/preview/components/gridGeometry";
import { HEADER_HEIGHT, ROW_HEIGHT } from "../../src/preview/components/gridStyles";
import { sheetFromRows } from "../../src/preview/memory/models";
import type { PictureSpec, WorkbookModel } from "../../src/workbook/model";
import { installResizeObserver } from "../support/resizeObserver";

beforeAll(installResizeObserver);

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="450"><path d="M0 0h10v10z"/></svg>';

test("draws a picture at its cell with its size, named by its description, and extends the grid to it", () => {
  const sheet = sheetFromRows("MDI", [["Gebied", "Score"], ["A", 1]]);
  sheet.columnWidths = [20, 10];
  const map: PictureSpec = {
    name: "MDI_Kaart",
    svg: SVG,
    topLeft: "C40",
    width: 450,
    height: 337.5,
    description: "Kaart: de MDI-decielen per buurt",
  };
  sheet.pictures = [map];
  const model: WorkbookModel = { sheets: [sheet], settings: {} };
  render(
    <FluentProvider theme={webLightTheme}>
      <Grid
        sheet={sheet}
        model={model}
        version={1}
        language="nl"
        selection={undefined}
        onSelectionChange={() => undefined}
        label="Werkblad MDI"
        selectAllLabel="Alles selecteren"
        chartLabel={(title) => `Grafiek: ${title}`}
      />
    </FluentProvider>,
  );
  const image = screen.getByRole("img", { name: "Kaart: de MDI-decielen per buurt" });
  expect(image.getAttribute("src")).toBe(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(SVG)}`);
  expect(image).toHaveAttribute("data-picture", "MDI_Kaart");
  const grid = screen.getByRole("grid", { name: "Werkblad MDI" });
  expect(grid).not.toContainElement(image);
  // Right of the row headers (40 px) and columns A and B.
  expect(image.style.left).toBe(`${40 + columnPixels(20) + columnPixels(10)}px`);
  expect(image.style.top).toBe(`${HEADER_HEIGHT + 39 * ROW_HEIGHT}px`);
  expect(image.style.width).toBe("600px");
  expect(image.style.height).toBe("450px");
  // 450 px from row 40 covers 21 rows (to row 60); 600 px from column C, 64 px a column, 10 columns (to L);
  // the grid goes one row and column further (the counts include the header row and column).
  expect(grid).toHaveAttribute("aria-rowcount", String(61 + 1));
  expect(grid).toHaveAttribute("aria-colcount", String(13 + 1));
});
