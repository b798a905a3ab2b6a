/**
 * Pre-renders the start screen into dist/index.html after the build (src/app/prerender.tsx,
 * loaded through a Vite SSR server so the app's own globs and JSON imports work). The markup
 * is plain HTML: no inline script or style, so the Content-Security-Policy holds.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createServer, type Plugin } from "vite";
import { translationStatus } from "./translation-status";
import { languageEndonymsPlugin } from "./language-endonyms";

const ROOT_ELEMENT = '<div id="root"></div>';

/**
 * What the live start screen loads right after the main script, fetched alongside it instead of
 * after it: the pre-rendered language's UI text and the country list (one round trip saved on
 * a slow link). Other languages still load only when chosen.
 */
const PRELOADED = [/\/locales\/en\/(common|wizard|results)\.json$/, /\/src\/app\/content\/all-countries\.ts$/];

type OutputChunk = { type: string; fileName: string; facadeModuleId?: string | null };

function preloadLinks(bundle: Record<string, OutputChunk>): string {
  return Object.values(bundle)
    .filter((file) => file.type === "chunk" && PRELOADED.some((pattern) => pattern.test(file.facadeModuleId ?? "")))
    .map((file) => `<link rel="modulepreload" crossorigin href="/${file.fileName}">`)
    .join("\n    ");
}

export function prerender(): Plugin {
  let outDir = "dist";
  let root = process.cwd();
  return {
    name: "selfcheck-prerender",
    apply: "build",
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle: {
      sequential: true,
      order: "pre",
      async handler(_options, bundle) {
        const file = join(outDir, "index.html");
        const html = readFileSync(file, "utf8");
        if (!html.includes(ROOT_ELEMENT)) this.error(`prerender: ${file} has no empty ${ROOT_ELEMENT}`);
        const server = await createServer({
          root,
          configFile: false,
          plugins: [translationStatus(), languageEndonymsPlugin()],
          logLevel: "error",
          server: { middlewareMode: true, hmr: false },
          appType: "custom",
        });
        // The app reads the location hash while rendering (clinician routes); the start screen has none.
        const globals = globalThis as { window?: unknown };
        const hadWindow = "window" in globals;
        if (!hadWindow) globals.window = { location: { hash: "" } };
        try {
          const module = (await server.ssrLoadModule("/src/app/prerender.tsx")) as { renderStartScreen(): Promise<string> };
          const markup = await module.renderStartScreen();
          const links = preloadLinks(bundle as unknown as Record<string, OutputChunk>);
          writeFileSync(file, html.replace("</head>", `  ${links}\n  </head>`).replace(ROOT_ELEMENT, `<div id="root">${markup}</div>`));
        } finally {
          if (!hadWindow) delete globals.window;
          await server.close();
        }
      },
    },
  };
}
