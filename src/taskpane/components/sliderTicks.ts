import type * as React from "react";

/**
 * Fluent's Slider draws a tick on its rail for every step; with fine steps (weights in thousandths,
 * α in hundredths) the ticks paint the whole rail over and it disappears. One "tick" spanning the
 * rail keeps the rail visible; the step itself still applies. Pass as the Slider's `style`.
 */
export const NO_STEP_TICKS = { "--fui-Slider--steps-percent": "100%" } as React.CSSProperties;
