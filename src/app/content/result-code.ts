import type { Answers, Definition, Profile } from "../../engine";

/**
 * The result-code encoder is being written in the engine (src/engine/result-code.ts). The glob
 * finds it once it exists and is empty until then, so the app builds either way and the
 * result code section appears by itself when the encoder lands.
 */
const encoderModules = import.meta.glob<Record<string, unknown>>("../../engine/result-code.ts");

function codeFrom(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (record["ok"] === false) return null;
    if (typeof record["code"] === "string") return record["code"];
  }
  return null;
}

/** The code a person can show a clinician, or null when no encoder exists (yet) or it fails. */
export async function encodeResultCode(definition: Definition, answers: Answers, profile: Profile): Promise<string | null> {
  const load = Object.values(encoderModules)[0];
  if (load === undefined) return null;
  try {
    const encode = (await load())["encodeResultCode"];
    return typeof encode === "function" ? codeFrom(encode(definition, answers, profile)) : null;
  } catch {
    return null;
  }
}
