// Key types that exist under both the DOM lib (browser, console) and @types/node (server):
// derived from the global `crypto.subtle`, so src/contact needs neither lib's own names.

export type WebCryptoKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;
export interface WebCryptoKeyPair {
  privateKey: WebCryptoKey;
  publicKey: WebCryptoKey;
}
