import { useEffect, useRef } from "react";

/** Focuses a new screen's heading and names the page after it. */
export function useHeadingFocus(heading: string, title: string) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${heading} – ${title}`;
    ref.current?.focus();
  }, [heading, title]);
  return ref;
}
