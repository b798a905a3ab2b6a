/**
 * A document as a few kinds of block, so that one layout of the rules page renders both to
 * Markdown and to HTML without drifting apart.
 */
export type Block =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "paragraph"; text: string; strong?: string }
  | { kind: "list"; ordered: boolean; items: string[] }
  | { kind: "table"; header: string[]; rows: (string | number)[][]; caption?: string }
  | { kind: "definitions"; rows: [string, string][] }
  | { kind: "section-start"; className: string }
  | { kind: "section-end" };
