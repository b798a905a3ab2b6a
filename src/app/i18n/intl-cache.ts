/**
 * Intl formatters are slow to construct (each loads locale data) and the result screen needs
 * several dates and language names at once: on a throttled phone the constructions alone
 * were a visible part of the time from the last answer to the result. One instance per locale
 * is kept for the page's lifetime; the cache holds nothing about the person.
 */
function perLocale<T>(make: (locale: string) => T): (locale: string) => T {
  const made = new Map<string, T>();
  return (locale) => {
    let instance = made.get(locale);
    if (instance === undefined) {
      instance = make(locale);
      made.set(locale, instance);
    }
    return instance;
  };
}

export const dateFormat = perLocale((locale) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }));
export const monthFormat = perLocale((locale) => new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", timeZone: "UTC" }));
export const languageNames = perLocale((locale) => new Intl.DisplayNames([locale], { type: "language" }));
export const collator = perLocale((locale) => new Intl.Collator(locale));
