import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { translationStatusIndex } from "../../scripts/vite/translation-status";
import translationStatus from "virtual:translation-status";

const root = mkdtempSync(join(tmpdir(), "translation-status-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(join(root, path, ".."), { recursive: true });
  writeFileSync(join(root, path), text);
}
const fail = (message: string): never => {
  throw new Error(message);
};

describe("the build-time index of translation statuses (virtual:translation-status)", () => {
  it("reads each instrument text's provenance.status", () => {
    write("locales/sq/questionnaires/dudit.json", JSON.stringify({ provenance: { status: "draft" } }));
    write("locales/en/questionnaires/dudit.json", JSON.stringify({ provenance: { status: "official" } }));
    expect(translationStatusIndex(root, fail)).toEqual({ "en:dudit": "official", "sq:dudit": "draft" });
  });

  it("names the file and the place when a text is broken or has no status", () => {
    write("locales/fr/questionnaires/audit.json", "{ not json");
    expect(() => translationStatusIndex(root, fail)).toThrow(/^locales\/fr\/questionnaires\/audit\.json: \$: not valid JSON/);
    write("locales/fr/questionnaires/audit.json", JSON.stringify({ provenance: {} }));
    expect(() => translationStatusIndex(root, fail)).toThrow("locales/fr/questionnaires/audit.json: $.provenance.status: missing; it must say validated, official or draft");
  });

  it("the app's index agrees with the bundled files", () => {
    const project = join(import.meta.dirname, "..", "..");
    const expected: Record<string, string> = {};
    for (const language of readdirSync(join(project, "locales"))) {
      const folder = join(project, "locales", language, "questionnaires");
      for (const name of readdirSync(folder)) {
        expected[`${language}:${name.replace(/\.json$/, "")}`] = (JSON.parse(readFileSync(join(folder, name), "utf8")) as { provenance: { status: string } }).provenance.status;
      }
    }
    expect(translationStatus).toEqual(expected);
    expect(Object.keys(translationStatus).length).toBe(13 * 5);
  });
});
