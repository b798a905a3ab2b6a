/**
 * A build-time `virtual:` module whose default export is a JSON value computed from the project's
 * files (the translation-status index, the language names). One place for Vite's resolve/load
 * protocol, so each module says only what it exports.
 */
import type { Plugin } from "vite";

export type VirtualModuleTools = {
  /** The project root Vite resolved (the folder of vite.config.ts). */
  root: string;
  /** Stops the build with this message. */
  error(message: string): never;
  warn(message: string): void;
  /** Rebuild the module in dev when this file changes. */
  watch(file: string): void;
};

export function virtualModule(pluginName: string, publicId: string, exported: (tools: VirtualModuleTools) => unknown): Plugin {
  const resolvedId = "\0" + publicId;
  let root = process.cwd();
  return {
    name: pluginName,
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === publicId ? resolvedId : null;
    },
    load(id) {
      if (id !== resolvedId) return null;
      const value = exported({
        root,
        error: (message) => this.error(message),
        warn: (message) => this.warn(message),
        watch: (file) => this.addWatchFile(file),
      });
      return `export default ${JSON.stringify(value)};`;
    },
  };
}
