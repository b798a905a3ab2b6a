/**
 * Writes the pages a person can land on into dist/ after the build (src/app/prerender.tsx,
 * loaded through a Vite SSR server so the app's own globs and JSON imports work):
 *
 * - `/index.html`: the chooser (country list), with the app's script as Vite wrote it;
 * - `/<cc>/index.html` and `/<cc>/<lang>/index.html` for every bundled country: question 1 of
 *   its default check, its data block and the first script (src/first/, built here on its
 *   own, a few KB); the app's script is not in the page: the first script loads it after the
 *   first paint, with the chunks this page needs.
 *
 * The markup is plain HTML with no inline script (the data block is JSON, never run). The app's
 * stylesheet is inline (scripts/vite/inline-css.ts), allowed by its hash in the
 * Content-Security-Policy, which the build writes beside the pages.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { build, createServer, type Plugin, type Rollup } from "vite";
import { translationStatus } from "./translation-status";
import { languageEndonymsPlugin } from "./language-endonyms";
import { withNoScriptNotice, writeSidePages } from "./side-pages";
import { CSP_HASHES_FILE, cspHashesConf, inlineStylesheets } from "./inline-css";
import { PAGE_DATA_ID, type FirstPageData } from "../../src/wizard/page-data";
import type { RenderedPage } from "../../src/app/prerender";

const ROOT_ELEMENT = '<div id="root"></div>';
const FIRST_SCRIPT = "src/first/main.ts";

/** What the chooser's app loads right after its script: fetched alongside it (one round trip saved). */
const CHOOSER_PRELOADS = [/\/locales\/en\/(common|wizard|results)\.json$/, /\/src\/app\/content\/all-countries\.ts$/];

type Bundle = Record<string, Rollup.OutputChunk | Rollup.OutputAsset>;
type PrerenderModule = {
  renderChooser(options: { hideDemoCountries: boolean }): Promise<RenderedPage>;
  renderCountryPage(countryCode: string, language: string | null): Promise<RenderedPage>;
};
type Countries = { code: string; languages: string[]; demo?: boolean }[];

const chunks = (bundle: Bundle): Rollup.OutputChunk[] => Object.values(bundle).filter((file): file is Rollup.OutputChunk => file.type === "chunk");

/** The chunk built from a content file, e.g. "/locales/en/common.json" or "/countries/mk.json?raw". */
function chunkOf(bundle: Bundle, root: string, contentFile: string): string {
  const wanted = resolve(root, `.${contentFile}`).replace(/\\/g, "/");
  const chunk = chunks(bundle).find((candidate) => (candidate.facadeModuleId ?? "").replace(/\\/g, "/") === wanted);
  if (chunk === undefined) throw new Error(`prerender: no chunk was built from ${contentFile}`);
  return `/${chunk.fileName}`;
}

export const escapeAttribute = (text: string): string => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
export const escapeText = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
/** JSON inside <script type="application/json">: "</script" and "<!--" must not appear in it. */
export const jsonForScript = (value: unknown): string => JSON.stringify(value).replace(/</g, "\\u003c");

/**
 * Every replacement is a function: a replacement string reads `$&`, `$'`, `` $` `` and `$1` as
 * patterns, so content text holding them ("$'" in a title, say) pasted pieces of the template
 * into the page and broke its data block (tests/validate/fuzz-content.test.ts runs the content
 * fuzz's strings through here).
 */
