import type { Block } from "./blocks";
import { mdTable } from "./escape";

/** The blocks as Markdown (GitHub tables; no HTML). */
export function toMarkdown(blocks: readonly Block[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case "heading":
        parts.push(`${"#".repeat(block.level)} ${block.text}`);
        break;
      case "paragraph":
        parts.push(block.strong === undefined ? block.text : `**${block.strong}** ${block.text}`);
        break;
      case "list":
        parts.push(block.items.map((item, index) => `${block.ordered ? `${index + 1}.` : "-"} ${item}`).join("\n"));
        break;
      case "table":
        parts.push(`${block.caption === undefined ? "" : `*${block.caption}*\n\n`}${mdTable(block.header, block.rows)}`);
        break;
      case "definitions":
        parts.push(block.rows.map(([term, value]) => `- **${term}:** ${value}`).join("\n"));
        break;
      case "section-start":
      case "section-end":
        break;
    }
  }
  return `${parts.join("\n\n")}\n`;
}
