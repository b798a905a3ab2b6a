/**
 * Writes a Brotli (.br, quality 11) and a gzip (.gz, level 9) copy next to every compressible
 * file in the build's output, after every other plugin has written its files (the pre-rendered
 * pages, the service worker). nginx serves them as they are with brotli_static and gzip_static
 * (deploy/nginx.conf), so a person's phone gets Brotli's best ratio without the host spending CPU
 * on every request: gzip 6 on the fly sent about 171 KB on a first visit, above the 150 KB budget.
 * A copy that is not smaller than its file is not written (nginx then sends the file itself).
 * The service worker's list of files is made before this runs, so it never names a .br or .gz.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin } from "vite";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats (and the icon, an uncompressed bitmap); images and fonts that are compressed already are left out. */
export const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|webmanifest|txt|xml|ico)$/;

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Compresses one file both ways; returns how many copies were written. */
export async function precompressFile(path: string): Promise<number> {
  const data = readFileSync(path);
  const [br, gz] = await Promise.all([
    brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    gzipAsync(data, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  let written = 0;
  for (const [suffix, copy] of [
    [".br", br],
    [".gz", gz],
  ] as const) {
    if (copy.length >= data.length) continue;
    writeFileSync(`${path}${suffix}`, copy);
    written++;
  }
  return written;
}

/** Every compressible file under a folder, compressed both ways. */
export async function precompressFolder(dir: string): Promise<{ files: number; copies: number }> {
  const files = listFiles(dir).filter((path) => COMPRESSIBLE.test(path));
  let copies = 0;
  // A few at a time: Brotli 11 is CPU-heavy, and the machine may be shared.
  for (let i = 0; i < files.length; i += 4) {
    const counts = await Promise.all(files.slice(i, i + 4).map(precompressFile));
    copies += counts.reduce((sum, count) => sum + count, 0);
  }
  return { files: files.length, copies };
}

/** Not for the e2e build (dist-e2e), which no nginx serves: Brotli 11 takes seconds on a busy machine. */
export function precompress(): Plugin {
  let outDir = "dist";
  let skip = false;
  return {
    name: "selfcheck-precompress",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      skip = config.mode === "e2e";
    },
    buildEnd(error) {
      // closeBundle runs after a failed build too: without this, its missing folder hid the build's own error.
      if (error !== undefined) skip = true;
    },
    closeBundle: {
      sequential: true,
      order: "post",
      async handler() {
        if (skip) return;
        const { files, copies } = await precompressFolder(outDir);
        this.info(`precompressed ${files} files (${copies} .br and .gz copies)`);
      },
    },
  };
}
