// Lint: Microsoft's Office add-in rules (Office.js sync/load mistakes, prettier formatting) for all
// code, typescript-eslint for TypeScript, and one rule of our own: the engine stays pure.
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import * as tsParser from "@typescript-eslint/parser";

// Take the parser and plugin objects from the Office config itself: ESLint refuses two copies.
const officeTs = officeAddins.configs.recommended.find((c) => c.plugins?.["@typescript-eslint"]);
const tsPlugin = officeTs.plugins["@typescript-eslint"];

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
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-*", "@fluentui/*", "office-*", "@microsoft/office-js*"],
              message: "src/engine is pure: no UI or Office imports.",
            },
            {
              group: ["../functions/*", "../taskpane/*", "../excel/*", "../workbook/*", "../preview/*", "../i18n/*"],
              message: "src/engine must not depend on outer layers.",
            },
          ],
        },
      ],
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
];
