import { describe, expect, it } from "vitest";
import { apiPaths, type InboxEntry } from "../../src/contact/api";
import { consolePaths } from "../../src/console/api";
import { orderInbox } from "../../src/console/inbox-order";
import { inviteTokenOf } from "../../src/console/ConsoleApp";
import { CONSOLE_LANGUAGES, fill } from "../../src/console/texts";
import { prfOutput, withoutPrf } from "../../src/console/device-key";

const entry = (id: string, over: Partial<InboxEntry>): InboxEntry => ({
  threadId: id,
  urgent: false,
  unread: 0,
  messageCount: 1,
  createdAt: 0,
  lastMessageAt: 0,
  waitingSince: null,
  overdue: false,
  ...over,
});

describe("the console", () => {
  it("orders the inbox urgent first, then overdue, then unread, then the longest waiting", () => {
    const entries = [
      entry("read", { waitingSince: 1 }),
      entry("unread", { unread: 1, waitingSince: 5 }),
      entry("overdue", { overdue: true, waitingSince: 9 }),
      entry("urgent", { urgent: true, waitingSince: 10 }),
      entry("unread-older", { unread: 2, waitingSince: 2 }),
    ];
    expect(orderInbox(entries).map((e) => e.threadId)).toEqual(["urgent", "overdue", "unread-older", "unread", "read"]);
  });
  it("calls the API's own paths", () => {
    for (const key of Object.keys(consolePaths) as (keyof typeof consolePaths)[]) {
      const mine = consolePaths[key];
      const theirs = apiPaths[key];
      expect(typeof mine === "function" ? mine("t") : mine, key).toBe(typeof theirs === "function" ? theirs("t") : theirs);
    }
  });
  it("reads the one-time link of npm run console:invite", () => {
    const token = "a".repeat(43);
    expect(inviteTokenOf(`#invite=${token}`)).toBe(token);
    expect(inviteTokenOf(`#invite=${token}x`)).toBeNull();
    expect(inviteTokenOf("")).toBeNull();
  });
  it("has the same texts in Arabic as in English, and the accessible names of the issue", () => {
    const keys = (value: object, prefix = ""): string[] => Object.entries(value).flatMap(([k, v]) => (typeof v === "string" ? [prefix + k] : keys(v as object, `${prefix}${k}.`)));
    expect(keys(CONSOLE_LANGUAGES.ar).sort()).toEqual(keys(CONSOLE_LANGUAGES.en).sort());
    expect(CONSOLE_LANGUAGES.en.signIn.button).toBe("Sign in with a passkey");
    expect(CONSOLE_LANGUAGES.en.thread.reply).toBe("Reply");
    expect(fill("{a} of {b}", { a: 1, b: 2 })).toBe("1 of 2");
  });
  it("keeps the PRF output on the device", () => {
    const response = { id: "x", clientExtensionResults: { prf: { enabled: true, results: { first: new Uint8Array([1, 2, 3]).buffer } }, credProps: { rk: true } } };
    expect(prfOutput(response.clientExtensionResults)).toEqual(new Uint8Array([1, 2, 3]));
    expect(withoutPrf(response).clientExtensionResults).toEqual({ credProps: { rk: true } });
    expect(prfOutput({})).toBeNull();
  });
});
