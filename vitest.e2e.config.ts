/**
 * End-to-end suite: real Debian Chromium (/usr/bin/chromium) against the
 * production build in dist/. Run with `npm run test:e2e` (builds first).
 * Files run one after another: each starts its own Chromium, and two at once
 * on a 2-core machine make timings flaky.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    environment: "node",
    include: ["tests/e2e/**/*.e2e.ts"],
    globals: false,
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    retry: 0,
    reporters: ["default", "json"],
    outputFile: { json: "test-results/e2e.json" },
  },
});
