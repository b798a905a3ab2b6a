import { CLINICIAN_TEXT } from "./text";

/** "Print this page", below a rules page (the print stylesheet leaves the button out). */
export function PrintButton() {
  return (
    <p className="no-print">
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        {CLINICIAN_TEXT.rules.print}
      </button>
    </p>
  );
}
