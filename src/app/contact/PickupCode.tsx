import { useState } from "react";
import { useTranslation } from "react-i18next";
import { forgetCode, keepCode, keptCodes } from "./kept-codes";

/** Saves the code as a text file through a blob: URL: nothing leaves the device. */
function saveAsFile(code: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = `pickup-code-${code.slice(0, 4)}.txt`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The pickup code under "Your pickup code": the only key to the conversation. Write it down,
 * print it or save it as a file; keeping it on this device is an opt-in, deleted with one tap.
 */
export function PickupCode({ code }: { code: string }) {
  const { t } = useTranslation("contact");
  const [kept, setKept] = useState(() => keptCodes().includes(code));
  const [status, setStatus] = useState("");
  return (
    <section className="contact-code" aria-labelledby="contact-code-heading">
      <h2 id="contact-code-heading">{t("code.heading")}</h2>
      <p>{t("code.explain")}</p>
      <p className="contact-code__value" dir="ltr" translate="no">
        {code}
      </p>
      <div className="button-group no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t("code.print")}
        </button>
        <button type="button" className="button button--secondary" onClick={() => saveAsFile(code, t("code.fileText", { code }))}>
          {t("code.save")}
        </button>
      </div>
      <div className="no-print">
        {kept ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              forgetCode(code);
              setKept(false);
              setStatus(t("code.forgotten"));
            }}
          >
            {t("code.forget")}
          </button>
        ) : (
          <button
            type="button"
            className="button button--secondary"
            aria-describedby="contact-code-keep-hint"
            onClick={() => {
              keepCode(code);
              setKept(true);
              setStatus(t("code.kept"));
            }}
          >
            {t("code.keep")}
          </button>
        )}
        <p id="contact-code-keep-hint" className="hint">
          {t("code.keepHint")}
        </p>
        <p role="status">{status}</p>
      </div>
    </section>
  );
}
