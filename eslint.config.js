// @ts-check
// ESLint: the recommended JavaScript and typescript-eslint rules, and React's rules of hooks, over
// every source file. Run by `npm run lint` (part of `npm test`). Formatting is Prettier's job
// (.prettierrc), so no rule here is about layout.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig([
  globalIgnores(["dist/", "dist-e2e/", ".bench/", "test-results/", "tests/fixtures/"]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // React's rules apply to React code; the tests' own use* helpers (useE2E, useWorkspaces)
    // register vitest hooks and are not React hooks.
    files: ["src/**/*.{ts,tsx}", "tests/app/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat.recommended,
  },
  {
    rules: {
      // As tsc's noUnusedLocals: a name starting with "_" is unused on purpose (a destructured
      // field left out of a copy, a parameter a signature needs).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    files: ["src/sw/**/*.js"],
    // The placeholders scripts/vite/service-worker.ts replaces at build time (src/sw/worker-globals.d.ts).
    languageOptions: {
      globals: {
        ...globals.serviceworker,
        __SELFCHECK_SHELL__: "readonly",
        __SELFCHECK_CHOOSER__: "readonly",
        __SELFCHECK_COUNTRIES__: "readonly",
        __SELFCHECK_FILES__: "readonly",
        __SELFCHECK_UNSAFE__: "readonly",
      },
    },
  },
  {
    files: ["scripts/bench/handwritten/**/*.js"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["**/*.mjs", "eslint.config.js"],
    languageOptions: { globals: { ...globals.node } },
  },
]);
