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
const UNSAFE_FILE = resolve(import.meta.dirname, "../../src/sw/unsafe-releases.json");

/**
 * The releases marked unsafe (src/sw/unsafe-releases.json): each a VERSION of 16 hex digits,
 * with a reason and a date. A malformed file stops the build with its place and problem.
 */
export function readUnsafeReleases(file: string = UNSAFE_FILE): string[] {
  const where = relative(process.cwd(), file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${where}: not valid JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  const list = (parsed as { unsafe?: unknown } | null)?.unsafe;
  if (!Array.isArray(list)) throw new Error(`${where}: "unsafe" must be a list of { "version", "reason", "date" }`);
  return list.map((entry: unknown, index) => {
    const { version, reason, date } = (entry ?? {}) as Record<string, unknown>;
    const place = `${where}: unsafe[${index}]`;
    if (typeof version !== "string" || !/^[0-9a-f]{16}$/.test(version)) throw new Error(`${place}.version must be the 16 hex digits of a release's VERSION (its dist/sw.js)`);
    if (typeof reason !== "string" || reason.trim() === "") throw new Error(`${place}.reason must say why the release is unsafe`);
    if (typeof date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`${place}.date must be the day it was marked, YYYY-MM-DD`);
    return version;
  });
}

/** The template without its comments: they document the source, the person's phone need not download them. */
export function stripComments(source: string): string {
  return source.replace(/^\s*\/\*[\s\S]*?\*\/\n/gm, "").replace(/^\s*\/\/.*\n/gm, "");
}

type Bundle = Record<string, Rollup.OutputChunk | Rollup.OutputAsset>;
type CountryFile = { code: string; languages: string[]; questionnaires: string[]; defaultCheck?: string };

/**
 * What a visit to a country page precaches: the country and its default check (`shared`), and
 * for the language of the page visited its page, UI text and that check's text. The country's
 * other checks (`others`, and per language `otherTexts`) are precached only from what the visit
 * has already fetched (the browser's cache: no byte sent twice); the country's other languages
 * and checks are kept once fetched, like everything else. A first visit then downloads what it
 * needs to finish its check offline and nothing more.
 */
type CountryPrecache = { first: string; shared: string[]; languages: Record<string, string[]>; others: string[]; otherTexts: Record<string, string[]> };

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
              .flatMap((kind) =>
                readdirSync(join(interventionsDir, kind))
                  .filter((name) => /^\d+\.\d+\.\d+\.json$/.test(name))
                  .map((name) => `/interventions/${kind}/${name}`),
              )
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
          const defaultKey = country.defaultCheck ?? country.questionnaires[0] ?? "";
          const otherKeys = country.questionnaires.filter((key) => key !== defaultKey);
          const idOf = (key: string): string => key.split("@")[0] ?? "";
          const ids = [idOf(defaultKey)];
          const definitionOf = (key: string): string => `/questionnaires/${key.replace("@", "/")}.json`;
          const shared = chunksOf([`/countries/${code}.json?raw`, definitionOf(defaultKey)]);
          countries[code] = {
            first: country.languages[0] ?? "en",
            shared,
            others: chunksOf(otherKeys.map(definitionOf)).filter((file) => !shared.includes(file)),
            otherTexts: Object.fromEntries(country.languages.map((language) => [language, chunksOf([...new Set(otherKeys.map(idOf))].map((id) => `/locales/${language}/questionnaires/${id}.json`))])),
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
        const unsafe = readUnsafeReleases();
        const source = stripComments(readFileSync(TEMPLATE, "utf8"))
          .replace("__SELFCHECK_VERSION__", version)
          .replace("__SELFCHECK_SHELL__", JSON.stringify(shell))
          .replace("__SELFCHECK_CHOOSER__", JSON.stringify(chooser))
          .replace("__SELFCHECK_COUNTRIES__", JSON.stringify(countries))
          .replace("__SELFCHECK_FILES__", JSON.stringify(files))
          .replace("__SELFCHECK_UNSAFE__", JSON.stringify(unsafe));
        writeFileSync(join(outDir, "sw.js"), source);
      },
    },
  };
}
