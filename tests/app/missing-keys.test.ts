import type { i18n } from "i18next";
import { describe, expect, it } from "vitest";
import { fileContent } from "../../src/app/content/source";
import { switchLanguage } from "../../src/app/i18n/create-i18n";
import { takeMissingKeys } from "../support/missing-keys";
import { createTestI18n } from "./test-i18n";

// The run-time half of issue 12's guard: what the typecheck cannot see (a key built from data,
// a key one language lacks) is recorded by the test i18n instance, and tests/setup.ts fails the
// test. Each test here takes what it provoked, so that the setup's check passes.

/** t() as the app cannot call it: with any string as key, the way a key built at run time arrives. */
const untypedT = (instance: i18n) => instance.t as unknown as (key: string, options?: { ns?: string; defaultValue?: string }) => string;

async function inLanguage(language: string): Promise<i18n> {
  const instance = createTestI18n();
  await switchLanguage(instance, language, await fileContent.loadUi(language));
  return instance;
}

describe("missing UI text keys in tests", () => {
  it("records a key that is not in the language, with its namespace and language", async () => {
    const t = untypedT(await inLanguage("mk"));
    t("access.free", { ns: "results" });
    expect(takeMissingKeys()).toEqual(["results:access.free (mk)"]);
  });

  it("records nothing for keys that exist", async () => {
    const t = untypedT(await inLanguage("mk"));
    t("services.access.free", { ns: "results" });
    t("appName");
    expect(takeMissingKeys()).toEqual([]);
  });

  it("records a missing key also when t() was given a defaultValue", async () => {
    const t = untypedT(await inLanguage("en"));
    expect(t("instrument.no-such-check.label", { ns: "wizard", defaultValue: "Some check" })).toBe("Some check");
    expect(takeMissingKeys()).toEqual(["wizard:instrument.no-such-check.label (en)"]);
  });

  it("records a key that one language lacks though English has it", async () => {
    const bundles = await fileContent.loadUi("sq");
    const { appName: _dropped, ...commonWithoutAppName } = bundles.common;
    const instance = createTestI18n();
    await switchLanguage(instance, "sq", { ...bundles, common: commonWithoutAppName });
    instance.t("appName");
    expect(takeMissingKeys()).toEqual(["common:appName (sq)"]);
  });

  it("records a key asked for before any language has loaded", () => {
    createTestI18n().t("appName");
    expect(takeMissingKeys()).toEqual(["common:appName ((none loaded))"]);
  });

  // The check in tests/setup.ts itself: this test leaves a missing key behind, so its afterEach
  // must fail it; `it.fails` passes only if the test failed.
  it.fails("fails a test that leaves a missing key behind", async () => {
    untypedT(await inLanguage("en"))("no.such.key");
  });
});
