/**
 * The service worker's build step (scripts/vite/service-worker.ts): the list of unsafe releases
 * is read strictly, with the file and place of each problem, and comments are stripped from the
 * worker without touching its code.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readUnsafeReleases, stripComments } from "../../scripts/vite/service-worker";
import { projectRoot } from "../support/content";

const dir = mkdtempSync(join(tmpdir(), "selfcheck-unsafe-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("src/sw/unsafe-releases.json", () => {
  it("the shipped file is valid (no release marked yet reads as an empty list)", () => {
    expect(readUnsafeReleases(join(projectRoot, "src/sw/unsafe-releases.json"))).toEqual(expect.any(Array));
  });

  it("gives the versions of well-formed entries", () => {
    const path = file("good.json", JSON.stringify({ unsafe: [{ version: "3a420d6797383875", reason: "a wrong number", date: "2026-12-08" }] }));
    expect(readUnsafeReleases(path)).toEqual(["3a420d6797383875"]);
  });

  it.each([
    ["not JSON", "{", /bad\.json: not valid JSON/],
    ["no list", "{}", /"unsafe" must be a list/],
    ["a short version", JSON.stringify({ unsafe: [{ version: "3a42", reason: "x", date: "2026-12-08" }] }), /unsafe\[0\]\.version must be the 16 hex digits/],
    ["no reason", JSON.stringify({ unsafe: [{ version: "3a420d6797383875", reason: " ", date: "2026-12-08" }] }), /unsafe\[0\]\.reason must say why/],
    ["a bad date", JSON.stringify({ unsafe: [{ version: "3a420d6797383875", reason: "x", date: "8 Dec" }] }), /unsafe\[0\]\.date must be the day/],
  ])("refuses %s, naming the file and the place", (_name, text, message) => {
    expect(() => readUnsafeReleases(file("bad.json", text))).toThrow(message);
  });
});

describe("stripComments", () => {
  it("removes whole-line comments and keeps every line of code", () => {
    const source = readFileSync(join(projectRoot, "src/sw/service-worker.js"), "utf8");
    const stripped = stripComments(source);
    expect(stripped).not.toMatch(/^\s*(\/\/|\/\*|\*)/m);
    const code = (text: string) => text.split("\n").filter((line) => line.trim() !== "" && !/^\s*(\/\/|\/\*|\*)/.test(line));
    expect(stripped.split("\n").filter((line) => line.trim() !== "")).toEqual(code(source));
  });
});
