/**
 * Enrolment and sign-in: the passkey ceremony (@simplewebauthn/browser), then the service's
 * private key unwrapped for this device and held in memory only, as a non-extractable key.
 */
import { startAuthentication, startRegistration, type PublicKeyCredentialCreationOptionsJSON, type PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/browser";
import type { MeResponse } from "../contact/api";
import { keyFingerprint } from "../contact/fingerprint";
import { generateRecoveryKey, parseRecoveryWords } from "../contact/recovery-key";
import { generateServiceKeyPair, importServiceKeyPair, kekFromRecovery, unwrapServicePrivateKey, wrapServicePrivateKey } from "../contact/service-key";
import { consoleApi } from "./api";
import { kekFromTransfer } from "../contact/key-transfer";
import { workplaceApi } from "./team/api";
import { deviceKek, PRF_SALT, prfOutput, storedDeviceKey, withoutPrf } from "./device-key";

export type Session = { me: MeResponse; keyPair: CryptoKeyPair };
export type NewServiceKey = { recoveryWords: string[]; fingerprint: string };

const withPrf = <T extends { extensions?: unknown }>(options: T): T => ({ ...options, extensions: { ...(options.extensions as object | undefined), prf: { eval: { first: PRF_SALT } } } });

/**
 * Enrols this device from a one-time invite. The first counsellor of a service creates its key
 * pair here and gets the recovery words (shown once); a later one types the recovery words to
 * unwrap the existing key (issue 19 will add device-to-device handover).
 */
export async function enrol(inviteToken: string, displayName: string, recoveryWords: string | null, transferKey: string | null = null): Promise<Session & { created: NewServiceKey | null }> {
  const options = await consoleApi.enrolOptions(inviteToken);
  const registration = await startRegistration({ optionsJSON: withPrf(options.options as unknown as PublicKeyCredentialCreationOptionsJSON) });
  const kek = await deviceKek(registration.id, prfOutput(registration.clientExtensionResults), true);
  if (kek === null) throw new Error("no device key");
  const serviceId = options.serviceId;
  let publicKey: string;
  let pkcs8: Uint8Array<ArrayBuffer>;
  let recoveryWrap: string | undefined;
  let created: NewServiceKey | null = null;
  if (options.existingKey === null) {
    const pair = await generateServiceKeyPair();
    const recovery = generateRecoveryKey();
    publicKey = pair.publicKey;
    pkcs8 = pair.privateKeyPkcs8;
    recoveryWrap = await wrapServicePrivateKey(pkcs8, await kekFromRecovery(recovery.entropy), { serviceId, publicKey });
    created = { recoveryWords: recovery.words, fingerprint: await keyFingerprint(publicKey) };
  } else if (transferKey !== null) {
    // Issue 19: a link made in a colleague's signed-in console carries the key (src/console/team/links.ts).
    const transfer = await workplaceApi.keyTransfer(inviteToken);
    publicKey = options.existingKey.publicKey;
    pkcs8 = await unwrapServicePrivateKey(transfer.keyTransferWrap, await kekFromTransfer(transferKey), { serviceId, publicKey });
  } else {
    if (recoveryWords === null) throw new Error("recovery words needed");
    publicKey = options.existingKey.publicKey;
    pkcs8 = await unwrapServicePrivateKey(options.existingKey.recoveryWrap, await kekFromRecovery(parseRecoveryWords(recoveryWords)), { serviceId, publicKey });
  }
  const deviceWrap = await wrapServicePrivateKey(pkcs8, kek, { serviceId, publicKey });
  const me = await consoleApi.enrolVerify({
    inviteToken,
    displayName,
    response: withoutPrf(registration) as never,
    serviceKey: recoveryWrap === undefined ? { publicKey, deviceWrap } : { publicKey, deviceWrap, recoveryWrap },
  });
  return { me, keyPair: await importServiceKeyPair(pkcs8, publicKey), created };
}

/** Signs in with a passkey and unwraps the service key for this device. */
export async function signIn(): Promise<Session> {
  const { options } = await consoleApi.loginOptions();
  const assertion = await startAuthentication({ optionsJSON: withPrf(options as unknown as PublicKeyCredentialRequestOptionsJSON) });
  const me = await consoleApi.loginVerify(withoutPrf(assertion));
  return { me, keyPair: await unwrapForDevice(me, assertion.id, prfOutput(assertion.clientExtensionResults)) };
}

async function unwrapForDevice(me: MeResponse, credentialId: string, prf: Uint8Array<ArrayBuffer> | null): Promise<CryptoKeyPair> {
  const ids = { serviceId: me.service.id, publicKey: me.service.publicKey };
  // The wrap was made with the PRF output where the passkey gave one at enrolment, else with the
  // stored device key: try what this sign-in has.
  const keks = [prf === null ? null : await deviceKek(credentialId, prf, false), await storedDeviceKey(credentialId, false)].filter((kek): kek is CryptoKey => kek !== null);
  for (const kek of keks) {
    try {
      return await importServiceKeyPair(await unwrapServicePrivateKey(me.device.deviceWrap, kek, ids), me.service.publicKey);
    } catch {
      // try the next
    }
  }
  throw new Error("this device cannot open the service key (enrolled on another device?)");
}
