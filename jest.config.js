/** @type {import('jest').Config} */
const shared = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json", diagnostics: false }],
    // The bundled boundary files are JSON, as webpack loads them.
    "^.+\\.topojson$": "<rootDir>/test/support/jsonTransform.js",
  },
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "json", "topojson"],
  // d3-geo and d3-array publish ES modules as "main"; Jest (CommonJS) takes their UMD builds.
  moduleNameMapper: {
    "^d3-geo$": "<rootDir>/node_modules/d3-geo/dist/d3-geo.js",
    "^d3-array$": "<rootDir>/node_modules/d3-array/dist/d3-array.js",
  },
};

module.exports = {
  testTimeout: 120000,
  projects: [
    // Everything that runs from the sources alone: `npx jest --selectProjects unit` needs no build.
    {
      ...shared,
      displayName: "unit",
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "\\.(e2e|bundle)\\.test\\.tsx?$"],
    },
    // The built artifacts in dist/ (or MDI_DIST): functions.js, functions.json, the help page.
    {
      ...shared,
      displayName: "bundle",
      testMatch: ["**/*.bundle.test.ts"],
      globalSetup: "<rootDir>/test/support/requireBuild.ts",
    },
    // Headless Chromium against `npm start`, which globalSetup starts once for all e2e files.
    {
      ...shared,
      displayName: "e2e",
      testMatch: ["**/*.e2e.test.ts"],
      globalSetup: "<rootDir>/test/e2e/globalSetup.ts",
      globalTeardown: "<rootDir>/test/e2e/globalTeardown.ts",
    },
  ],
};
