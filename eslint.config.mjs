// Lint: Microsoft's Office add-in rules (Office.js sync/load mistakes, prettier formatting) for all
// code, typescript-eslint for TypeScript, and rules of our own: the engine stays pure, and each
// layer of src imports only the layers below it.
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import * as tsParser from "@typescript-eslint/parser";

// Take the parser and plugin objects from the Office config itself: ESLint refuses two copies.
const officeTs = officeAddins.configs.recommended.find((c) => c.plugins?.["@typescript-eslint"]);
const tsPlugin = officeTs.plugins["@typescript-eslint"];

/**
 * The layers of src and the layers of ours each may import: everything below it, nothing
 * beside or above it. `engine` is pure maths; `i18n` may use the engine's types (its error
 * codes); `workbook` is the plain-data contract between the pane and a workbook; `excel` is
 * the Office adapter; the pane sees workbooks only through that contract; the preview is a
 * page around everything but Excel.
 */
const MAY_IMPORT = {
  engine: [],
  i18n: ["engine"],
  functions: ["engine", "i18n"],
  workbook: ["i18n"],
  excel: ["workbook", "i18n"],
  taskpane: ["engine", "i18n", "workbook"],
  preview: ["engine", "i18n", "functions", "workbook", "taskpane"],
};
const LAYERS = Object.keys(MAY_IMPORT);

/** Folder levels below a layer's own folder that its fence covers (the deepest today: 2). */
const MAX_DEPTH = 6;

/**
 * An import of src/<layer> from a file `depth` folders below its own layer's folder: exactly
 * that many "../" and one more reach src ("../engine/rank" from src/functions, "../../workbook/port"
 * from src/taskpane/plan). Counting them tells a layer from a folder of the same name inside a
 * layer (src/i18n/engine is i18n's own).
 */
const layerImport = (layers, depth) => `^(\\.\\./){${depth + 1}}(${layers.join("|")})(/|$)`;

/**
 * The import rules of one layer at one depth: static imports and re-exports of the layers it
 * may not import are refused (with any extra patterns), and so are dynamic import()s of them.
 * @param forbidden the layers it may not import (default: all but itself and those MAY_IMPORT names)
 * @param extra more patterns, given the depth
 * @param typesOnly layers it may import types from only
 */
function fenceRules(layer, depth, { forbidden, extra = () => [], typesOnly = [] } = {}) {
  const outside = forbidden ?? LAYERS.filter((l) => l !== layer && !MAY_IMPORT[layer].includes(l));
  const message = `src/${layer} may not import src/${outside.join(", src/")}: a layer imports only the layers below it.`;
  const patterns = [...extra(depth)];
  if (outside.length) patterns.push({ regex: layerImport(outside, depth), message });
  for (const inner of typesOnly) {
    patterns.push({
      regex: layerImport([inner], depth),
      allowTypeImports: true,
      message: `src/${layer} may import only types from src/${inner}.`,
    });
  }
  const dynamic = patterns
    .filter((p) => p.regex && !p.allowTypeImports)
    .map((p) => ({
      selector: `ImportExpression[source.value=/${p.regex.replace(/\//g, "\\/")}/]`,
      message: p.message,
    }));
  return {
    "no-restricted-imports": ["error", { patterns }],
    ...(dynamic.length ? { "no-restricted-syntax": ["error", ...dynamic] } : {}),
  };
}

/** A layer's fence: one config block per folder depth below src/<layer>. */
function fence(layer, options) {
  return Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => ({
    files: [`src/${layer}/${"*/".repeat(depth)}*.{ts,tsx}`],
    rules: fenceRules(layer, depth, options),
  }));
}

const ENGINE_PACKAGES = () => [
  {
    group: ["react", "react-*", "@fluentui/*", "office-*", "@microsoft/office-js*"],
    message: "src/engine is pure: no UI or Office imports.",
  },
];

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "examples/**", "test-results/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "@typescript-eslint": tsPlugin, "office-addins": officeAddins, prettier: officeTs.plugins.prettier },
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: {
        ...globals.browser,
        ...globals.node,
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
      },
    },
    rules: {
      // TypeScript checks names; the core rule does not know type-only globals.
      "no-undef": "off",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.node } },
  },
  {
    // The engine is pure maths: no Office.js, no custom-functions runtime, no React, no DOM.
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "src/engine is pure: no Office.js." },
        { name: "Excel", message: "src/engine is pure: no Office.js." },
        { name: "CustomFunctions", message: "src/engine is pure: errors are EngineError; adapters map them." },
        { name: "document", message: "src/engine is pure: no DOM." },
        { name: "window", message: "src/engine is pure: no DOM." },
      ],
    },
  },
  ...fence("engine", { extra: ENGINE_PACKAGES }),
  ...fence("i18n", { typesOnly: ["engine"] }),
  ...fence("functions"),
  ...fence("workbook"),
  ...fence("excel"),
  ...fence("taskpane", { forbidden: ["functions", "excel", "preview"] }),
  {
    // The pane's composition root creates the Office workbook.
    files: ["src/taskpane/index.tsx"],
    rules: fenceRules("taskpane", 0, { forbidden: ["functions", "preview"] }),
  },
  ...fence("preview"),
];
