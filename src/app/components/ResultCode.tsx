import { useId, useState } from "react";
import { useTranslation } from "react-i18next";

/** The code to show a clinician, with a copy button. Copying uses the clipboard only. */
export function ResultCode({ code }: { code: string }) {
  const { t } = useTranslation("results");
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  const codeId = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setStatus("copied");
    } catch {
      setStatus("failed");
      const element = document.getElementById(codeId);
      const selection = window.getSelection();
      if (element !== null && selection !== null) selection.selectAllChildren(element);
    }
  };
  return (
    <section className="result-code" aria-labelledby={`${codeId}-heading`}>
      <h2 id={`${codeId}-heading`}>{t("code.heading")}</h2>
      <p>{t("code.explain")}</p>
      <p>{t("code.keep")}</p>
      <p className="result-code__value">
        <code id={codeId} dir="ltr">
          {code}
        </code>
      </p>
      <button type="button" className="button button--secondary no-print" onClick={() => void copy()}>
        {t("code.copy")}
      </button>
      <p className="result-code__status" role="status">
        {status === "copied" ? t("code.copied") : status === "failed" ? t("code.copyFailed") : ""}
      </p>
    </section>
  );
}
