import type { Definition } from "../schema/definition";
import type { Change } from "./change";

/** Identity, profile, licence, citations and notes: what a version says about itself. */
export function diffMetadata(changes: Change[], a: Definition, b: Definition): void {
  const push = (area: Change["area"], text: string, affectsScoring = false) => changes.push({ area, affectsScoring, text });
  if (a.id !== b.id) push("identity", `These are different questionnaires: ${a.id} and ${b.id}.`);
  if (a.status !== b.status) push("identity", `Status changed from ${a.status} to ${b.status}.`);
  for (const field of ["name", "abbreviation", "period"] as const) {
    if (a.instrument[field] !== b.instrument[field]) push("identity", `Instrument ${field} changed from “${a.instrument[field] ?? "none"}” to “${b.instrument[field] ?? "none"}”.`);
  }
  if (a.profile.join() !== b.profile.join()) {
    push("profile", `The profile questions changed from ${a.profile.join(", ") || "none"} to ${b.profile.join(", ") || "none"}.`, true);
  }
  if (a.licence.status !== b.licence.status) push("licence", `Licence status changed from ${a.licence.status} to ${b.licence.status}.`);
  if (a.licence.terms !== b.licence.terms) push("licence", `Licence terms changed to: “${b.licence.terms}”.`);
  if (a.licence.source !== b.licence.source) push("licence", `Licence source changed from ${a.licence.source} to ${b.licence.source}.`);
  const citationKey = (citation: Definition["citations"][number]) => citation.doi ?? citation.url ?? citation.text;
  for (const citation of a.citations) {
    const now = b.citations.find((candidate) => citationKey(candidate) === citationKey(citation));
    if (now === undefined) push("citation", `Citation removed: ${citation.text}`);
    else if (now.text !== citation.text || now.supports !== citation.supports) push("citation", `Citation changed: ${now.text} (supports: ${now.supports}).`);
  }
  for (const citation of b.citations) {
    if (!a.citations.some((candidate) => citationKey(candidate) === citationKey(citation))) push("citation", `Citation added: ${citation.text} (supports: ${citation.supports}).`);
  }
  const removed = a.clinicianNotes.filter((note) => !b.clinicianNotes.includes(note));
  const added = b.clinicianNotes.filter((note) => !a.clinicianNotes.includes(note));
  for (const note of removed) push("notes", `Note for clinicians removed: “${note}”`);
  for (const note of added) push("notes", `Note for clinicians added: “${note}”`);
}
