/**
 * The nginx smoke suite: Debian's nginx serves dist/ with deploy/nginx.conf on 127.0.0.1, and
 * tests/nginx checks its headers, caching and compression and runs a whole self-check against
 * it in Debian's Chromium. Run by `npm run test:nginx` (part of `npm test`), after a build.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    environment: "node",
    include: ["tests/nginx/**/*.smoke.ts"],
    globals: false,
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    retry: 0,
    reporters: ["default", "json"],
    outputFile: { json: "test-results/nginx.json" },
  },
});
