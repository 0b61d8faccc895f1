/**
 * Side-effect module: import it first in any page that runs the custom
 * functions without Excel (the browser preview), before anything that imports
 * src/functions, so `CustomFunctions` exists when those modules run.
 */
import { installCustomFunctionsShim } from "./customFunctionsShim";

installCustomFunctionsShim();
