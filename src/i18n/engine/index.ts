import type { EngineErrorCode, EngineErrorDetails } from "../../engine/errors";
import type { Language } from "../language";
import { type EngineStrings, en } from "./en";
import { nl } from "./nl";

export type { EngineStrings };

/** The engine's codes in words, per language: refusals and correlation strengths. */
export const ENGINE_STRINGS: Readonly<Record<Language, EngineStrings>> = { en, nl };

/**
 * What an engine refusal says in `language`, naming `argument` as the user sees it (a function's argument, a
 * field of the pane, a column of the data).
 * @example refusalText("en", "WEIGHT_ZERO", {}, "weights") // "weights: all weights are 0; give at least one weight above 0."
 */
export function refusalText(
  language: Language,
  code: EngineErrorCode,
  details: EngineErrorDetails,
  argument: string,
): string {
  return ENGINE_STRINGS[language].refusals[code](argument, details);
}
