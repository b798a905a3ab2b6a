// The contact protocol's public surface for the person's page and the server. The console also
// imports ./service-key and ./recovery-key directly (kept out of here so the person's chunk
// never carries the recovery word list).
export * from "./api";
export * from "./bytes";
export * from "./derive";
export * from "./errors";
export * from "./fingerprint";
export * from "./message";
export * from "./pickup-code";
export * from "./protocol";
export * from "./thread-key";
export * from "./webcrypto";
