/**
 * The first script's screens, from the page's data block and the wizard's one screen model
 * (src/wizard/screen.ts): the words come from the data block, every rule from the model.
 * tests/app/first-script.test.tsx builds its screens with this too.
 */
import type { Answers } from "../engine/types";
import type { FirstPageData } from "../wizard/page-data";
import { documentTitle, questionScreen } from "../wizard/screen";
import type { Screen } from "./dom";

export type PageData = Omit<FirstPageData, "app" | "preload">;

/** Fills {{name}} in a label written at build time (the app uses i18next for the same labels). */
export const fill = (template: string, values: Record<string, number>): string => template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ""));

const definitionOf = (data: PageData) => ({ items: data.items, profile: data.profile });

/** The sex question, after the questions: always a Back (to the last question), always "See my result". */
export function sexScreen(data: PageData): Screen {
  const { sex } = data.labels;
  return { name: "sex", caption: sex.caption, progress: null, legend: sex.legend, hint: sex.why, options: sex.options, submitLabel: data.labels.seeResult, hasBack: true, firstQuestion: false };
}

/** A question as the first script shows it: the page a person landed on, so question 1 has its own parts and no Back. */
export function questionScreenOf(data: PageData, answers: Answers, itemId: string, selected: string | null): Screen {
  const model = questionScreen(definitionOf(data), answers, itemId, { landedHere: true });
  const item = data.items.find((candidate) => candidate.id === itemId);
  const text = data.text.items[itemId];
  return {
    name: itemId,
    caption: fill(data.labels.progress, { position: model?.position ?? 0, total: model?.total ?? 0 }),
    progress: model?.progress ?? null,
    legend: text?.text ?? itemId,
    hint: null,
    options: (item?.options ?? []).map((id) => ({ id, label: text?.options[id] ?? id })),
    submitLabel: model?.submitFor(selected) === "see-result" ? data.labels.seeResult : data.labels.next,
    hasBack: model?.hasBack ?? true,
    // On the landing page the intro and the landing parts come and go together (one group in the markup).
    firstQuestion: model?.showsLandingParts ?? false,
  };
}

/** The document title of a question, or of the sex question before the result. */
export function titleOf(data: PageData, answers: Answers, itemId: string | null): string {
  if (itemId === null) return documentTitle(data.labels.beforeResultTitle, data.labels.appName);
  const model = questionScreen(definitionOf(data), answers, itemId, { landedHere: true });
  return documentTitle(fill(data.labels.questionTitle, { position: model?.position ?? 0, total: model?.total ?? 0 }), data.labels.appName);
}
