/// <reference types="vite/client" />

declare module "virtual:translation-status" {
  /** Translation status of each instrument text, by "<language>:<questionnaireId>" (scripts/vite/translation-status.ts). */
  const index: Record<string, string>;
  export default index;
}
