import { useCallback, useEffect, useMemo, useState } from "react";
import type { InboxEntry } from "../contact/api";
import { consoleApi } from "./api";
import { orderInbox } from "./inbox-order";
import type { Session } from "./session";
import { fill, useTexts } from "./texts";
import { useHeadingFocus } from "./use-heading-focus";
import { InboxSummary, useInboxKeys } from "./team/inbox-keys";

export function Inbox({ session, onOpen }: { session: Session; onOpen: (threadId: string) => void }) {
  const { texts, language } = useTexts();
  const heading = useHeadingFocus(texts.inbox.heading, texts.title);
  const [entries, setEntries] = useState<InboxEntry[] | null>(null);
  const [problem, setProblem] = useState("");
  const time = useMemo(() => new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short" }), [language]);
  const load = useCallback(() => {
    consoleApi
      .inbox()
      .then((inbox) => setEntries(orderInbox(inbox.threads)))
      .catch((error: unknown) => setProblem(fill(texts.error, { reason: error instanceof Error ? error.message : String(error) })));
  }, [texts]);
  useEffect(load, [load]);
  const help = useInboxKeys(load);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {texts.inbox.heading}
      </h1>
      {session.me.service.demo && <p className="console-demo">{texts.inbox.demo}</p>}
      <button type="button" className="console-button console-button--secondary" onClick={load}>
        {texts.inbox.refresh}
      </button>
      {problem !== "" && <p role="alert">{problem}</p>}
      <InboxSummary entries={entries} help={help} />
      {entries !== null && entries.length === 0 && <p>{texts.inbox.empty}</p>}
      {entries !== null && entries.length > 0 && (
        <ul className="console-inbox">
          {entries.map((entry) => (
            <li key={entry.threadId} className="console-inbox__entry">
              <button type="button" className="console-link" onClick={() => onOpen(entry.threadId)}>
                {fill(texts.inbox.open, { time: time.format(entry.createdAt) })}
              </button>
              <p>
                {entry.urgent && <strong className="console-tag">{texts.inbox.urgent}</strong>}
                {entry.overdue && <strong className="console-tag">{texts.inbox.overdue}</strong>}
                {entry.unread > 0 && <span className="console-tag">{fill(texts.inbox.unread, { count: entry.unread })}</span>}
              </p>
              <p className="console-meta">
                {entry.waitingSince !== null ? fill(texts.inbox.waiting, { time: time.format(entry.waitingSince) }) : fill(texts.inbox.lastMessage, { time: time.format(entry.lastMessageAt) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
