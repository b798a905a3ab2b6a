/** Text for an HTML element or attribute. */
export function html(text: string | number): string {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Text for a Markdown table cell: no pipes or line breaks may end the cell early. */
export function cell(text: string | number): string {
  return String(text).replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** A Markdown table from a header row and body rows. */
export function mdTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.map(cell).join(" | ")} |`;
  return [line(header), `| ${header.map(() => "---").join(" | ")} |`, ...rows.map(line)].join("\n");
}

/** An HTML table from a header row and body rows (cells are escaped). */
export function htmlTable(header: readonly string[], rows: readonly (readonly (string | number)[])[], caption?: string): string {
  const head = `<thead><tr>${header.map((h) => `<th scope="col">${html(h)}</th>`).join("")}</tr></thead>`;
  const body = `<tbody>${rows.map((row) => `<tr>${row.map((c) => `<td>${html(c)}</td>`).join("")}</tr>`).join("\n")}</tbody>`;
  return `<table>${caption === undefined ? "" : `<caption>${html(caption)}</caption>`}${head}\n${body}</table>`;
}
