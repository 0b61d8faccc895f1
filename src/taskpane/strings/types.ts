import type { Language } from "../../i18n/language";
import type { Strings } from "../../i18n/taskpane";

/** What the language context gives every component: the language, its strings and the switch. */
export interface LanguageContextValue {
  readonly language: Language;
  readonly strings: Strings;
  readonly setLanguage: (language: Language) => void;
}
