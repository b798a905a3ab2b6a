/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { contentCheck } from "./scripts/vite/content-check";
import { serviceWorker } from "./scripts/vite/service-worker";
import { prerender } from "./scripts/vite/prerender";
import { translationStatus } from "./scripts/vite/translation-status";
import { languageEndonymsPlugin } from "./scripts/vite/language-endonyms";
import { precompress } from "./scripts/vite/precompress";
import { productionHeaders } from "./scripts/vite/production-headers";

export default defineConfig({
  plugins: [react(), translationStatus(), languageEndonymsPlugin(), contentCheck(), prerender(), serviceWorker(), precompress()],
  // `npm run preview` sends the production headers (deploy/security-headers.conf), so what is tried there is what the host does.
  preview: { headers: productionHeaders() },
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
