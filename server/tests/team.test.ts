// The team and its devices (issue 19.1), with the real protocol code and keys kept aside: the
// lead invites, a counsellor adds a device, removal takes effect at once and leaves the removed
// party's keys opening nothing, a lost device is removed, and the recovery key restores access.
import { readFileSync, existsSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decryptMessage } from "../../src/contact/message";
import { importServiceKeyPair } from "../../src/contact/service-key";
import { threadCryptoKey, unwrapForService } from "../../src/contact/thread-key";
import { teamResponseSchema } from "../../src/contact/team-api";
import { type Harness, api, createService, dbKind, login, personWrites, startHarness } from "./harness";
import { type Member, enrolFirst, everyKeyWrap, makeLink, opensWith, recoverWith, useLink } from "./team-harness";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  await createService(h, "demo");
});
afterEach(async () => h.close());

/** Reads the first message of a thread as this member's console would. */
async function firstText(member: Member, threadId: string): Promise<string> {
  const r = await api(h, "GET", `/api/console/threads/${threadId}`, undefined, member.headers());
  if (r.status !== 200) return `HTTP ${r.status}`;
  const pair = await importServiceKeyPair(member.key.privateKeyPkcs8, member.key.publicKey);
  const key = await threadCryptoKey(await unwrapForService(r.json.serviceWrap, pair, { serviceId: member.serviceId, threadId }));
  const first = r.json.messages[0];
  return decryptMessage(key, { threadId, direction: "person", messageId: first.id }, first.ciphertext);
}

const loginStatus = async (member: Member) => {
  const options = await api(h, "POST", "/api/console/login/options", {});
  return (await api(h, "POST", "/api/console/login/verify", { response: member.authenticator.authenticate(options.json.options) })).status;
};

describe(`team and devices on ${dbKind}`, () => {
  it("the first counsellor is the lead; a lead's link brings in a counsellor with the service key; that counsellor adds a second device", async () => {
    const lead = await enrolFirst(h, "demo");
    expect((await api(h, "GET", "/api/console/me", undefined, lead.headers())).json.counsellor.role).toBe("lead");
    const colleague = await useLink(h, await makeLink(h, lead, "counsellor"), "Sam");
    expect((await api(h, "GET", "/api/console/me", undefined, colleague.headers())).json.counsellor.role).toBe("counsellor");
    const person = await personWrites(h, "demo", "first words");
    expect(await firstText(colleague, person.keys.mailboxId)).toBe("first words");

    const second = await useLink(h, await makeLink(h, colleague, "device"));
    expect(second.id).toBe(colleague.id);
    expect(await firstText(second, person.keys.mailboxId)).toBe("first words");
    const team = teamResponseSchema.parse((await api(h, "GET", "/api/console/team", undefined, lead.headers())).json);
    expect(team.counsellors.map((c) => [c.role, c.devices.length])).toEqual([
      ["lead", 1],
      ["counsellor", 2],
    ]);
    // A used link cannot be used again, and its key transfer is gone.
    expect((await everyKeyWrap(h)).filter((w) => w.where === "transfer")).toEqual([]);
  });

  it("removal takes effect at once: sessions end, passkeys stop working, and the keys the removed party kept open nothing", async () => {
    const lead = await enrolFirst(h, "demo");
    const removed = await useLink(h, await makeLink(h, lead, "counsellor"));
    const removedSecond = await useLink(h, await makeLink(h, removed, "device"));
    const person = await personWrites(h, "demo", "please keep this private");
    // Guard: before removal the kept keys do open the service key.
    expect(await opensWith(removed.kek, await everyKeyWrap(h))).toBe(1);
    expect(await opensWith(removedSecond.kek, await everyKeyWrap(h))).toBe(1);
    const wrapsBefore = (await h.db.all<{ wrapped_key: string }>("SELECT wrapped_key FROM device_key_wraps WHERE credential_id IN (?, ?)", [removed.credentialId, removedSecond.credentialId])).map(
      (r) => r.wrapped_key,
    );

    expect((await api(h, "DELETE", `/api/console/team/counsellors/${removed.id}`, undefined, lead.headers())).status).toBe(204);

    for (const device of [removed, removedSecond]) {
      expect((await api(h, "GET", "/api/console/me", undefined, device.headers())).status).toBe(401);
      expect((await api(h, "GET", `/api/console/threads/${person.keys.mailboxId}`, undefined, device.headers())).status).toBe(401);
      expect(await loginStatus(device)).toBe(401);
      expect(await opensWith(device.kek, await everyKeyWrap(h))).toBe(0);
    }
    // The others still read the thread.
    expect(await firstText(lead, person.keys.mailboxId)).toBe("please keep this private");
    // Not a byte of the removed devices' wraps stays in the SQLite files.
    for (const file of h.files.filter((f) => existsSync(f))) {
      const bytes = readFileSync(file);
      for (const wrap of wrapsBefore) expect(bytes.includes(Buffer.from(wrap)), file).toBe(false);
    }
    const team = teamResponseSchema.parse((await api(h, "GET", "/api/console/team", undefined, lead.headers())).json);
    expect(team.counsellors.map((c) => c.id)).toEqual([lead.id]);
  });

  it("the lead removes a lost device; the counsellor's other device keeps working", async () => {
    const lead = await enrolFirst(h, "demo");
    const phone = await useLink(h, await makeLink(h, lead, "counsellor"));
    const laptop = await useLink(h, await makeLink(h, phone, "device"));
    expect((await api(h, "DELETE", `/api/console/team/devices/${phone.credentialId}`, undefined, lead.headers())).status).toBe(204);
    expect((await api(h, "GET", "/api/console/me", undefined, phone.headers())).status).toBe(401);
    expect(await loginStatus(phone)).toBe(401);
    expect(await opensWith(phone.kek, await everyKeyWrap(h))).toBe(0);
    expect((await api(h, "GET", "/api/console/me", undefined, laptop.headers())).status).toBe(200);
    await login(h, laptop);
    expect((await api(h, "GET", "/api/console/me", undefined, laptop.headers())).status).toBe(200);
  });

  it("every device lost: the recovery key and a host's lead invite restore access to the old threads", async () => {
    const lead = await enrolFirst(h, "demo");
    const colleague = await useLink(h, await makeLink(h, lead, "counsellor"));
    const person = await personWrites(h, "demo", "written before the loss");
    const recoveryEntropy = lead.recoveryEntropy;
    if (!recoveryEntropy) throw new Error("no recovery key kept");
    // Every device is lost: nobody holds a session or a passkey any more.
    await h.db.run("DELETE FROM sessions");
    const recovered = await recoverWith(h, "demo", recoveryEntropy);
    expect((await api(h, "GET", "/api/console/me", undefined, recovered.headers())).json.counsellor.role).toBe("lead");
    expect(await firstText(recovered, person.keys.mailboxId)).toBe("written before the loss");
    // The recovered lead removes the lost devices.
    for (const lost of [lead, colleague]) expect((await api(h, "DELETE", `/api/console/team/devices/${lost.credentialId}`, undefined, recovered.headers())).status).toBe(204);
    expect(await loginStatus(lead)).toBe(401);
    // Wrong recovery words open nothing.
    await expect(recoverWith(h, "demo", crypto.getRandomValues(new Uint8Array(32)) as typeof recoveryEntropy)).rejects.toThrow();
  });
});
