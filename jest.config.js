/** @type {import('jest').Config} */
const shared = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json", diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "json"],
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
