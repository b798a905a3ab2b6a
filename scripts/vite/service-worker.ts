/**
 * Emits dist/sw.js from src/sw/service-worker.js with the list of files to precache and a
 * version hash of their contents, so every build that changes a file is a new service worker.
 *
 * What is precached: every file of the self-check (the shell, every language, country and
 * questionnaire chunk), so a person can also switch language or country offline; measured at
 * about 150 KB Brotli in all (npm run bench prints dist/ sizes). Chunks only the clinician
 * pages use are left out: they are not part of a self-check.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Plugin } from "vite";

const TEMPLATE = resolve(import.meta.dirname, "../../src/sw/service-worker.js");

type OutputFile = { type: string; fileName: string; isEntry?: boolean; facadeModuleId?: string | null; viteMetadata?: { importedCss?: Set<string> } };

/** The clinician pages' lazy chunk (src/app/clinician/) and its stylesheet: not part of a self-check. */
function clinicianOnly(bundle: Record<string, OutputFile>): Set<string> {
  const left = new Set<string>();
  for (const file of Object.values(bundle)) {
    if (file.type !== "chunk" || file.isEntry === true || !(file.facadeModuleId ?? "").includes("/src/app/clinician/")) continue;
    left.add(file.fileName);
    for (const css of file.viteMetadata?.importedCss ?? []) left.add(css);
  }
  return left;
}

export function serviceWorker(): Plugin {
  let outDir = "dist";
  return {
    name: "selfcheck-service-worker",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // After the pre-render has written index.html, whose content the version hash covers.
    writeBundle: {
      sequential: true,
      order: "post",
      handler(_options, bundle) {
        const skip = clinicianOnly(bundle as unknown as Record<string, OutputFile>);
        const files = Object.keys(bundle)
          .filter((name) => !skip.has(name) && !name.endsWith(".map"))
          .map((name) => `/${name}`);
        for (const extra of ["/manifest.webmanifest", "/icon.svg"]) if (!files.includes(extra)) files.push(extra);
        files.sort();
        const hash = createHash("sha256");
        for (const file of files) hash.update(file).update(readFileSync(join(outDir, file)));
        const version = hash.digest("hex").slice(0, 16);
        const source = readFileSync(TEMPLATE, "utf8")
          .replace("__SELFCHECK_VERSION__", version)
          .replace("__SELFCHECK_PRECACHE__", JSON.stringify(files));
        writeFileSync(join(outDir, "sw.js"), source);
      },
    },
  };
}
