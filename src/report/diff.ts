import type { Change } from "../engine/describe";
import type { Block } from "./blocks";

const AREA_TITLES: [Change["area"][], string][] = [
  [["identity", "profile"], "Identity and profile"],
  [["item", "option"], "Items, options and points"],
  [["score"], "Scores"],
  [["band"], "Bands (cut-offs)"],
  [["adjustment"], "Adjustments"],
  [["flag"], "Safety flags"],
  [["text"], "Wording"],
  [["licence", "citation", "notes"], "Licence, citations and notes"],
];

/** The changes from one version to another, grouped by what they touch, scoring changes counted first. */
export function diffBlocks(from: string, to: string, changes: readonly Change[]): Block[] {
  const scoring = changes.filter((change) => change.affectsScoring).length;
  const blocks: Block[] = [
    { kind: "heading", level: 1, text: `Changes from ${from} to ${to}` },
    {
      kind: "paragraph",
      text: changes.length === 0 ? "No differences." : `${changes.length} ${changes.length === 1 ? "change" : "changes"}, of which ${scoring} can change a person's score, band, adjustments or flags.`,
    },
  ];
  for (const [areas, title] of AREA_TITLES) {
    const group = changes.filter((change) => areas.includes(change.area));
    if (group.length === 0) continue;
    blocks.push({ kind: "heading", level: 2, text: title }, { kind: "list", ordered: false, items: group.map((c) => `${c.affectsScoring ? "[scoring] " : ""}${c.text}`) });
  }
  return blocks;
}
