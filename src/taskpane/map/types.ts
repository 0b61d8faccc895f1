import type { PictureSpec } from "../../workbook/model";

/** Callbacks of the map's components (declared here, in plain TypeScript, as the pane's other prop types are). */

/** Receives the map as a picture whenever it changes, or null when there is none. */
export type PictureListener = (picture: PictureSpec | null) => void;

/** Receives a boundary file the user chose or dropped. */
export type FileListener = (file: File) => void;

/** What the map says about an area (a row of the results). */
export type AreaText = (row: number) => string;
