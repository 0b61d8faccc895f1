/**
 * The example workbooks the preview offers (built by `npm run examples`, served from the same
 * origin as the page under examples/). The first is the one the page opens on.
 */
export interface Sample {
  id: "amsterdam" | "amsterdamTrend" | "gemeenten" | "england";
  file: string;
}

export const SAMPLES: readonly Sample[] = [
  { id: "amsterdam", file: "amsterdam-buurten-2019.xlsx" },
  { id: "amsterdamTrend", file: "amsterdam-buurten-2017-2019.xlsx" },
  { id: "gemeenten", file: "gemeenten-2024.xlsx" },
  { id: "england", file: "england-iod2025.xlsx" },
];

export const DEFAULT_SAMPLE = SAMPLES[0];

/** Where the page fetches a sample: relative to the page, so only its own origin is asked. */
export function sampleUrl(sample: Sample): string {
  return `examples/${sample.file}`;
}
