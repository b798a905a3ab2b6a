// The server's own test project: the same suite runs on SQLite (default) and on PostgreSQL
// (CONTACT_TEST_DB=postgres, through scripts/contact/with-postgres.sh).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ["tests/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 30_000,
    fileParallelism: false,
  },
});
