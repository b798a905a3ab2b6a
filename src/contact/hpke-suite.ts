// The one HPKE suite of the protocol (RFC 9180, base mode): DHKEM(P-256, HKDF-SHA256),
// HKDF-SHA256, AES-256-GCM, through @hpke/core on WebCrypto (no WebAssembly).
// P-256 rather than X25519: every WebCrypto has had ECDH P-256 for years, while X25519 arrived
// only in 2024–2025 browsers (Chrome 133), which cheap Android WebViews do not have yet.

import { Aes256Gcm, CipherSuite, DhkemP256HkdfSha256, HkdfSha256 } from "@hpke/core";

let suite: CipherSuite | undefined;

export function hpkeSuite(): CipherSuite {
  suite ??= new CipherSuite({ kem: new DhkemP256HkdfSha256(), kdf: new HkdfSha256(), aead: new Aes256Gcm() });
  return suite;
}
