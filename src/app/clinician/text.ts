/**
 * The clinician pages' own words. They are English only, on purpose: the rules, the diff and
 * the decoder print sentences that the engine writes in English (src/engine/describe) from the
 * definition, for clinical sign-off, so translating only the frame around them would give a
 * page in two languages. The pages are marked lang="en" so that screen readers read them as
 * English whatever the self-check's language. The one link to them from the self-check is
 * translated (common.json: footer.clinicians).
 */
export const CLINICIAN_TEXT = {
  nav: {
    label: "Pages for clinicians",
    rules: "Scoring rules",
    diff: "Compare versions",
    decode: "Decode a result code",
    back: "Back to the self-check",
    skip: "Skip to content",
  },
  loading: "Loading…",
  loadFailed: "This page could not be loaded:",
  index: {
    title: "Scoring rules for clinicians",
    lead: "Every rule of every questionnaire version, generated from the same definition files the self-check scores from. Each page can be printed for sign-off.",
    printHint: "The same pages, as Markdown or printable HTML: npm run rules -- <id@version> --format md|html",
    aboutYourUse: "Questions about use after the result: which advice each answer brings up",
  },
  rules: {
    unknown: (key: string) => `There is no questionnaire version ${key} in this copy of the tool.`,
    print: "Print this page",
    skippedLocales: "Some translations could not be read and are left out:",
  },
  diff: {
    title: "Compare two versions",
    lead: "What changed from one version of a questionnaire to another, in plain words. Wording is compared with the current text files.",
    from: "From version",
    to: "To version",
    compare: "Compare",
    onlyOne:
      "Each questionnaire in this copy of the tool has a single version, so there is nothing to compare yet; comparing two different questionnaires lists every difference. The command line compares test fixtures too: npm run rules:diff -- dudit@1.0.0 dudit@2.0.0 --root tests/fixtures/versions",
  },
  decode: {
    title: "Decode a result code",
    lead: "Paste or type the code a person shows you from their result. It is decoded here, on this device; nothing is sent anywhere and the code is not kept.",
    label: "Result code",
    hint: "For example DUDIT-1.0.0-242112345123-2612-09AK (older codes have no month: DUDIT-1.0.0-242112345123-1YT6). Letters may be in either case.",
    submit: "Decode",
    errorTitle: "This code cannot be read",
    questionnaire: "Questionnaire",
    rulesLink: "Scoring rules for this version",
    profile: "Profile",
    noProfile: "none asked",
    month: "Month of the check",
    monthNotRecorded: "not recorded (a code made before months were added)",
    notProof:
      "A result code records what the person answered, as they entered it: it is their own report, not a proof of it. Its last group only catches typing mistakes; anyone can make a valid code with other answers.",
    sex: "Sex",
    answers: "Answers",
    item: "Item",
    question: "Question",
    answer: "Answer",
    points: "Points",
    notShown: "not shown (skipped by earlier answers)",
    scores: "Scores",
    score: "Score",
    value: "Value",
    range: "Reachable range",
    band: "Band",
    bandFromCutoffs: "Band from the cut-offs alone",
    referral: "Services shown first",
    sum: "Sum",
    rules: "Rules that fired",
    noRules: "No adjustment or safety flag fired.",
    adjustment: (id: string, from: string, to: string) => `Adjustment ${id}: band raised from ${from} to ${to}.`,
    cappedAdjustment: (id: string) => `Adjustment ${id}: its condition holds, but the band is already the highest.`,
    flag: (id: string) => `Safety flag ${id}: the person was shown this message:`,
    lowerCutoff: (score: string, sex: string) =>
      `Sex not given or neither female nor male: for ${score} the cut-offs for ${sex} (the lower, more sensitive ones) were applied, and the person was told so.`,
  },
} as const;
