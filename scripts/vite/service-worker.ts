/**
 * Emits dist/sw.js from src/sw/service-worker.js with what to precache and a version hash of
 * the build's contents, so every build that changes a file is a new service worker.
 *
 * What is precached (issue 10, a lean first visit): the shell (the app's script and styles,
 * the first script, the result's lazy parts), the visited country with its checks, and the visited
 * language's page and texts. Every other build file (the country's other languages, other
 * countries, the clinician pages, the brief intervention) is listed too, so the worker keeps it
 * once it has been fetched. `npm run bench` counts what a first visit sends.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { Plugin, Rollup } from "vite";
import { contactOnlyFiles } from "./contact-files";

const TEMPLATE = resolve(import.meta.dirname, "../../src/sw/service-worker.js");

type Bundle = Record<string, Rollup.OutputChunk | Rollup.OutputAsset>;
type CountryFile = { code: string; languages: string[]; questionnaires: string[] };

/**
 * What a visit to a country page precaches: the country and its checks (`shared`), and for the
 * language of the page visited its page, UI text and check texts. The country's other languages
 * are kept once fetched, like everything else.
 */
type CountryPrecache = { first: string; shared: string[]; languages: Record<string, string[]> };

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** The chunk whose source is this content file ("/locales/mk/common.json", "/countries/mk.json?raw"), with what it imports. */
function chunkFiles(bundle: Bundle, root: string, source: string): string[] {
  const wanted = resolve(root, `.${source}`).replace(/\\/g, "/");
  const chunk = Object.values(bundle).find((file): file is Rollup.OutputChunk => file.type === "chunk" && (file.facadeModuleId ?? "").replace(/\\/g, "/") === wanted);
  return chunk === undefined ? [] : [`/${chunk.fileName}`, ...chunk.imports.map((name) => `/${name}`)];
}

export function serviceWorker(): Plugin {
  let outDir = "dist";
  let root = process.cwd();
  return {
    name: "selfcheck-service-worker",
    apply: "build",
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    // After the pre-render has written the pages and the first script, whose contents the version covers.
    writeBundle: {
      sequential: true,
      order: "post",
      handler(_options, rawBundle) {
        const bundle = rawBundle as Bundle;
        // Never precached nor kept: the contact chunk and its texts (scripts/vite/contact-files.ts).
        const contactFiles = contactOnlyFiles(bundle);
        const files = listFiles(outDir)
          .map((path) => `/${relative(outDir, path).replace(/\\/g, "/")}`)
          .filter((file) => file !== "/sw.js" && !file.endsWith(".map"))
          .filter((file) => !contactFiles.has(file))
          .sort();
        const html = readFileSync(join(outDir, "index.html"), "utf8");
        const referenced = [...html.matchAll(/(?:src|href)="(\/[^"]+)"/g)].map((match) => match[1] ?? "");
        const firstScript = files.filter((file) => /^\/assets\/first-[^/]+\.js$/.test(file));
        const entry = Object.values(bundle).find((file): file is Rollup.OutputChunk => file.type === "chunk" && file.isEntry);
        const shell: string[] = [
          // The app's own assets only: the icon and manifest are not needed to finish a check offline (kept once fetched).
          ...new Set([
            ...referenced.filter((file) => file.startsWith("/assets/") && files.includes(file) && !/\/(all-countries|common|wizard|results)-/.test(file)),
            ...firstScript,
            ...(entry?.imports ?? []).map((name) => `/${name}`),
          ]),
        ].sort();
        // The result's lazy parts (the brief intervention after the result): part of every visit that reaches a result.
        const brief = Object.values(bundle).filter(
          (file): file is Rollup.OutputChunk => file.type === "chunk" && /\/src\/app\/brief\/(BriefSection\.tsx|content\.ts)$/.test(file.facadeModuleId ?? ""),
        );
        const interventionsDir = join(root, "interventions");
        const interventionFiles = existsSync(interventionsDir)
          ? readdirSync(interventionsDir, { withFileTypes: true })
              .filter((entry) => entry.isDirectory())
              .map((entry) => entry.name)
              .flatMap((kind) => readdirSync(join(interventionsDir, kind)).filter((name) => /^\d+\.\d+\.\d+\.json$/.test(name)).map((name) => `/interventions/${kind}/${name}`))
          : [];
        for (const chunk of brief) shell.push(`/${chunk.fileName}`, ...chunk.imports.map((name) => `/${name}`), ...[...(chunk.viteMetadata?.importedCss ?? [])].map((name) => `/${name}`));
        for (const source of interventionFiles) shell.push(...chunkFiles(bundle, root, source));
        shell.splice(0, shell.length, ...[...new Set(shell)].sort());
        const chooser = ["/index.html", ...referenced.filter((file) => /\/(all-countries|common|wizard|results)-/.test(file))];

        const countries: Record<string, CountryPrecache> = {};
        const countryDir = join(root, "countries");
        const countryFiles = existsSync(countryDir) ? readdirSync(countryDir).filter((name) => /^[a-z]{2}\.json$/.test(name)) : [];
        const chunksOf = (sources: readonly string[]): string[] => [...new Set(sources.flatMap((source) => chunkFiles(bundle, root, source)))].sort();
        for (const name of countryFiles) {
          const country = JSON.parse(readFileSync(join(countryDir, name), "utf8")) as CountryFile;
          const code = country.code.toLowerCase();
          if (!files.includes(`/${code}/index.html`)) continue;
          const ids = [...new Set(country.questionnaires.map((key) => key.split("@")[0] ?? ""))];
          countries[code] = {
            first: country.languages[0] ?? "en",
            shared: chunksOf([`/countries/${code}.json?raw`, ...country.questionnaires.map((key) => `/questionnaires/${key.replace("@", "/")}.json`)]),
            languages: Object.fromEntries(
              country.languages.map((language) => [
                language,
                [
                  ...files.filter((file) => file === `/${code}/${language}/index.html` || (language === country.languages[0] && file === `/${code}/index.html`)),
                  ...chunksOf([
                    ...["common", "wizard", "results", "intervention"].map((ns) => `/locales/${language}/${ns}.json`),
                    ...ids.map((id) => `/locales/${language}/questionnaires/${id}.json`),
                  ]),
                ],
              ]),
            ),
          };
        }

        const hash = createHash("sha256");
        for (const file of files) hash.update(file).update(readFileSync(join(outDir, file)));
        const version = hash.digest("hex").slice(0, 16);
        const source = readFileSync(TEMPLATE, "utf8")
          .replace("__SELFCHECK_VERSION__", version)
          .replace("__SELFCHECK_SHELL__", JSON.stringify(shell))
          .replace("__SELFCHECK_CHOOSER__", JSON.stringify(chooser))
          .replace("__SELFCHECK_COUNTRIES__", JSON.stringify(countries))
          .replace("__SELFCHECK_FILES__", JSON.stringify(files));
        writeFileSync(join(outDir, "sw.js"), source);
      },
    },
  };
}
