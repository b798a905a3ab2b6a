// RFC 9180 Appendix A.3.1 through @hpke/core: the protocol's KEM (DHKEM(P-256, HKDF-SHA256)) and
// KDF (HKDF-SHA256) against the published vector. The RFC has no vector with AES-256-GCM, the
// protocol's AEAD; the vector's AES-128-GCM suite shares every other step. The fixture names its source.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Aes128Gcm, CipherSuite, DhkemP256HkdfSha256, HkdfSha256 } from "@hpke/core";
import { describe, expect, it } from "vitest";
import { fromHex, toHex } from "../../src/contact/bytes";
import { hpkeSuite } from "../../src/contact/hpke-suite";

interface Vector {
  mode: number;
  kem_id: number;
  kdf_id: number;
  aead_id: number;
  info: string;
  ikmE: string;
  ikmR: string;
  pkEm: string;
  skEm: string;
  pkRm: string;
  skRm: string;
  enc: string;
  encryptions: { seq: number; aad: string; pt: string; ct: string }[];
  exports: { context: string; length: number; value: string }[];
}
const v = JSON.parse(readFileSync(path.join(__dirname, "../fixtures/contact/rfc9180-a3-p256-base.json"), "utf8")) as Vector;
const hex = (buffer: ArrayBuffer) => toHex(new Uint8Array(buffer));

describe("RFC 9180 A.3.1: DHKEM(P-256, HKDF-SHA256), HKDF-SHA256 (base mode)", () => {
  const suite = new CipherSuite({ kem: new DhkemP256HkdfSha256(), kdf: new HkdfSha256(), aead: new Aes128Gcm() });

  it("uses the protocol's KEM and KDF; the protocol's AEAD is AES-256-GCM (id 2)", () => {
    const protocol = hpkeSuite();
    expect([protocol.kem.id, protocol.kdf.id, protocol.aead.id]).toEqual([v.kem_id, v.kdf_id, 2]);
    expect([suite.kem.id, suite.kdf.id, suite.aead.id]).toEqual([v.kem_id, v.kdf_id, v.aead_id]);
  });

  it("derives both key pairs from their ikm", async () => {
    for (const [ikm, pk, sk] of [
      [v.ikmR, v.pkRm, v.skRm],
      [v.ikmE, v.pkEm, v.skEm],
    ] as const) {
      const pair = await suite.kem.deriveKeyPair(fromHex(ikm));
      expect(hex(await suite.kem.serializePublicKey(pair.publicKey))).toBe(pk);
      expect(hex(await suite.kem.serializePrivateKey(pair.privateKey))).toBe(sk);
    }
  });

  it("encapsulates to enc, seals to each published ciphertext (sequence 0 to 256) and opens them", async () => {
    const sender = await suite.createSenderContext({ recipientPublicKey: await suite.kem.deserializePublicKey(fromHex(v.pkRm)), info: fromHex(v.info), ekm: fromHex(v.ikmE) });
    expect(hex(sender.enc)).toBe(v.enc);
    const receiver = await suite.createRecipientContext({ recipientKey: await suite.kem.deserializePrivateKey(fromHex(v.skRm)), enc: fromHex(v.enc), info: fromHex(v.info) });
    const bySeq = new Map(v.encryptions.map((e) => [e.seq, e]));
    const last = Math.max(...bySeq.keys());
    for (let seq = 0; seq <= last; seq++) {
      const step = bySeq.get(seq);
      // Sequence numbers the RFC does not list still advance both contexts' nonces.
      const aad = step ? fromHex(step.aad) : new Uint8Array(0);
      const pt = fromHex(step?.pt ?? "00");
      const ct = await sender.seal(pt, aad);
      if (step) expect(hex(ct), `sequence ${seq}`).toBe(step.ct);
      expect(hex(await receiver.open(ct, aad))).toBe(toHex(pt));
    }
    for (const e of v.exports) expect(hex(await receiver.export(fromHex(e.context), e.length))).toBe(e.value);
  });

  it("refuses the first published ciphertext with one bit flipped", async () => {
    const receiver = await suite.createRecipientContext({ recipientKey: await suite.kem.deserializePrivateKey(fromHex(v.skRm)), enc: fromHex(v.enc), info: fromHex(v.info) });
    const first = v.encryptions[0];
    if (first === undefined) throw new Error("fixture has no encryptions");
    const tampered = fromHex(first.ct);
    tampered[3] = (tampered[3] ?? 0) ^ 1;
    await expect(receiver.open(tampered, fromHex(first.aad))).rejects.toThrow();
  });
});