export function fillTemplate(template: string, page: RenderedPage, head: string, bodyEnd: string): string {
  return template
    .replace(/<html lang="[^"]*" dir="[^"]*">/, () => `<html lang="${escapeAttribute(page.language)}" dir="${page.direction}">`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeText(page.title)}</title>`)
    .replace(/<meta name="description" content="[^"]*"/, () => `<meta name="description" content="${escapeAttribute(page.description)}"`)
    .replace("</head>", () => `${head}</head>`)
    .replace(ROOT_ELEMENT, () => `<div id="root">${page.markup}</div>${bodyEnd}`);
}

/** Builds the first script on its own, so that it is one small file with nothing else in it. */
async function buildFirstScript(root: string, mode: string): Promise<{ fileName: string; code: string }> {
  const output = (await build({
    root,
    mode,
    configFile: false,
    logLevel: "warn",
    publicDir: false,
    build: {
      write: false,
      target: "es2020",
      minify: true,
      modulePreload: false,
      rollupOptions: { input: resolve(root, FIRST_SCRIPT), output: { format: "es", entryFileNames: "assets/first-[hash].js" } },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const files = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
  const entry = files.find((file): file is Rollup.OutputChunk => file.type === "chunk" && file.isEntry);
  if (entry === undefined || files.length !== 1) throw new Error(`prerender: the first script must build to one file, got ${files.map((file) => file.fileName).join(", ")}`);
  return { fileName: entry.fileName, code: entry.code };
}

export function prerender(): Plugin {
  let outDir = "dist";
  let root = process.cwd();
  let mode = "production";
  return {
    name: "selfcheck-prerender",
    apply: "build",
    configResolved(config) {
      root = config.root;
      mode = config.mode;
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle: {
      sequential: true,
      order: "pre",
      async handler(_options, rawBundle) {
        const bundle = rawBundle as Bundle;
        const indexFile = join(outDir, "index.html");
        const inlined = inlineStylesheets(readFileSync(indexFile, "utf8"), outDir);
        const template = inlined.html;
        writeFileSync(join(outDir, CSP_HASHES_FILE), cspHashesConf(inlined.hashes));
        if (!template.includes(ROOT_ELEMENT)) this.error(`prerender: ${indexFile} has no empty ${ROOT_ELEMENT}`);
        const scriptFile = /<script type="module" crossorigin src="\/([^"]+)"><\/script>/.exec(template)?.[1];
        const entry = chunks(bundle).find((chunk) => chunk.isEntry && chunk.fileName === scriptFile);
        if (entry === undefined) this.error(`prerender: ${indexFile} has no script tag for the app's entry chunk`);
        const appScript = new RegExp(`\\s*<script type="module" crossorigin src="/${entry.fileName.replace(/[.]/g, "\\.")}"></script>`);
        if (!appScript.test(template)) this.error(`prerender: ${indexFile} has no script tag for ${entry.fileName}`);

        const first = await buildFirstScript(root, mode);
        mkdirSync(join(outDir, dirname(first.fileName)), { recursive: true });
        writeFileSync(join(outDir, first.fileName), first.code);

        const server = await createServer({
          root,
          mode,
          configFile: false,
          plugins: [translationStatus(), languageEndonymsPlugin()],
          logLevel: "error",
          server: { middlewareMode: true, hmr: false },
          appType: "custom",
        });
        // The app reads the location hash while rendering (clinician routes); a landing page has none.
        const globals = globalThis as { window?: unknown };
        const hadWindow = "window" in globals;
        if (!hadWindow) globals.window = { location: { hash: "", pathname: "/" } };
        try {
          const pages = (await server.ssrLoadModule("/src/app/prerender.tsx")) as PrerenderModule;
          const chooser = await pages.renderChooser({ hideDemoCountries: mode !== "e2e" });
          const chooserPreloads = chunks(bundle)
            .filter((chunk) => CHOOSER_PRELOADS.some((pattern) => pattern.test(chunk.facadeModuleId ?? "")))
            .map((chunk) => `  <link rel="modulepreload" crossorigin href="/${chunk.fileName}">\n  `)
            .join("");
          writeFileSync(indexFile, fillTemplate(template, chooser, chooserPreloads, ""));

          const countryPage = template.replace(appScript, "").replace(/\s*<link rel="modulepreload"[^>]*>/g, "");
          const { countries } = (await server.ssrLoadModule("/src/app/content/all-countries.ts")) as { countries: Record<string, unknown> };
          const demo = mode === "e2e" ? ((await server.ssrLoadModule("/src/app/content/files.ts")) as { loadAllCountryFiles(): Promise<Record<string, unknown>> }) : null;
          const all = (demo === null ? Object.values(countries) : Object.values(await demo.loadAllCountryFiles())) as Countries;
          let written = 0;
          let sidePages = 0;
          for (const country of all) {
            if (country.demo === true && mode !== "e2e") continue;
            for (const language of [null, ...country.languages]) {
              const page = await pages.renderCountryPage(country.code, language);
              if (page.firstPage === null) throw new Error(`prerender: ${country.code} has no first-page data`);
              const data: FirstPageData = {
                ...page.firstPage,
                app: `/${entry.fileName}`,
                preload: [...entry.imports.map((name) => `/${name}`), ...page.contentFiles.map((file) => chunkOf(bundle, root, file))],
              };
              const head = `  <script type="module" src="/${first.fileName}"></script>\n  `;
              const body = `\n    <script type="application/json" id="${PAGE_DATA_ID}">${jsonForScript(data)}</script>`;
              const path = join(outDir, country.code.toLowerCase(), language ?? "", "index.html");
              mkdirSync(dirname(path), { recursive: true });
              writeFileSync(path, await withNoScriptNotice(server, fillTemplate(countryPage, page, head, body), country.code, page.language));
              written++;
            }
            sidePages += await writeSidePages(server, outDir, countryPage, country);
          }
          this.info(`prerendered the chooser, ${written} country pages and ${sidePages} help and relatives' pages`);
        } finally {
          if (!hadWindow) delete globals.window;
          await server.close();
        }
      },
    },
  };
}
