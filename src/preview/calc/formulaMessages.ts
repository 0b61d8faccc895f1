import { CALC_STRINGS, type CalcStrings } from "../../i18n/calc";
import { currentLanguage } from "../../i18n/language";

/** Messages of the in-memory formula evaluation, in the user's language. */
export function formulaMessages(): CalcStrings {
  return CALC_STRINGS[currentLanguage()];
}
