import type { ReactNode } from "react";
import { CLINICIAN_TEXT } from "./text";
import type { Loaded } from "./use-loaded";

/** Shows "loading" or the failure, else the children for the loaded value. */
export function LoadState<T>({ loaded, children }: { loaded: Loaded<T>; children: (value: T) => ReactNode }) {
  if (loaded.state === "loading") return <p role="status">{CLINICIAN_TEXT.loading}</p>;
  if (loaded.state === "failed") {
    return (
      <div role="alert" className="notice">
        <p>{CLINICIAN_TEXT.loadFailed}</p>
        <p>{loaded.message}</p>
      </div>
    );
  }
  return <>{children(loaded.value)}</>;
}
