/**
 * The key that wraps the service's private key for this counsellor device. Where the passkey
 * offers the WebAuthn PRF extension, it comes from the passkey (nothing stored here); otherwise a
 * non-extractable AES key kept in this browser's IndexedDB, under the passkey's credential id,
 * so the wrap on the server opens only on this device.
 */
import { utf8, type Bytes } from "../contact/bytes";
import { kekFromPrf } from "../contact/service-key";
import { PROTOCOL } from "../contact/protocol";

/** The PRF input: fixed per protocol version, so every sign-in yields the same output. */
export const PRF_SALT: Bytes = utf8(`${PROTOCOL} console prf salt`);

/** The PRF output of a WebAuthn response's client extension results, if the authenticator gave one. */
export function prfOutput(clientExtensionResults: unknown): Bytes | null {
  const first = (clientExtensionResults as { prf?: { results?: { first?: ArrayBuffer | ArrayBufferView } } } | null)?.prf?.results?.first;
  if (first === undefined) return null;
  return first instanceof ArrayBuffer ? new Uint8Array(first) : new Uint8Array(first.buffer.slice(first.byteOffset, first.byteOffset + first.byteLength) as ArrayBuffer);
}

/** The response to send to the server: without the PRF output, which never leaves the device. */
export function withoutPrf<T extends { clientExtensionResults: unknown }>(response: T): T {
  const results = { ...(response.clientExtensionResults as Record<string, unknown>) };
  delete results["prf"];
  return { ...response, clientExtensionResults: results };
}

const DB = "selfcheck-console";
const STORE = "device-keys";

function database(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB did not open"));
  });
}

async function inStore<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await database();
  return new Promise<T>((resolve, reject) => {
    const request = act(db.transaction(STORE, mode).objectStore(STORE));
    request.onsuccess = () => resolve(request.result as T);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB request failed"));
  });
}

/** This device's stored key for a credential, made (non-extractable) on first use. */
export async function storedDeviceKey(credentialId: string, create: boolean): Promise<CryptoKey | null> {
  const existing = await inStore<CryptoKey | undefined>("readonly", (store) => store.get(credentialId));
  if (existing !== undefined) return existing;
  if (!create) return null;
  const key = await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
  await inStore("readwrite", (store) => store.put(key, credentialId));
  return key;
}

/** The device's key-encryption key: from the PRF output when there is one, else the stored key. */
export async function deviceKek(credentialId: string, prf: Bytes | null, create: boolean): Promise<CryptoKey | null> {
  return prf !== null ? kekFromPrf(prf) : storedDeviceKey(credentialId, create);
}
