/**
 * Making an invite or device link in a signed-in console. The service key in memory is
 * non-extractable, so the passkey is asked once more (a step-up): its PRF output (or this
 * device's stored key) opens the device wrap, the private key is wrapped under a fresh transfer
 * key and forgotten. The transfer key goes only into the link's fragment, which no server sees.
 */
import { startAuthentication, type PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/browser";
import { kekFromTransfer, newTransferKey } from "../../contact/key-transfer";
import { unwrapServicePrivateKey, wrapServicePrivateKey } from "../../contact/service-key";
import { consoleApi } from "../api";
import { deviceKek, PRF_SALT, prfOutput, storedDeviceKey, withoutPrf } from "../device-key";
import { workplaceApi } from "./api";

export function linkOf(inviteToken: string, transferKey: string): string {
  return `${window.location.origin}${window.location.pathname}#invite=${inviteToken}&key=${transferKey}`;
}

/** Reads "#invite=<token>&key=<transfer key>" (the key is absent in a host's console:invite link). */
export function parseInviteFragment(hash: string): { token: string; transferKey: string | null } | null {
  const match = /^#invite=([A-Za-z0-9_-]{43})(?:&key=([A-Za-z0-9_-]{43}))?$/.exec(hash);
  return match?.[1] === undefined ? null : { token: match[1], transferKey: match[2] ?? null };
}

export async function makeLink(kind: "lead" | "counsellor" | "device"): Promise<string> {
  const { options } = await consoleApi.loginOptions();
  const assertion = await startAuthentication({ optionsJSON: { ...(options as unknown as PublicKeyCredentialRequestOptionsJSON), extensions: { prf: { eval: { first: PRF_SALT } } } } as never });
  const me = await consoleApi.loginVerify(withoutPrf(assertion));
  const ids = { serviceId: me.service.id, publicKey: me.service.publicKey };
  const prf = prfOutput(assertion.clientExtensionResults);
  const keks = [prf === null ? null : await deviceKek(assertion.id, prf, false), await storedDeviceKey(assertion.id, false)].filter((k): k is CryptoKey => k !== null);
  let pkcs8: Uint8Array<ArrayBuffer> | null = null;
  for (const kek of keks) {
    try {
      pkcs8 = await unwrapServicePrivateKey(me.device.deviceWrap, kek, ids);
      break;
    } catch {
      // try the next key
    }
  }
  if (pkcs8 === null) throw new Error("this device cannot open the service key");
  const transferKey = newTransferKey();
  const wrap = await wrapServicePrivateKey(pkcs8, await kekFromTransfer(transferKey), ids);
  pkcs8.fill(0);
  const invite = kind === "device" ? await workplaceApi.deviceInvite(wrap) : await workplaceApi.invite(kind, wrap);
  return linkOf(invite.inviteToken, transferKey);
}
