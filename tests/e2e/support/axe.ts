import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** WCAG 2.0, 2.1 and 2.2, levels A and AA (axe has no separate wcag22a tag). */
export const WCAG_TAGS: readonly string[] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: string; readonly failureSummary: string }[];
}

/** Injects plain axe-core into the page and returns its violations for the WCAG A+AA tags. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const present = await page.evaluate(() => "axe" in window);
  // Evaluated through the DevTools protocol, not as an inline <script>: the page's CSP forbids
  // inline scripts, and a test must not weaken the policy it checks.
  if (!present) await page.evaluate(axeSource);
  return page.evaluate(
    async (tags) => {
      type AxeNode = { target: unknown[]; failureSummary?: string };
      type AxeResult = { id: string; impact?: string | null; help: string; nodes: AxeNode[] };
      const axe = (
        window as unknown as {
          axe: { run(context: Document, options: object): Promise<{ violations: AxeResult[] }> };
        }
      ).axe;
      const results = await axe.run(document, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations"],
      });
      return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        nodes: violation.nodes.map((node) => ({
          target: node.target.map(String).join(" "),
          failureSummary: node.failureSummary ?? "",
        })),
      }));
    },
    [...WCAG_TAGS],
  );
}

/** One line per violation and node, for assertion messages and the report. */
export function formatViolations(violations: readonly AxeViolation[]): string {
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact ?? "?"}) at ${n.target}: ${v.help}`)).join("\n");
}
