/**
 * Dutch names and descriptions of every custom function and parameter, keyed
 * by the function id and the English parameter name. One JSON file per
 * function file in ./nl/; the build merges them with functions.json into
 * functions-nl.json (scripts/functions-nl.js), and a test fails when anything
 * lacks a Dutch text. Add the import of a new file here.
 */
import score from "./nl/score.json";

export interface FunctionTranslation {
  name: string;
  description: string;
  parameters: Record<string, { name: string; description: string }>;
}

export const DUTCH: Record<string, FunctionTranslation> = {
  ...score,
};
