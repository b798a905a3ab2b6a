/**
 * Pre-renders the start screen into dist/index.html after the build (src/app/prerender.tsx,
 * loaded through a Vite SSR server so the app's own globs and JSON imports work). The markup
 * is plain HTML: no inline script or style, so the Content-Security-Policy holds.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createServer, type Plugin } from "vite";

const ROOT_ELEMENT = '<div id="root"></div>';

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
      async handler() {
        const file = join(outDir, "index.html");
        const html = readFileSync(file, "utf8");
        if (!html.includes(ROOT_ELEMENT)) this.error(`prerender: ${file} has no empty ${ROOT_ELEMENT}`);
        const server = await createServer({ root, configFile: false, logLevel: "error", server: { middlewareMode: true, hmr: false }, appType: "custom" });
        // The app reads the location hash while rendering (clinician routes); the start screen has none.
        const globals = globalThis as { window?: unknown };
        const hadWindow = "window" in globals;
        if (!hadWindow) globals.window = { location: { hash: "" } };
        try {
          const module = (await server.ssrLoadModule("/src/app/prerender.tsx")) as { renderStartScreen(): Promise<string> };
          const markup = await module.renderStartScreen();
          writeFileSync(file, html.replace(ROOT_ELEMENT, `<div id="root">${markup}</div>`));
        } finally {
          if (!hadWindow) delete globals.window;
          await server.close();
        }
      },
    },
  };
}
