import type { Block } from "./blocks";
import { html, htmlTable } from "./escape";

/** The blocks as HTML elements, without a page around them. */
export function toHtmlBody(blocks: readonly Block[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case "heading":
        parts.push(`<h${block.level}>${html(block.text)}</h${block.level}>`);
        break;
      case "paragraph":
        parts.push(`<p>${block.strong === undefined ? "" : `<strong>${html(block.strong)}</strong> `}${html(block.text)}</p>`);
        break;
      case "list": {
        const tag = block.ordered ? "ol" : "ul";
        parts.push(`<${tag}>${block.items.map((item) => `<li>${html(item)}</li>`).join("\n")}</${tag}>`);
        break;
      }
      case "table":
        parts.push(htmlTable(block.header, block.rows, block.caption));
        break;
      case "definitions":
        parts.push(`<dl>${block.rows.map(([term, value]) => `<dt>${html(term)}</dt><dd>${html(value)}</dd>`).join("\n")}</dl>`);
        break;
      case "section-start":
        parts.push(`<section class="${html(block.className)}">`);
        break;
      case "section-end":
        parts.push("</section>");
        break;
    }
  }
  return parts.join("\n");
}

/**
 * A standalone HTML file: no script, no external resource, an embedded stylesheet that prints
 * as a clean A4 document (tables kept whole where they fit, links written out).
 */
export function toHtmlDocument(title: string, blocks: readonly Block[]): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(title)}</title>
<style>
${STYLESHEET}
</style>
</head>
<body>
<main>
${toHtmlBody(blocks)}
</main>
</body>
</html>
`;
}

const STYLESHEET = `:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.45; color: #1b1b1b; background: #fff; margin: 0; }
main { max-inline-size: 60rem; margin-inline: auto; padding: 1.5rem; }
h1 { font-size: 1.8rem; margin-block: 0 0.5rem; }
h2 { font-size: 1.35rem; margin-block: 2rem 0.5rem; border-block-end: 1px solid #b1b4b6; padding-block-end: 0.25rem; }
h3 { font-size: 1.1rem; margin-block: 1.25rem 0.4rem; }
table { border-collapse: collapse; inline-size: 100%; margin-block: 0.5rem 1rem; font-size: 0.95rem; }
caption { text-align: start; font-weight: 600; padding-block-end: 0.25rem; }
th, td { border: 1px solid #b1b4b6; padding-block: 0.3rem; padding-inline: 0.5rem; text-align: start; vertical-align: top; }
th { background: #f3f2f1; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
.pass { font-weight: 600; }
.fail { font-weight: 700; text-decoration: underline; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-inline-size: none; padding: 0; }
  h1, h2, h3 { break-after: avoid; }
  table, dl, li, .example { break-inside: avoid; }
  thead { display: table-header-group; }
  th { background: none; }
}`;
