import type { TFunction } from "i18next";
import { ContactCryptoError } from "../../contact/errors";
import { ContactApiError } from "./client";
import { KeyMismatchError } from "./conversation";

/** A sentence for the person about why something failed; the details go to the console for the team. */
export function problemText(error: unknown, t: TFunction<"contact">): string {
  console.error(error);
  if (error instanceof KeyMismatchError) return t("errors.keyMismatch");
  if (error instanceof ContactCryptoError) return error.code === "code_format" || error.code === "code_check" ? t("errors.badCode") : t("errors.cannotOpen");
  if (error instanceof ContactApiError) {
    if (error.code === "network") return t("errors.network");
    if (error.status === 404 || error.status === 401 || error.status === 403) return t("errors.notFound");
    if (error.code === "service_not_ready") return t("errors.notReady");
    if (error.code === "rate_limited") return t("errors.busy");
  }
  return t("errors.server");
}
