/**
 * What a dynamic import of Node's crypto module gives in the browser build. @hpke/common falls back to Node's crypto
 * only where globalThis.crypto is missing, which never happens in a browser; without this stub
 * Vite substitutes a CommonJS placeholder whose interop helpers made the bundler split the
 * self-check's first script into several chunks (vite.config.ts: resolve.alias).
 */
export const webcrypto: Crypto = globalThis.crypto;
