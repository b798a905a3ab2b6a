/// <reference types="vite/client" />

declare module "virtual:translation-status" {
  /** Translation status of each instrument text, by "<language>:<questionnaireId>" (scripts/vite/translation-status.ts). */
  const index: Record<string, string>;
  export default index;
}

declare module "virtual:language-endonyms" {
  /** Each UI language's name in itself, by language tag (scripts/vite/language-endonyms.ts). */
  const endonyms: Record<string, string>;
  export default endonyms;
}
