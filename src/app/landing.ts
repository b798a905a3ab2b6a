/**
 * Which page a person landed on. Country pages are `/<cc>/` (the country's first language) and
 * `/<cc>/<lang>/`, like drughelp.eu's country paths; every other path is the chooser at `/`.
 * The path names a country and a language, never anything the person answered.
 */
export type Landing = { countryCode: string; language: string | null };

const COUNTRY_PATH = /^\/([a-z]{2})\/(?:([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\/)?$/;

export function landingFromPath(pathname: string): Landing | null {
  const match = COUNTRY_PATH.exec(pathname.endsWith("/") ? pathname : `${pathname}/`);
  if (match === null) return null;
  return { countryCode: (match[1] ?? "").toUpperCase(), language: match[2] ?? null };
}

/** The path of a country page: `/mk/` for its first language, `/mk/sq/` for another. */
export function countryPagePath(countryCode: string, language: string | null): string {
  const country = countryCode.toLowerCase();
  return language === null ? `/${country}/` : `/${country}/${language}/`;
}

/** The pre-rendered pages beside a country page that work without script: its help page and the page for relatives. */
export type SidePage = "help" | "others";

/** `/mk/sq/help/`, `/mk/sq/others/`: always with the language, so that the page is in one language. */
export function sidePagePath(countryCode: string, language: string, page: SidePage): string {
  return `${countryPagePath(countryCode, language)}${page}/`;
}
