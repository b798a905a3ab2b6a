// @vitest-environment jsdom
import "@testing-library/jest-dom/vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { afterEach, describe, expect, it } from "vitest";
import { ServiceItem } from "../../src/app/components/ServiceItem";
import { fileContent } from "../../src/app/content/source";
import { switchLanguage } from "../../src/app/i18n/create-i18n";
import type { Service } from "../../src/engine";
import { uiText } from "./content";
import { createTestI18n } from "./test-i18n";

// Issue 12: in North Macedonia the service cards showed "access.free" and "access.anonymous".
// The expected words come from each language's results.json, not from the component.

afterEach(cleanup);

type AccessTexts = Record<"free" | "notFree" | "anonymous" | "notAnonymous" | "noReferralNeeded" | "referralNeeded", string>;

function accessTexts(language: string): AccessTexts {
  const results = uiText(language, "results") as { services: { access: AccessTexts } };
  return results.services.access;
}

const service = (access: NonNullable<Service["access"]>): Service => ({
  id: "test-service",
  name: { en: "Test service" },
  kind: "helpline",
  phone: "+38900000000",
  access,
  source: "https://example.org/source",
  sourceKind: "secondary",
});

async function renderService(language: string, item: Service) {
  const i18n = createTestI18n();
  await switchLanguage(i18n, language, await fileContent.loadUi(language));
  const { container } = render(
    <I18nextProvider i18n={i18n}>
      <ServiceItem service={item} language={language} />
    </I18nextProvider>,
  );
  const list = container.querySelector(".service__access");
  if (!(list instanceof HTMLElement)) throw new Error("no access list rendered");
  return within(list)
    .getAllByRole("listitem")
    .map((item) => item.textContent);
}

describe("a service's access", () => {
  it("says in English that it is free, anonymous and needs no referral", async () => {
    const english = accessTexts("en");
    expect(await renderService("en", service({ free: true, anonymous: true, noReferralNeeded: true }))).toEqual([english.free, english.anonymous, english.noReferralNeeded]);
  });

  it("says in English that it is not free, not anonymous and needs a referral", async () => {
    const english = accessTexts("en");
    expect(await renderService("en", service({ free: false, anonymous: false, noReferralNeeded: false }))).toEqual([english.notFree, english.notAnonymous, english.referralNeeded]);
  });

  it.each(fileContent.uiLanguages)("shows the %s texts, never the keys", async (language) => {
    const texts = accessTexts(language);
    expect(await renderService(language, service({ free: true, anonymous: true }))).toEqual([texts.free, texts.anonymous]);
    expect(screen.queryByText(/access\./)).toBeNull();
  });
});
