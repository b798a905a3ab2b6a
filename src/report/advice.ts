import type { AdviceRulesDocument } from "../engine/describe/advice";
import type { Block } from "./blocks";

const source = (entry: AdviceRulesDocument["messages"][number]["sources"][number]): string => `${entry.publisher}, ${entry.title}${entry.year === undefined ? "" : ` (${entry.year})`}, ${entry.url}`;

/** The about-your-use rules page as blocks, rendered to Markdown, HTML or React like the scoring rules. */
export function adviceRulesBlocks(doc: AdviceRulesDocument): Block[] {
  return [
    { kind: "heading", level: 1, text: `About your use (${doc.key}) and advice (${doc.adviceKey})` },
    {
      kind: "paragraph",
      text: "Optional questions shown after the result. Every question may be skipped. The answers never change a score or a band: they only choose which advice messages are shown, and stay in the page's memory.",
    },
    { kind: "heading", level: 2, text: "What each answer brings up" },
    ...doc.questions.map((question): Block => ({
      kind: "table",
      caption: `${question.id}: ${question.label} (${question.kind === "multiple" ? "any number of options" : "one option at most"})`,
      header: ["Answer", "Stored id", "Advice it can bring up"],
      rows: question.options.map((option) => [option.label, option.id, option.triggers.length === 0 ? "none" : option.triggers.join(", ")]),
    })),
    {
      kind: "paragraph",
      text: 'A message with more than one condition also needs its other conditions (see "Shown when" below).',
    },
    { kind: "heading", level: 2, text: "Advice messages" },
    ...doc.messages.flatMap((message): Block[] => [
      { kind: "heading", level: 3, text: message.id },
      {
        kind: "definitions",
        rows: [
          ["Kind", message.kind],
          ["Shown when", message.whenText],
          ["Text (English)", message.text],
        ],
      },
      { kind: "list", ordered: false, items: message.sources.map(source) },
    ]),
  ];
}
