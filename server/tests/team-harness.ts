// Test helpers for the workplace (issue 19): enrolments that keep every key aside (the device
// KEKs and the recovery key), so tests can later try them against everything the server holds.

import { createInvite } from "../store/console";
import { SoftAuthenticator } from "./soft-authenticator";
import { type Counsellor, type Harness, api, consoleOrigin } from "./harness";
import { generateServiceKeyPair, kekFromPrf, kekFromRecovery, unwrapServicePrivateKey, wrapServicePrivateKey, type ServiceKeyPair } from "../../src/contact/service-key";
import { kekFromTransfer, newTransferKey } from "../../src/contact/key-transfer";
import type { Bytes } from "../../src/contact/bytes";
import type { WebCryptoKey } from "../../src/contact/webcrypto";

export interface Member extends Counsellor {
  id: string;
  credentialId: string;
  /** This device's key-encryption key, kept aside as a removed party would keep it. */
  kek: WebCryptoKey;
  recoveryEntropy?: Bytes;
}

const cookieOf = (headers: Headers) => /selfcheck_console=([^;]+)/.exec(headers.get("set-cookie") ?? "")?.[1] ?? "";
const newKek = () => kekFromPrf(crypto.getRandomValues(new Uint8Array(32)) as Bytes);

async function enrolWith(h: Harness, token: string, serviceId: string, key: ServiceKeyPair, recoveryWrap: string | undefined, name: string): Promise<Member> {
  const options = await api(h, "POST", "/api/console/enrol/options", { inviteToken: token });
  if (options.status !== 200) throw new Error(`enrol options: ${options.status} ${JSON.stringify(options.json)}`);
  const authenticator = new SoftAuthenticator(consoleOrigin);
  const kek = await newKek();
  const deviceWrap = await wrapServicePrivateKey(key.privateKeyPkcs8, kek, { serviceId, publicKey: key.publicKey });
  const verify = await api(h, "POST", "/api/console/enrol/verify", {
    inviteToken: token,
    displayName: name,
    response: authenticator.register(options.json.options),
    serviceKey: recoveryWrap === undefined ? { publicKey: key.publicKey, deviceWrap } : { publicKey: key.publicKey, deviceWrap, recoveryWrap },
  });
  if (verify.status !== 201) throw new Error(`enrol verify: ${verify.status} ${JSON.stringify(verify.json)}`);
  const member: Member = {
    serviceId,
    cookie: cookieOf(verify.headers),
    authenticator,
    key,
    kek,
    id: verify.json.counsellor.id,
    credentialId: authenticator.id,
    headers: () => ({ cookie: `selfcheck_console=${member.cookie}` }),
  };
  return member;
}

/** The service's first counsellor (host's invite): makes the key and the recovery key. */
export async function enrolFirst(h: Harness, serviceId: string): Promise<Member> {
  const key = await generateServiceKeyPair();
  const recoveryEntropy = crypto.getRandomValues(new Uint8Array(32)) as Bytes;
  const recoveryWrap = await wrapServicePrivateKey(key.privateKeyPkcs8, await kekFromRecovery(recoveryEntropy), { serviceId, publicKey: key.publicKey });
  const member = await enrolWith(h, await createInvite(h.db, serviceId, h.clock.now), serviceId, key, recoveryWrap, "Lead");
  member.recoveryEntropy = recoveryEntropy;
  return member;
}

/** A link made in a signed-in console: the service key under a transfer key kept in the fragment. */
export async function makeLink(h: Harness, by: Member, kind: "counsellor" | "lead" | "device"): Promise<{ token: string; transferKey: string }> {
  const transferKey = newTransferKey();
  const keyTransferWrap = await wrapServicePrivateKey(by.key.privateKeyPkcs8, await kekFromTransfer(transferKey), { serviceId: by.serviceId, publicKey: by.key.publicKey });
  const r =
    kind === "device"
      ? await api(h, "POST", "/api/console/devices/invites", { keyTransferWrap }, by.headers())
      : await api(h, "POST", "/api/console/team/invites", { role: kind, keyTransferWrap }, by.headers());
  if (r.status !== 201) throw new Error(`invite: ${r.status} ${JSON.stringify(r.json)}`);
  return { token: r.json.inviteToken, transferKey };
}

/** Opens a link on a new device: fetches the transfer wrap, unwraps it, enrols a passkey. */
export async function useLink(h: Harness, link: { token: string; transferKey: string }, name = "Colleague"): Promise<Member> {
  const transfer = await api(h, "POST", "/api/console/enrol/key-transfer", { inviteToken: link.token });
  if (transfer.status !== 200) throw new Error(`key transfer: ${transfer.status} ${JSON.stringify(transfer.json)}`);
  const { serviceId, publicKey, keyTransferWrap } = transfer.json;
  const pkcs8 = await unwrapServicePrivateKey(keyTransferWrap, await kekFromTransfer(link.transferKey), { serviceId, publicKey });
  return enrolWith(h, link.token, serviceId, { publicKey, privateKeyPkcs8: pkcs8 }, undefined, name);
}

/** Recovery: a host's lead invite, and the recovery words unwrap the key on the new device. */
export async function recoverWith(h: Harness, serviceId: string, recoveryEntropy: Bytes): Promise<Member> {
  const token = await createInvite(h.db, serviceId, h.clock.now, "lead");
  const options = await api(h, "POST", "/api/console/enrol/options", { inviteToken: token });
  const existing = options.json.existingKey as { publicKey: string; recoveryWrap: string };
  const pkcs8 = await unwrapServicePrivateKey(existing.recoveryWrap, await kekFromRecovery(recoveryEntropy), { serviceId, publicKey: existing.publicKey });
  return enrolWith(h, token, serviceId, { publicKey: existing.publicKey, privateKeyPkcs8: pkcs8 }, undefined, "Lead, recovered");
}

/** Every wrapped private key the server holds, of any kind. */
export async function everyKeyWrap(h: Harness): Promise<{ where: string; wrap: string; serviceId: string; publicKey: string }[]> {
  const rows = await h.db.all<{ wrap: string; service_id: string; public_key: string; kind: string }>(
    `SELECT w.wrapped_key AS wrap, k.service_id, k.public_key, 'device' AS kind FROM device_key_wraps w JOIN service_keys k ON k.id = w.service_key_id
     UNION ALL SELECT recovery_wrap, service_id, public_key, 'recovery' FROM service_keys
     UNION ALL SELECT i.key_transfer_wrap, k.service_id, k.public_key, 'transfer' FROM invites i JOIN service_keys k ON k.service_id = i.service_id WHERE i.key_transfer_wrap IS NOT NULL`,
  );
  return rows.map((r) => ({ where: r.kind, wrap: r.wrap, serviceId: r.service_id, publicKey: r.public_key }));
}

/** How many of the given wraps open with a key; 0 is what a removed party must get. */
export async function opensWith(kek: WebCryptoKey, wraps: { wrap: string; serviceId: string; publicKey: string }[]): Promise<number> {
  let opened = 0;
  for (const w of wraps) {
    try {
      await unwrapServicePrivateKey(w.wrap, kek, { serviceId: w.serviceId, publicKey: w.publicKey });
      opened += 1;
    } catch {
      // refused: the key does not open this wrap
    }
  }
  return opened;
}
