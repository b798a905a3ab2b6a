/**
 * Whether a plural form stands for exactly one number in a language (Arabic "zero", "one" and
 * "two"; not Serbian "one", which is also 21, 31, …). Its text may then say the number in words,
 * as Arabic does with the dual ("بنقطتين", by two points), instead of writing {{count}}.
 */
export function formOfOneNumber(language: string, form: string): boolean {
  let rules: Intl.PluralRules;
  try {
    rules = new Intl.PluralRules(language);
  } catch {
    return false;
  }
  let numbers = 0;
  for (let count = 0; count <= 1000; count++) if (rules.select(count) === form && ++numbers > 1) return false;
  return numbers === 1;
}
