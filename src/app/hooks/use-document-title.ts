import { useEffect } from "react";

/** The title says where the person is (never what they answered). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
