// The answer choices of the profile form. They must match the Rust side
// (`passage_app::{AGE_BANDS, SEXES, SECTORS}`), which refuses anything else.
import type { Translate } from "./i18n";

export const ageBands = ["under-18", "18-24", "25-34", "35-44", "45-54", "55-plus"] as const;
export const sexes = ["female", "male", "other", "unsaid"] as const;
export const sectors = [
  "domestic-work",
  "care-work",
  "construction",
  "manufacturing",
  "agriculture",
  "fishing",
  "hospitality",
  "other",
  "unsaid",
] as const;
export type AgeBand = (typeof ageBands)[number];
export type Sex = (typeof sexes)[number];
export type Sector = (typeof sectors)[number];

const isOne = <T extends string>(choices: readonly T[], code: string): code is T =>
  (choices as readonly string[]).includes(code);

/** An answer code in words; a code this version does not know stays as it is. */
export const sexWord = (t: Translate, code: string) => (isOne(sexes, code) ? t(`sex-${code}`) : code);
/** See `sexWord`. */
export const ageWord = (t: Translate, code: string) => (isOne(ageBands, code) ? t(`age-${code}`) : code);
/** See `sexWord`. */
export const sectorWord = (t: Translate, code: string) =>
  isOne(sectors, code) ? t(`sector-${code}`) : code;

// Countries of origin in ASEAN, and the usual destinations; ZZ is "another country".
export const origins = ["KH", "ID", "LA", "MY", "MM", "PH", "TH", "VN", "ZZ"] as const;
export const destinations = ["BN", "HK", "JP", "KR", "KW", "MY", "QA", "SA", "SG", "TW", "TH", "AE", "ZZ"] as const;

/** Every country with a `country-<code>` message (CLDR names, in `learners.ftl`). */
const named: readonly Exclude<(typeof origins | typeof destinations)[number], "ZZ">[] = [...origins, ...destinations].filter(
  (c) => c !== "ZZ",
);

/** A country code in words, from the same messages the hub and the exports use; see `sexWord`. */
export const countryWord = (t: Translate, code: string) =>
  code === "ZZ"
    ? t("country-other")
    : isOne(named, code)
      ? t(`country-${code.toLowerCase() as Lowercase<typeof code>}`)
      : code;

/** Names countries in `locale` (English when the system cannot), `ZZ` as `other`. */
export function countryNamer(locale: string, other: string): (code: string) => string {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale, "en"], { type: "region" });
  } catch {
    names = null;
  }
  return (code) => (code === "ZZ" ? other : (names?.of(code) ?? code));
}
