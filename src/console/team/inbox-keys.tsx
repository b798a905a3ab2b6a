import { useEffect, useState } from "react";
import type { InboxEntry } from "../../contact/api";
import { fill } from "../texts";
import { useWorkplaceTexts } from "./texts";

/** Is the key press meant for a text field? Then shortcuts stay out of the way. */
const typing = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * Inbox shortcuts (single keys, as in mail clients): j / k move focus to the next or previous
 * conversation, Enter opens it (it is a button), r refreshes, ? shows the help. No modifier
 * combinations, so nothing collides with the browser's or a screen reader's own keys in browse
 * mode (those send keys to the page only in focus mode, where these are plain letters).
 */
export function useInboxKeys(refresh: () => void): boolean {
  const [help, setHelp] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
      const links = [...document.querySelectorAll<HTMLButtonElement>(".console-inbox .console-link")];
      const at = links.indexOf(document.activeElement as HTMLButtonElement);
      if (event.key === "j" || event.key === "k") {
        const next = links[event.key === "j" ? Math.min(links.length - 1, at + 1) : Math.max(0, at - 1)];
        next?.focus();
        event.preventDefault();
      } else if (event.key === "r") {
        refresh();
        event.preventDefault();
      } else if (event.key === "?") {
        setHelp((shown) => !shown);
        event.preventDefault();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [refresh]);
  return help;
}

/** How many wait longer than the promise, and the shortcut help when asked for. */
export function InboxSummary({ entries, help }: { entries: InboxEntry[] | null; help: boolean }) {
  const { texts } = useWorkplaceTexts();
  const overdue = entries?.filter((e) => e.overdue).length ?? 0;
  return (
    <>
      {overdue > 0 && <p className="console-tag">{fill(texts.counts.overdue, { count: overdue })}</p>}
      {!help && <p className="console-meta">{texts.keys.help}</p>}
    </>
  );
}
