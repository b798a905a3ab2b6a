import { useEffect, useId, useState } from "react";
import { Enrol } from "./Enrol";
import { Inbox } from "./Inbox";
import { SignIn } from "./SignIn";
import { ThreadView } from "./ThreadView";
import type { Session } from "./session";
import { CONSOLE_LANGUAGES, directionOf, isConsoleLanguage, TextsContext, type ConsoleLanguage } from "./texts";
import { consoleApi } from "./api";
import { parseInviteFragment } from "./team/links";
import { WorkplaceNav, type Room } from "./team/WorkplaceNav";
import { WorkplaceRoom } from "./team/WorkplaceRoom";

/** "#invite=<token>": the one-time link of `npm run console:invite` (server/invite.ts; a fragment, so the token never reaches a server log). */
export function inviteTokenOf(hash: string): string | null {
  return /^#invite=([A-Za-z0-9_-]{43})$/.exec(hash)?.[1] ?? null;
}

function firstLanguage(): ConsoleLanguage {
  const asked = new URLSearchParams(window.location.search).get("lang") ?? navigator.language.split("-")[0] ?? "en";
  return isConsoleLanguage(asked) ? asked : "en";
}

/**
 * The counsellor's console, first room (issue 17 item 5): sign-in, enrolment, inbox, reading
 * and replying. Screens are chosen here from plain state, so that issue 19's rooms (team,
 * devices, claim and assign, notes, handover, counts) can be added as further screens.
 */
export function ConsoleApp() {
  const [language, setLanguage] = useState<ConsoleLanguage>(firstLanguage);
  const [session, setSession] = useState<Session | null>(null);
  const [invite, setInvite] = useState(() => inviteTokenOf(window.location.hash) ?? parseInviteFragment(window.location.hash)?.token ?? null);
  const [transferKey] = useState(() => parseInviteFragment(window.location.hash)?.transferKey ?? null);
  const [room, setRoom] = useState<Room>("inbox");
  const [threadId, setThreadId] = useState<string | null>(null);
  const texts = CONSOLE_LANGUAGES[language];
  const selectId = useId();
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
  }, [language]);

  let screen;
  if (session === null && invite !== null) {
    screen = (
      <Enrol
        inviteToken={invite}
        transferKey={transferKey}
        onSession={(next) => {
          // The link is used up: take it out of the address bar and the history entry.
          history.replaceState(null, "", window.location.pathname + window.location.search);
          setInvite(null);
          setSession(next);
        }}
      />
    );
  } else if (session === null) screen = <SignIn onSession={setSession} />;
  else if (room !== "inbox") screen = <WorkplaceRoom room={room} session={session} />;
  else if (threadId !== null) screen = <ThreadView session={session} threadId={threadId} onBack={() => setThreadId(null)} />;
  else screen = <Inbox session={session} onOpen={setThreadId} />;

  return (
    <TextsContext.Provider value={{ language, texts }}>
      <header className="console-header">
        <p className="console-header__title">{texts.title}</p>
        <label htmlFor={selectId}>{texts.language}</label>{" "}
        <select id={selectId} value={language} onChange={(event) => isConsoleLanguage(event.target.value) && setLanguage(event.target.value)}>
          <option value="en" lang="en">
            English
          </option>
          <option value="ar" lang="ar">
            العربية
          </option>
        </select>
        {session !== null && (
          <button
            type="button"
            className="console-button console-button--secondary"
            onClick={() => {
              void consoleApi.logout().catch(() => undefined);
              setSession(null);
              setThreadId(null);
            }}
          >
            {texts.inbox.signOut}
          </button>
        )}
      </header>
      <main className="console-main">
        {session !== null && <WorkplaceNav session={session} room={room} onRoom={setRoom} />}
        {screen}
      </main>
    </TextsContext.Provider>
  );
}
