import * as React from "react";
import type { Language } from "../../i18n/language";
import { STRINGS, type Strings } from "../../i18n/taskpane";
import type { LanguageContextValue } from "./types";

export { STRINGS, type Strings } from "../../i18n/taskpane";

const LanguageContext = React.createContext<LanguageContextValue | null>(null);

/** Provides the pane's language (switchable) and its strings to every component below. */
export function LanguageProvider({ initial, children }: { initial: Language; children: React.ReactNode }) {
  const [language, setLanguage] = React.useState<Language>(initial);
  React.useEffect(() => setLanguage(initial), [initial]);
  const value = React.useMemo(() => ({ language, strings: STRINGS[language], setLanguage }), [language]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

/** The current language, its strings and the switch. */
export function useLanguage(): LanguageContextValue {
  const value = React.useContext(LanguageContext);
  if (!value) throw new Error("useLanguage must be used inside <LanguageProvider>");
  return value;
}

/** Shorthand for the current strings. */
export function useStrings(): Strings {
  return useLanguage().strings;
}
