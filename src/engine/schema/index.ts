/**
 * The zod schemas of the content files, for the CLIs, the build and the tests. The browser app
 * never imports this file (tests/engine/bundle.test.ts): it gets validated content and uses the
 * runtime API and types of src/engine/index.ts, which loads no zod.
 */
export * from "./condition";
export * from "./definition";
export * from "./questionnaire-locale";
export * from "./vectors";
export * from "./country";
export * from "./about-your-use";
export * from "./advice";
export * from "./contact";
