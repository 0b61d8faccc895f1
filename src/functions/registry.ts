/**
 * Every custom function by id, for code that calls them without Excel: the
 * in-memory workbook's formula evaluation (tests, browser preview). Excel
 * itself finds them through the CustomFunctions.associate calls the metadata
 * plugin appends to each file. A test checks this table against functions.json.
 */
import { score } from "./score";
import { domain } from "./domain";
import { correl } from "./correl";
import { rank } from "./rank";
import { decile } from "./decile";
import { exptransform } from "./exptransform";
import { normalize } from "./normalize";
import { summary } from "./summary";
import { stack } from "./stack";
import { contrib } from "./contrib";
import { sensitivity } from "./sensitivity";
import { persist } from "./persist";
import { trend } from "./trend";
import { allocate } from "./allocate";
import { coverage } from "./coverage";
import { impute } from "./impute";

export type CustomFunctionImplementation = (...args: any[]) => any;

export const FUNCTIONS: Record<string, CustomFunctionImplementation> = {
  SCORE: score,
  DOMAIN: domain,
  CORREL: correl,
  RANK: rank,
  DECILE: decile,
  EXPTRANSFORM: exptransform,
  NORMALIZE: normalize,
  SUMMARY: summary,
  STACK: stack,
  CONTRIB: contrib,
  SENSITIVITY: sensitivity,
  PERSIST: persist,
  TREND: trend,
  ALLOCATE: allocate,
  COVERAGE: coverage,
  IMPUTE: impute,
};
