/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { contentCheck } from "./scripts/vite/content-check";
import { serviceWorker } from "./scripts/vite/service-worker";
import { prerender } from "./scripts/vite/prerender";
import { translationStatus } from "./scripts/vite/translation-status";
import { languageEndonymsPlugin } from "./scripts/vite/language-endonyms";
import { precompress } from "./scripts/vite/precompress";
import { productionHeaders } from "./scripts/vite/production-headers";

// Loaded with `--configLoader runner` (package.json's scripts): Vite's default loader bundles this
// file and prints a line for every extensionless import of the code it reaches (scripts/vite and
// src/engine), as a warning for the native loader it may adopt later.

/** What the browser suites (e2e, nginx) share: one file at a time, each starting its own Chromium. */
const browserSuite = {
  environment: "node",
  globals: false,
  // Two Chromiums at once on a 2-core machine make timings flaky.
  fileParallelism: false,
  testTimeout: 90_000,
  retry: 0,
} as const;

export default defineConfig({
  plugins: [react(), translationStatus(), languageEndonymsPlugin(), contentCheck(), prerender(), serviceWorker(), precompress()],
  // The contact API (server/, `npm run server`) on its loopback port, same origin for the page.
  server: { proxy: { "/api": "http://127.0.0.1:8787" } },
  // `npm run preview` sends the production headers (deploy/security-headers.conf), so what is tried there is what the host does.
  preview: { headers: productionHeaders(), proxy: { "/api": "http://127.0.0.1:8787" } },
  // The contact chunk's HPKE library names Node's crypto for Node only (src/app/contact/node-crypto-stub.ts).
  resolve: { alias: [{ find: /^crypto$/, replacement: fileURLToPath(new URL("./src/app/contact/node-crypto-stub.ts", import.meta.url)) }] },
  build: {
    target: "es2020",
    sourcemap: false,
  },
  test: {
    // One project per kind of suite; `npm test` runs each with --project. The JSON report feeds
    // the pass/fail summary line that .ci/run prints (scripts/test-summary.mjs): unit.json here,
    // e2e.json and nginx.json by --outputFile.json in package.json.
    reporters: ["default", "json"],
    outputFile: { json: "test-results/unit.json" },
    teardownTimeout: 30_000,
    projects: [
      {
        // The engine, CLI, app (jsdom, opted into per file) and guard tests, with the app's
        // plugins (the virtual modules). Globals stay on: @testing-library/react cleans up after
        // each test only when afterEach is a global.
        extends: true,
        test: {
          name: "unit",
          globals: true,
          include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
          exclude: ["tests/e2e/**", "node_modules/**"],
          environment: "node",
          setupFiles: ["tests/setup.ts"],
        },
      },
      {
        // Real Debian Chromium (/usr/bin/chromium) against the production build in dist/ and
        // dist-e2e/: `npm run test:e2e` builds first.
        test: { ...browserSuite, name: "e2e", include: ["tests/e2e/**/*.e2e.ts"], hookTimeout: 120_000 },
      },
      {
        // Debian's nginx serves dist/ with deploy/nginx.conf on 127.0.0.1; tests/nginx checks its
        // headers, caching and compression and runs a whole self-check against it.
        test: { ...browserSuite, name: "nginx", include: ["tests/nginx/**/*.smoke.ts"], hookTimeout: 60_000 },
      },
      {
        // The contact server's suite (server/tests, issue 17), on SQLite and, through
        // scripts/contact/with-postgres.sh, on PostgreSQL: one database, so one file at a time.
        test: { name: "server", include: ["server/tests/**/*.test.ts"], environment: "node", globals: false, testTimeout: 30_000, hookTimeout: 30_000, fileParallelism: false },
      },
    ],
  },
});
