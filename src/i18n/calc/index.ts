import type { Language } from "../language";
import { type CalcStrings, en } from "./en";
import { nl } from "./nl";

export type { CalcStrings };

/** The in-memory formula evaluation's messages, per language. */
export const CALC_STRINGS: Readonly<Record<Language, CalcStrings>> = { en, nl };
