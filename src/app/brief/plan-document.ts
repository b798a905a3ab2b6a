/**
 * The plan as a small, self-contained HTML file (no script, no style, no link to load), in the
 * person's language and direction. Pure: the texts come in already translated.
 */
import type { Plan } from "./brief-store";

export type PlanDocumentText = {
  title: string;
  goalHeading: string;
  goal: string | null;
  notNow: string | null;
  reasonsHeading: string;
  situationsHeading: string;
  whenLabel: (number: number) => string;
  insteadLabel: (number: number) => string;
  supportHeading: string;
  serviceHeading: string;
  service: string | null;
  empty: string;
};

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

const paragraph = (text: string, empty: string): string => `<p>${escapeHtml(text.trim() === "" ? empty : text.trim())}</p>`;

export function planDocument(plan: Plan, text: PlanDocumentText, language: string, direction: "ltr" | "rtl"): string {
  const situations = plan.situations
    .map((situation, index) => ({ situation, number: index + 1 }))
    .filter(({ situation }) => situation.when.trim() !== "" || situation.instead.trim() !== "")
    .map(
      ({ situation, number }) =>
        `<li><p><strong>${escapeHtml(text.whenLabel(number))}:</strong> ${escapeHtml(situation.when.trim() || text.empty)}</p><p><strong>${escapeHtml(text.insteadLabel(number))}:</strong> ${escapeHtml(situation.instead.trim() || text.empty)}</p></li>`,
    );
  const body = [
    `<h1>${escapeHtml(text.title)}</h1>`,
    `<h2>${escapeHtml(text.goalHeading)}</h2>`,
    paragraph(text.goal ?? "", text.empty),
    ...(text.notNow === null ? [] : [paragraph(text.notNow, text.empty)]),
    `<h2>${escapeHtml(text.reasonsHeading)}</h2>`,
    paragraph(plan.reasons, text.empty),
    `<h2>${escapeHtml(text.situationsHeading)}</h2>`,
    situations.length === 0 ? paragraph("", text.empty) : `<ol>${situations.join("")}</ol>`,
    `<h2>${escapeHtml(text.supportHeading)}</h2>`,
    paragraph(plan.support, text.empty),
    `<h2>${escapeHtml(text.serviceHeading)}</h2>`,
    paragraph(text.service ?? "", text.empty),
  ];
  return `<!doctype html>\n<html lang="${escapeHtml(language)}" dir="${direction}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(text.title)}</title>\n</head>\n<body>\n${body.join("\n")}\n</body>\n</html>\n`;
}
