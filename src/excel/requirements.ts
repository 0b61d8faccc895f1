/**
 * Excel's requirement sets the adapter checks before using what older Excel
 * versions lack; without them it writes what it can (cells, tables) and skips
 * the rest.
 */

/** Chart series and freeze panes. */
export const SERIES_API = "1.7";
/** Conditional formats. */
export const CONDITIONAL_FORMAT_API = "1.6";
/** Page layout (orientation, fit to pages). */
export const PAGE_LAYOUT_API = "1.9";

export function supports(version: string): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", version);
}

/** Shapes on a sheet: the pictures the add-in places, and pictures or text boxes someone added. */
export const SHAPES_API = "1.9";
/** Dynamic arrays: where a formula's result spills. */
export const SPILL_API = "1.12";
