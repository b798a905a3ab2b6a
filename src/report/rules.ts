import type { RulesDocument, WorkedExample } from "../engine/describe";
import type { Block } from "./blocks";

function identity(doc: RulesDocument): Block[] {
  const rows: [string, string][] = [
    ["Questionnaire", doc.key],
    ["Instrument", `${doc.instrument.name} (${doc.instrument.abbreviation})`],
    ["Status", doc.statusText],
    ["Schema version", String(doc.schemaVersion)],
  ];
  if (doc.instrument.period !== undefined) rows.push(["Time frame", doc.instrument.period]);
  rows.push(["Licence", `${doc.licence.statusText} (${doc.licence.status})`]);
  return [
    { kind: "heading", level: 1, text: `${doc.instrument.abbreviation} ${doc.version}: scoring rules` },
    { kind: "paragraph", text: `${doc.title}. Generated from questionnaires/${doc.id}/${doc.version}.json, the file the engine scores from.` },
    { kind: "definitions", rows },
  ];
}

function provenance(doc: RulesDocument): Block[] {
  return [
    { kind: "heading", level: 2, text: "Licence" },
    { kind: "paragraph", strong: `${doc.licence.statusText}.`, text: doc.licence.terms },
    { kind: "paragraph", text: `Source: ${doc.licence.source}` },
    { kind: "heading", level: 2, text: "Citations" },
    {
      kind: "list",
      ordered: true,
      items: doc.citations.map((c) => `${c.text}${c.doi === undefined ? "" : ` doi:${c.doi}`}${c.url === undefined ? "" : ` ${c.url}`} — supports: ${c.supports}`),
    },
    { kind: "heading", level: 2, text: "Notes for clinicians" },
    { kind: "paragraph", text: "Decisions taken and open questions. Please read these first." },
    { kind: "list", ordered: true, items: doc.clinicianNotes },
  ];
}

function items(doc: RulesDocument): Block[] {
  const blocks: Block[] = [{ kind: "heading", level: 2, text: "Items, options and points" }];
  if (doc.profile.length > 0) blocks.push({ kind: "paragraph", strong: "Asked first:", text: doc.profile.map((p) => p.text).join("; ") });
  for (const item of doc.items) {
    blocks.push(
      { kind: "heading", level: 3, text: `Item ${item.number} (${item.id})${item.text === undefined ? "" : `: ${item.text}`}` },
      { kind: "paragraph", text: item.showIf === undefined ? "Always shown." : `Shown only if ${item.showIf.words}.` },
      { kind: "table", header: ["Option", "Stored as", "Points"], rows: item.options.map((o) => [o.label, o.id, o.points]) },
    );
  }
  return blocks;
}

function scoresAndBands(doc: RulesDocument): Block[] {
  const blocks: Block[] = [{ kind: "heading", level: 2, text: "Scores" }];
  for (const score of doc.scores) {
    blocks.push({
      kind: "definitions",
      rows: [
        ["Score", score.id],
        ["Formula", score.formula],
        ["Missing answers", `${score.missing}: ${score.missingText}`],
        ["Reachable range", `${score.range.min} to ${score.range.max}, computed from the points`],
      ],
    });
  }
  blocks.push({ kind: "heading", level: 2, text: "Bands (cut-offs)" }, { kind: "paragraph", text: "Bounds are inclusive. Bands are listed from lowest to highest risk." });
  for (const set of doc.bands) {
    for (const variant of set.variants) {
      blocks.push({
        kind: "table",
        caption: `${set.score}, for ${variant.appliesTo}`,
        header: ["Band", "Score", "Shown to the person as", "Services shown first"],
        rows: variant.bands.map((band) => [band.id, band.rangeText, band.label ?? band.feedback, `${band.referralText} (${band.referralTier})`]),
      });
    }
    if (set.sexNotGiven !== undefined) blocks.push({ kind: "paragraph", strong: "Sex not given:", text: set.sexNotGiven });
  }
  return blocks;
}

