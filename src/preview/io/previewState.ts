/**
 * What an .xlsx written by the preview keeps beyond cells, tables and formats: the document
 * settings (the task pane's configuration), the chart specifications and the pictures. The
 * spreadsheet library can write neither document settings nor charts (and pictures only as PNG), so
 * they travel as JSON in a very hidden sheet; the preview reads them back when the file is opened
 * again, and Excel users never see the sheet.
 */
import type { ChartSpec, PictureSpec } from "../../workbook/model";

/** The name of the very hidden sheet; starts with an underscore so no user sheet collides with it. */
export const PREVIEW_STATE_SHEET = "_MDI_preview";

/** The first cell of that sheet, marking the format and its version. */
export const PREVIEW_STATE_MARK = "mdi-preview-state/1";

export interface PreviewState {
  settings: Record<string, unknown>;
  /** Chart specifications per sheet name. */
  charts: Record<string, ChartSpec[]>;
  /** Pictures (with their SVG) per sheet name; absent in files of earlier versions. */
  pictures?: Record<string, PictureSpec[]>;
}

/** A cell holds at most 32,767 characters; the JSON is cut into pieces well below that. */
const CHUNK = 30000;

/**
 * The state as the column of text cells written under the mark.
 * @example encodePreviewState({ settings: {}, charts: {} }) // ['{"settings":{},"charts":{}}']
 */
export function encodePreviewState(state: PreviewState): string[] {
  const json = JSON.stringify(state);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += CHUNK) chunks.push(json.slice(i, i + CHUNK));
  return chunks;
}

/**
 * The state from those cells, or undefined when they do not hold one (a user's own sheet of that
 * name, or a damaged one): the workbook then opens without it.
 */
export function decodePreviewState(chunks: readonly string[]): PreviewState | undefined {
  try {
    const parsed = JSON.parse(chunks.join("")) as Partial<PreviewState>;
    if (typeof parsed !== "object" || parsed === null) return undefined;
    const settings = typeof parsed.settings === "object" && parsed.settings !== null ? parsed.settings : {};
    const charts = typeof parsed.charts === "object" && parsed.charts !== null ? parsed.charts : {};
    const pictures = typeof parsed.pictures === "object" && parsed.pictures !== null ? parsed.pictures : {};
    return { settings, charts, pictures };
  } catch {
    // Not JSON: not a state this preview wrote. Opening the workbook matters more than the state.
    return undefined;
  }
}
