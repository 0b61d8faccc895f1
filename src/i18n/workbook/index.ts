import type { Language } from "../language";
import { type WorkbookErrorDetails, type WorkbookStrings, en } from "./en";
import { nl } from "./nl";

export type { WorkbookErrorDetails, WorkbookStrings };

/** The workbook layer's refusals, per language. */
export const WORKBOOK_STRINGS: Readonly<Record<Language, WorkbookStrings>> = { en, nl };
