import type { Language } from "../language";
import { type PreviewStrings, en } from "./en";
import { nl } from "./nl";

export type { PreviewStrings };

/** Every text of the preview page, per language. */
export const PREVIEW_STRINGS: Readonly<Record<Language, PreviewStrings>> = { en, nl };
