/** @jest-environment jsdom */
/**
 * The weight slider keeps its rail visible: Fluent paints one tick per step
 * on the rail, and with weights in thousandths the ticks covered it entirely
 * (seen in headless Chromium). The slider overrides the tick spacing to one
 * tick across the rail, while the step still rounds what the user drags to.
 */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import "@testing-library/jest-dom";
import { WeightField } from "../../src/taskpane/steps/weights/WeightField";
import { LanguageProvider } from "../../src/taskpane/strings";

test("the weight slider draws no per-step ticks and keeps its 0.001 step", () => {
  render(
    <LanguageProvider initial="en">
      <WeightField domain="inkomen" entry={undefined} share={NaN} dispatch={() => undefined} />
    </LanguageProvider>,
  );
  const slider = screen.getByRole("slider");
  expect(slider).toHaveAttribute("step", "0.001");
  const root = slider.closest(".fui-Slider") as HTMLElement;
  expect(root.style.getPropertyValue("--fui-Slider--steps-percent")).toBe("100%");
});
