import { useEffect } from "react";

/** The title says where the person is (never what they answered). null leaves it to another page. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    if (title !== null) document.title = title;
  }, [title]);
}
