import { useState } from "react";
import { fill, useTexts } from "../texts";
import { useHeadingFocus } from "../use-heading-focus";
import { makeLink } from "./links";
import { useWorkplaceTexts } from "./texts";

/** Any counsellor: a one-time link that adds their next device (second passkey, key re-wrapped). */
export function Devices() {
  const { texts: base } = useTexts();
  const { texts } = useWorkplaceTexts();
  const heading = useHeadingFocus(texts.devices.heading, base.title);
  const [link, setLink] = useState("");
  const [status, setStatus] = useState("");
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {texts.devices.heading}
      </h1>
      <p>{texts.devices.intro}</p>
      <button
        type="button"
        className="console-button"
        onClick={() => {
          setStatus(texts.team.passkeyAgain);
          makeLink("device").then(
            (made) => {
              setLink(made);
              setStatus("");
            },
            (error: unknown) => setStatus(fill(base.error, { reason: error instanceof Error ? error.message : String(error) })),
          );
        }}
      >
        {texts.devices.add}
      </button>
      <p role="status">{status}</p>
      {link !== "" && (
        <>
          <p>{texts.devices.link}</p>
          <p className="console-words" dir="ltr">
            <code>{link}</code>
          </p>
        </>
      )}
    </>
  );
}
