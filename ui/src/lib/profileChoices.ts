// The answer choices of the profile form. They must match the Rust side
// (`passage_app::{AGE_BANDS, SEXES, SECTORS}`), which refuses anything else.
export const ageBands = ["under-18", "18-24", "25-34", "35-44", "45-54", "55-plus"];
export const sexes = ["female", "male", "other", "unsaid"];
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
];
// Countries of origin in ASEAN, and the usual destinations; ZZ is "another country".
export const origins = ["KH", "ID", "LA", "MY", "MM", "PH", "TH", "VN", "ZZ"];
export const destinations = ["BN", "HK", "JP", "KR", "KW", "MY", "QA", "SA", "SG", "TW", "TH", "AE", "ZZ"];

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
