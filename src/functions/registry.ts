/**
 * Every custom function by id, for code that calls them without Excel: the
 * in-memory workbook's formula evaluation (tests, browser preview). Excel
 * itself finds them through the CustomFunctions.associate calls the metadata
 * plugin appends to each file. A test checks this table against functions.json.
 */
import { score } from "./score";

export type CustomFunctionImplementation = (...args: any[]) => any;

export const FUNCTIONS: Record<string, CustomFunctionImplementation> = {
  SCORE: score,
};
