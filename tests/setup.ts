// Browser-like tests opt into jsdom per file with `// @vitest-environment jsdom`.
import { afterEach, expect } from "vitest";
import { takeMissingKeys } from "./support/missing-keys";

// A UI text key that t() did not find in the language being shown, in any test, in any
// language, also one built at run time: the person would have seen the raw key (issue 12).
afterEach(() => {
  expect(takeMissingKeys(), "UI text keys missing (namespace:key (language))").toEqual([]);
});
