import { type Language, currentLanguage } from "../language";
import { type FunctionStrings, en } from "./en";
import { nl } from "./nl";

export type { FunctionStrings };

/** The worksheet functions' own words, per language. */
export const FUNCTION_STRINGS: Readonly<Record<Language, FunctionStrings>> = { en, nl };

/** The functions' words in the user's language (Excel's display language). */
export function functionStrings(): FunctionStrings {
  return FUNCTION_STRINGS[currentLanguage()];
}
