/**
 * The pages beside each country page that work with scripts off (src/app/help/): the help page
 * `/<cc>/<lang>/help/` and the page for relatives `/<cc>/<lang>/others/`, written from the
 * country page's template without any script; and the notice a country page shows at its top
 * when scripts are off, in its own language, in place of the template's English one.
 * Called from prerender.ts with the same Vite SSR server.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { ViteDevServer } from "vite";
import type { SidePageMarkup } from "../../src/app/help/render-side-pages";

const ROOT_ELEMENT = '<div id="root"></div>';
const TEMPLATE_NOSCRIPT = /\s*<noscript>[\s\S]*?<\/noscript>/;
const PAGES = ["help", "others"] as const;

type SidePagesModule = {
  renderSidePage(countryCode: string, language: string, page: (typeof PAGES)[number]): Promise<SidePageMarkup>;
  renderNoScriptNotice(countryCode: string, language: string): Promise<string>;
};

const escapeText = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");

const load = async (server: ViteDevServer): Promise<SidePagesModule> => (await server.ssrLoadModule("/src/app/help/render-side-pages.tsx")) as SidePagesModule;

/** Writes both side pages for every language of a country; returns how many were written. */
export async function writeSidePages(server: ViteDevServer, outDir: string, template: string, country: { code: string; languages: string[] }): Promise<number> {
  if (!template.includes(ROOT_ELEMENT)) throw new Error(`side pages: the template has no empty ${ROOT_ELEMENT}`);
  const pages = await load(server);
  let written = 0;
  for (const language of country.languages) {
    for (const page of PAGES) {
      const rendered = await pages.renderSidePage(country.code, language, page);
      const html = template
        .replace(TEMPLATE_NOSCRIPT, "")
        .replace(/<html lang="[^"]*" dir="[^"]*">/, `<html lang="${rendered.language}" dir="${rendered.direction}">`)
        .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(rendered.title)}</title>`)
        .replace(/<meta name="description" content="[^"]*"/, `<meta name="description" content="${escapeText(rendered.description).replace(/"/g, "&quot;")}"`)
        .replace(ROOT_ELEMENT, rendered.body);
      const path = join(outDir, country.code.toLowerCase(), language, page, "index.html");
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, html);
      written++;
    }
  }
  return written;
}

/** A country page with its no-script notice at the top of the body, in the page's language. */
export async function withNoScriptNotice(server: ViteDevServer, html: string, countryCode: string, language: string): Promise<string> {
  const notice = await (await load(server)).renderNoScriptNotice(countryCode, language);
  return html.replace(TEMPLATE_NOSCRIPT, "").replace(/<body>/, `<body>\n    <noscript>${notice}</noscript>`);
}
