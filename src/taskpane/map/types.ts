import type { PictureSpec } from "../../workbook/model";
import type { BundledBoundary } from "./boundaryIds";

/** Callbacks of the map's components (declared here, in plain TypeScript, as the pane's other prop types are). */

/**
 * Makes the map as a picture when called: drawing it is work (a national buurt file takes most of a second),
 * so the briefing asks for it only when it is written.
 */
export type MakePicture = () => PictureSpec | null;

/** Receives, whenever the map changes, how to make it as a picture; null when there is no map. */
export type PictureListener = (make: MakePicture | null) => void;

/** Receives a boundary file the user chose or dropped. */
export type FileListener = (file: File) => void;

/** What the map says about an area (a row of the results). */
export type AreaText = (row: number) => string;

/** Receives the built-in boundary set the user chose. */
export type BundledListener = (id: BundledBoundary) => void;
