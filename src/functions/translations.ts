/**
 * Dutch names and descriptions of every custom function and parameter, keyed
 * by the function id and the English parameter name. One JSON file per
 * function file in ./nl/; the build merges them with functions.json into
 * functions-nl.json (scripts/functions-nl.js), and a test fails when anything
 * lacks a Dutch text. Add the import of a new file here.
 */
import score from "./nl/score.json";
import domain from "./nl/domain.json";
import correl from "./nl/correl.json";
import rank from "./nl/rank.json";
import decile from "./nl/decile.json";
import exptransform from "./nl/exptransform.json";
import normalize from "./nl/normalize.json";
import summary from "./nl/summary.json";
import stack from "./nl/stack.json";
import contrib from "./nl/contrib.json";
import sensitivity from "./nl/sensitivity.json";
import persist from "./nl/persist.json";
import trend from "./nl/trend.json";
import allocate from "./nl/allocate.json";
import coverage from "./nl/coverage.json";
import impute from "./nl/impute.json";

export interface FunctionTranslation {
  name: string;
  description: string;
  parameters: Record<string, { name: string; description: string }>;
}

export const DUTCH: Record<string, FunctionTranslation> = {
  ...score,
  ...domain,
  ...correl,
  ...rank,
  ...decile,
  ...exptransform,
  ...normalize,
  ...summary,
  ...stack,
  ...contrib,
  ...sensitivity,
  ...persist,
  ...trend,
  ...allocate,
  ...coverage,
  ...impute,
};
