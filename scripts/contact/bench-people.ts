// Bench actors built on the real protocol: people who write (threads made with src/contact) and
// a counsellor enrolled with a software passkey.

import type { BenchClient } from "./bench-http";
import { SoftAuthenticator } from "../../server/tests/soft-authenticator";
import { deriveCodeKeys, type CodeKeys } from "../../src/contact/derive";
import { generatePickupCode } from "../../src/contact/pickup-code";
import { encryptMessage } from "../../src/contact/message";
import { importServicePublicKey, newThreadKey, threadCryptoKey, wrapForPerson, wrapForService } from "../../src/contact/thread-key";
import { generateServiceKeyPair, kekFromPrf, kekFromRecovery, wrapServicePrivateKey, type ServiceKeyPair } from "../../src/contact/service-key";
import type { ServiceKeyResponse } from "../../src/contact/api";
import type { Bytes } from "../../src/contact/bytes";
import type { WebCryptoKey } from "../../src/contact/webcrypto";

export interface BenchPerson {
  keys: CodeKeys;
  threadKey: WebCryptoKey;
  auth: Record<string, string>;
}

export async function message(person: BenchPerson, text: string, direction: "person" | "service" = "person") {
  const id = crypto.randomUUID();
  return { id, ciphertext: await encryptMessage(person.threadKey, { threadId: person.keys.mailboxId, direction, messageId: id }, text) };
}

export async function writePerson(client: BenchClient, serviceId: string, text: string, urgent = false): Promise<BenchPerson> {
  const key = (await client.request("GET", `/api/services/${serviceId}/key`)).json as ServiceKeyResponse;
  const keys = await deriveCodeKeys(generatePickupCode());
  const raw = newThreadKey();
  const person: BenchPerson = { keys, threadKey: await threadCryptoKey(raw), auth: { authorization: `Bearer ${keys.authKey}` } };
  const body = {
    serviceId,
    threadId: keys.mailboxId,
    authVerifier: keys.authVerifier,
    keyId: key.keyId,
    serviceWrap: await wrapForService(raw, await importServicePublicKey(key.publicKey), { serviceId, threadId: keys.mailboxId }),
    personWrap: await wrapForPerson(raw, keys.wrapKey, keys.mailboxId),
    urgent,
    message: await message(person, text),
  };
  const created = await client.request("POST", "/api/threads", body);
  if (created.status !== 201) throw new Error(`create thread: ${created.status} ${JSON.stringify(created.json)}`);
  return person;
}

export interface BenchCounsellor {
  key: ServiceKeyPair;
  authenticator: SoftAuthenticator;
  cookie: Record<string, string>;
}

const cookieOf = (header: string | string[] | undefined) => `selfcheck_console=${/selfcheck_console=([^;]+)/.exec(String(header ?? ""))?.[1] ?? ""}`;

export async function enrol(client: BenchClient, inviteToken: string, serviceId: string, origin: string): Promise<BenchCounsellor> {
  const options = await client.request("POST", "/api/console/enrol/options", { inviteToken });
  const authenticator = new SoftAuthenticator(origin);
  const key = await generateServiceKeyPair();
  const bind = { serviceId, publicKey: key.publicKey };
  const random = () => crypto.getRandomValues(new Uint8Array(32)) as Bytes;
  const verify = await client.request("POST", "/api/console/enrol/verify", {
    inviteToken,
    displayName: "Bench counsellor",
    response: authenticator.register(options.json.options),
    serviceKey: {
      publicKey: key.publicKey,
      deviceWrap: await wrapServicePrivateKey(key.privateKeyPkcs8, await kekFromPrf(random()), bind),
      recoveryWrap: await wrapServicePrivateKey(key.privateKeyPkcs8, await kekFromRecovery(random()), bind),
    },
  });
  if (verify.status !== 201) throw new Error(`enrol: ${verify.status} ${JSON.stringify(verify.json)}`);
  return { key, authenticator, cookie: { cookie: cookieOf(verify.headers["set-cookie"]) } };
}

export async function signIn(client: BenchClient, counsellor: BenchCounsellor): Promise<void> {
  const options = await client.request("POST", "/api/console/login/options", {});
  const verify = await client.request("POST", "/api/console/login/verify", { response: counsellor.authenticator.authenticate(options.json.options) });
  if (verify.status !== 200) throw new Error(`login: ${verify.status}`);
  counsellor.cookie = { cookie: cookieOf(verify.headers["set-cookie"]) };
}
