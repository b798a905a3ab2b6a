/**
 * The counsellor console (issue 17 item 5): its own Vite entry, console/index.html →
 * src/console/, built into <outDir of the app>/console/ and served at /console/. It is never part
 * of the person's bundle (tests/console/separate-bundle.test.ts checks the built self-check).
 * `vite build -c vite.console.config.ts` after the app's build (which empties dist/);
 * `--mode e2e` writes into dist-e2e/console/ for the end-to-end tests.
 */
import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig(({ mode }) => ({
  root: resolve(import.meta.dirname, "console"),
  base: "/console/",
  publicDir: false,
  plugins: [react()],
  build: {
    target: "es2020",
    sourcemap: false,
    outDir: resolve(import.meta.dirname, mode === "e2e" ? "dist-e2e/console" : "dist/console"),
    emptyOutDir: true,
  },
}));
