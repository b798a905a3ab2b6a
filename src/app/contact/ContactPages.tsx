import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ContactService } from "../contact-offer/contact-services";
import type { ResultSummary } from "../contact-offer/result-summary";
import type { ContactRoute } from "../contact-offer/route";
import type { OpenThread } from "./conversation";
import { RepliesScreen } from "./RepliesScreen";
import { SafetyNote } from "./SafetyNote";
import { SentScreen } from "./SentScreen";
import { ThreadScreen } from "./ThreadScreen";
import { WriteScreen, type Sent } from "./WriteScreen";
import { useContactTexts } from "./texts";
import { useScreenHeading } from "./use-screen-heading";
import "./contact.css";

type Props = { route: ContactRoute; services: readonly ContactService[]; language: string; result: ResultSummary | null };

function Deleted() {
  const { t } = useTranslation("contact");
  const heading = useScreenHeading(t("thread.deleted"));
  return (
    <div className="contact">
      <h1 ref={heading} tabIndex={-1}>
        {t("thread.deleted")}
      </h1>
      <p>{t("thread.deletedBody")}</p>
      <SafetyNote />
    </div>
  );
}

function NoSuchService() {
  const { t } = useTranslation("contact");
  const heading = useScreenHeading(t("errors.noService"));
  return (
    <div className="contact">
      <h1 ref={heading} tabIndex={-1}>
        {t("errors.noService")}
      </h1>
      <SafetyNote />
    </div>
  );
}

/** The person's contact screens (a lazy chunk): write, acknowledgement, read replies, thread. */
export default function ContactPages({ route, services, language, result }: Props) {
  const texts = useContactTexts(language);
  const [sent, setSent] = useState<Sent | null>(null);
  const [open, setOpen] = useState<{ thread: OpenThread; code: string } | null>(null);
  const [deleted, setDeleted] = useState(false);
  if (texts !== "ready") return null;
  if (route.page === "write") {
    const service = services.find((candidate) => candidate.id === route.serviceId);
    if (service === undefined) return <NoSuchService />;
    if (sent !== null) return <SentScreen sent={sent} language={language} />;
    return <WriteScreen service={service} language={language} result={result} onSent={setSent} />;
  }
  if (deleted) return <Deleted />;
  if (open !== null) {
    const service = services.find((candidate) => candidate.id === open.thread.serviceId) ?? null;
    return (
      <ThreadScreen
        thread={open.thread}
        code={open.code}
        service={service}
        language={language}
        onDeleted={() => {
          setOpen(null);
          setDeleted(true);
        }}
      />
    );
  }
  return <RepliesScreen onOpen={(thread, code) => setOpen({ thread, code })} />;
}
