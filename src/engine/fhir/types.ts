/**
 * The few FHIR R4 shapes the export writes, as plain types: the engine imports no FHIR library
 * (DESIGN.md: the engine imports nothing but zod). Tests check the output with a real validator.
 */
export type Extension =
  { url: string; valueDecimal: number } | { url: string; valueMarkdown: string } | { url: string; valueString: string } | { url: string; valueCode: string } | { url: string; extension: Extension[] };

/** The `_text`-style sibling that carries extensions on a primitive value. */
export type PrimitiveExtensions = { extension: Extension[] };

export type Coding = {
  system: string;
  code: string;
  display?: string;
  _display?: PrimitiveExtensions;
};

export type EnableWhen = { question: string; operator: "=" | "!="; answerCoding: Coding } | { question: string; operator: "exists"; answerBoolean: boolean };

export type QuestionnaireItem = {
  linkId: string;
  prefix?: string;
  text: string;
  _text?: PrimitiveExtensions;
  type: "choice";
  required?: boolean;
  extension?: Extension[];
  enableWhen?: EnableWhen[];
  enableBehavior?: "all" | "any";
  answerOption: { valueCoding: Coding; extension?: Extension[] }[];
};

export type Questionnaire = {
  resourceType: "Questionnaire";
  id: string;
  language: string;
  extension?: Extension[];
  url: string;
  version: string;
  name: string;
  title: string;
  status: "draft" | "active" | "retired";
  code?: { system: string; code: string }[];
  description?: string;
  _description?: PrimitiveExtensions;
  copyright: string;
  item: QuestionnaireItem[];
};

export type QuestionnaireResponse = {
  resourceType: "QuestionnaireResponse";
  language: string;
  questionnaire: string;
  status: "completed";
  item: { linkId: string; text?: string; answer: { valueCoding: Coding }[] }[];
};
