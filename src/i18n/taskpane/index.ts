import type { Language } from "../language";
import { type Strings, en } from "./en";
import { nl } from "./nl";

export type { Strings };

/** Every text of the task pane and of the sheets it writes, per language. */
export const STRINGS: Readonly<Record<Language, Strings>> = { en, nl };
