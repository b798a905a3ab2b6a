/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { contentCheck } from "./scripts/vite/content-check";
import { serviceWorker } from "./scripts/vite/service-worker";
import { prerender } from "./scripts/vite/prerender";
import { translationStatus } from "./scripts/vite/translation-status";
import { languageEndonymsPlugin } from "./scripts/vite/language-endonyms";

export default defineConfig({
  plugins: [react(), translationStatus(), languageEndonymsPlugin(), contentCheck(), prerender(), serviceWorker()],
  // The contact API (server/, `npm run server`) on its loopback port, same origin for the page.
  server: { proxy: { "/api": "http://127.0.0.1:8787" } },
  preview: { proxy: { "/api": "http://127.0.0.1:8787" } },
  // The contact chunk's HPKE library names Node's crypto for Node only (src/app/contact/node-crypto-stub.ts).
  resolve: { alias: [{ find: /^crypto$/, replacement: fileURLToPath(new URL("./src/app/contact/node-crypto-stub.ts", import.meta.url)) }] },
  build: {
    target: "es2020",
    sourcemap: false,
  },
  test: {
    globals: true,
    include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    environment: "node",
    setupFiles: ["tests/setup.ts"],
    // The JSON report feeds the pass/fail summary line that .ci/run prints.
    reporters: ["default", "json"],
    outputFile: { json: "test-results/unit.json" },
  },
});