function rules(doc: RulesDocument): Block[] {
  const blocks: Block[] = [{ kind: "heading", level: 2, text: "Adjustments" }];
  if (doc.adjustments.length === 0) blocks.push({ kind: "paragraph", text: "None: the band always follows the cut-offs." });
  for (const rule of doc.adjustments) {
    blocks.push(
      { kind: "heading", level: 3, text: rule.id },
      {
        kind: "definitions",
        rows: [
          ["When", rule.when],
          ["Then", rule.action],
          ["Why", rule.rationale],
        ],
      },
    );
  }
  blocks.push({ kind: "heading", level: 2, text: "Safety flags" });
  if (doc.flags.length === 0) blocks.push({ kind: "paragraph", text: "None." });
  for (const rule of doc.flags) {
    const rows: [string, string][] = [
      ["When", rule.when],
      ["Then", rule.action],
    ];
    if (rule.messageText !== undefined) rows.push(["Message (English)", rule.messageText]);
    rows.push(["Why", rule.rationale]);
    blocks.push({ kind: "heading", level: 3, text: rule.id }, { kind: "definitions", rows });
  }
  return blocks;
}

function translations(doc: RulesDocument): Block[] {
  return [
    { kind: "heading", level: 2, text: "Translations" },
    {
      kind: "table",
      header: ["Language", "Status", "Source", "Missing texts"],
      rows: doc.translations.map((t) => [t.language, t.statusText, [t.source, t.citation].filter((s) => s !== undefined).join(" — "), t.missing.length === 0 ? "none" : t.missing.join(", ")]),
    },
  ];
}

function example(example: WorkedExample): Block[] {
  const engine = example.engine.ok
    ? [
        ...example.engine.scores.map((s) => `${s.arithmetic} → ${s.bandFromCutoffs}${s.band === s.bandFromCutoffs ? "" : `, raised to ${s.band}`}`),
        `adjustments: ${example.engine.adjustments.join(", ") || "none"}`,
        `flags: ${example.engine.flags.join(", ") || "none"}`,
        ...example.engine.notices.map((n) => `notice: ${n}`),
      ]
    : [`refused: ${example.engine.problems.join(", ")}`];
  return [
    { kind: "section-start", className: "example" },
    { kind: "heading", level: 3, text: `${example.pass ? "PASS" : "FAIL"}: ${example.name}` },
    {
      kind: "definitions",
      rows: [
        ["Profile", example.profile],
        ["Answers", example.answers.map((a) => `item ${a.number} “${a.label}” (${a.points ?? "?"})`).join("; ") || "none"],
        ["Worked by hand", example.handArithmetic],
        ["Expected", example.expected],
        ["Engine", engine.join("; ")],
        ...(example.failures.length > 0 ? ([["Differences", example.failures.join("; ")]] as [string, string][]) : []),
      ],
    },
    { kind: "section-end" },
  ];
}

function examples(doc: RulesDocument): Block[] {
  const blocks: Block[] = [{ kind: "heading", level: 2, text: "Worked examples" }];
  const state = doc.examples;
  if (state.state === "none") return [...blocks, { kind: "paragraph", text: "No worked examples are available for this questionnaire." }];
  if (state.state === "other-versions")
    return [...blocks, { kind: "paragraph", text: `The worked examples are written for version ${state.versions.join(", ")}, not ${doc.version}; they were not run.` }];
  blocks.push({ kind: "paragraph", text: `Each example was run through the engine while this page was made: ${state.passed} passed, ${state.failed} failed.` });
  return [...blocks, ...state.cases.flatMap(example)];
}

/** The rules page as blocks, in reading order for a clinical sign-off. */
export function rulesBlocks(doc: RulesDocument): Block[] {
  return [...identity(doc), ...provenance(doc), ...items(doc), ...scoresAndBands(doc), ...rules(doc), ...translations(doc), ...examples(doc)];
}
