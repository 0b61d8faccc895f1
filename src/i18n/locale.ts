import type { Language } from "./language";

/**
 * The locale whose number conventions each language follows: 1.234,5 and
 * "€ 1.234" in Dutch, 1,234.5 and "€1,234" in (British) English.
 */
export const NUMBER_LOCALE: Readonly<Record<Language, string>> = { nl: "nl-NL", en: "en-GB" };
