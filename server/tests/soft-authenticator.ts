// A software passkey for tests and the bench: makes WebAuthn registration and authentication
// responses (attestation "none", ES256) as a browser would hand them to the server, so the
// server's real @simplewebauthn verification runs without a browser. Minimal CBOR encoder inside.

import { createHash, generateKeyPairSync, sign, type KeyObject } from "node:crypto";

type Cbor = number | string | Uint8Array | Map<Cbor, Cbor>;

function head(major: number, value: number): number[] {
  if (value < 24) return [(major << 5) | value];
  if (value < 256) return [(major << 5) | 24, value];
  if (value < 65536) return [(major << 5) | 25, value >> 8, value & 255];
  return [(major << 5) | 26, (value >>> 24) & 255, (value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function cbor(value: Cbor): number[] {
  if (typeof value === "number") return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === "string") {
    const bytes = [...Buffer.from(value, "utf8")];
    return [...head(3, bytes.length), ...bytes];
  }
  if (value instanceof Uint8Array) return [...head(2, value.length), ...value];
  const out = head(5, value.size);
  for (const [k, v] of value) out.push(...cbor(k), ...cbor(v));
  return out;
}

const b64 = (bytes: Uint8Array | number[]) => Buffer.from(bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes)).toString("base64url");
const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest();

export class SoftAuthenticator {
  readonly credentialId = new Uint8Array(createHash("sha256").update(String(Math.random())).digest().subarray(0, 16));
  private readonly privateKey: KeyObject;
  private readonly publicJwk: { x: string; y: string };
  private counter = 0;
  userHandle: string | undefined;

  constructor(
    readonly origin: string,
    readonly rpId = "localhost",
  ) {
    const pair = generateKeyPairSync("ec", { namedCurve: "P-256" });
    this.privateKey = pair.privateKey;
    const jwk = pair.publicKey.export({ format: "jwk" });
    this.publicJwk = { x: jwk.x ?? "", y: jwk.y ?? "" };
  }

  get id(): string {
    return b64(this.credentialId);
  }

  private authData(flags: number, attested?: number[]): number[] {
    const count = [(this.counter >>> 24) & 255, (this.counter >> 16) & 255, (this.counter >> 8) & 255, this.counter & 255];
    return [...sha256(this.rpId), flags, ...count, ...(attested ?? [])];
  }

  /** The RegistrationResponseJSON for creation options from the server. */
  register(options: { challenge: string; user?: { id: string } }, clientData: Partial<{ origin: string; type: string }> = {}) {
    this.userHandle = options.user?.id;
    const coseKey = new Map<Cbor, Cbor>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, Buffer.from(this.publicJwk.x, "base64url")],
      [-3, Buffer.from(this.publicJwk.y, "base64url")],
    ]);
    const attested = [...new Uint8Array(16), 0, this.credentialId.length, ...this.credentialId, ...cbor(coseKey)];
    const authData = Uint8Array.from(this.authData(0x01 | 0x04 | 0x40, attested));
    const attestationObject = cbor(
      new Map<Cbor, Cbor>([
        ["fmt", "none"],
        ["attStmt", new Map()],
        ["authData", authData],
      ]),
    );
    const clientDataJSON = JSON.stringify({ type: clientData.type ?? "webauthn.create", challenge: options.challenge, origin: clientData.origin ?? this.origin, crossOrigin: false });
    return {
      id: this.id,
      rawId: this.id,
      type: "public-key" as const,
      response: { clientDataJSON: b64(Buffer.from(clientDataJSON)), attestationObject: b64(attestationObject), transports: ["internal"] },
      clientExtensionResults: {},
      authenticatorAttachment: "platform",
    };
  }

  /** The AuthenticationResponseJSON for request options from the server. */
  authenticate(options: { challenge: string }, clientData: Partial<{ origin: string }> = {}) {
    this.counter += 1;
    const authData = Uint8Array.from(this.authData(0x01 | 0x04));
    const clientDataJSON = Buffer.from(JSON.stringify({ type: "webauthn.get", challenge: options.challenge, origin: clientData.origin ?? this.origin, crossOrigin: false }));
    const signature = sign("sha256", Buffer.concat([authData, sha256(clientDataJSON)]), this.privateKey);
    return {
      id: this.id,
      rawId: this.id,
      type: "public-key" as const,
      response: { clientDataJSON: b64(clientDataJSON), authenticatorData: b64(authData), signature: b64(signature), ...(this.userHandle ? { userHandle: this.userHandle } : {}) },
      clientExtensionResults: {},
      authenticatorAttachment: "platform",
    };
  }
}
