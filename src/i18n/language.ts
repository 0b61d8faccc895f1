/**
 * The user's language for messages and labels: Dutch when Office (or, outside
 * Office, the browser) runs in Dutch, English otherwise. Tests and the preview
 * can pin it with `setLanguageOverride`.
 */
export type Language = "nl" | "en";

let override: Language | null = null;

export function setLanguageOverride(language: Language | null): void {
  override = language;
}

/** "nl" for any nl-* locale tag, else "en". */
export function languageOfLocale(locale: string | null | undefined): Language {
  return locale && locale.toLowerCase().startsWith("nl") ? "nl" : "en";
}

export function currentLanguage(): Language {
  if (override) return override;
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  const fromOffice = office?.context?.displayLanguage;
  if (fromOffice) return languageOfLocale(fromOffice);
  const nav = (globalThis as { navigator?: { language?: string } }).navigator;
  return languageOfLocale(nav?.language);
}
