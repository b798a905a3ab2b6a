import { Fragment, type ReactNode } from "react";
// The Markdown/HTML printout and this page are laid out by the same pure block builders
// (src/report/, which imports nothing but the engine), so they cannot drift apart.
import type { Block } from "../../report/blocks";

/** Wide tables scroll sideways on a phone; the scrolling region is focusable so that keyboards can scroll it. */
function Table({ block }: { block: Extract<Block, { kind: "table" }> }) {
  return (
    <div className="clinician-table" tabIndex={0} role="region" aria-label={block.caption ?? block.header.join(", ")}>
      <table>
        {block.caption === undefined ? null : <caption>{block.caption}</caption>}
        <thead>
          <tr>
            {block.header.map((cell) => (
              <th key={cell} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, column) => (
                <td key={column}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function render(block: Block, key: number): ReactNode {
  switch (block.kind) {
    case "heading": {
      const Heading = `h${block.level}` as const;
      return <Heading key={key}>{block.text}</Heading>;
    }
    case "paragraph":
      return (
        <p key={key}>
          {block.strong === undefined ? null : <strong>{block.strong} </strong>}
          {block.text}
        </p>
      );
    case "list": {
      const List = block.ordered ? "ol" : "ul";
      return (
        <List key={key}>
          {block.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </List>
      );
    }
    case "table":
      return <Table key={key} block={block} />;
    case "definitions":
      return (
        <dl key={key} className="clinician-definitions">
          {block.rows.map(([term, value], index) => (
            <Fragment key={index}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
        </dl>
      );
    case "section-start":
    case "section-end":
      return null;
  }
}

/** Sections are opened and closed by marker blocks; they become <section> elements here. */
export function BlocksView({ blocks }: { blocks: readonly Block[] }) {
  const out: ReactNode[] = [];
  let section: { className: string; children: ReactNode[] } | null = null;
  blocks.forEach((block, index) => {
    if (block.kind === "section-start") {
      section = { className: block.className, children: [] };
      return;
    }
    if (block.kind === "section-end") {
      const open = section as { className: string; children: ReactNode[] } | null;
      if (open !== null)
        out.push(
          <section key={index} className={`clinician-${open.className}`}>
            {open.children}
          </section>,
        );
      section = null;
      return;
    }
    const node = render(block, index);
    const open = section as { className: string; children: ReactNode[] } | null;
    if (open === null) out.push(node);
    else open.children.push(node);
  });
  return <>{out}</>;
}
