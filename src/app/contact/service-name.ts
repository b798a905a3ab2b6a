import type { TFunction } from "i18next";
import { pickLocalized } from "../i18n/localized";
import type { ContactService } from "../contact-offer/contact-services";

/** The service's name in the person's language; the demo is always called a demo. */
export function serviceName(service: ContactService, language: string, t: TFunction<"results">): string {
  return service.name === null ? t("contactOffer.demoName") : pickLocalized(service.name, language).text;
}
