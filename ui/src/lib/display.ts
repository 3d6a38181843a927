// How the app looks on this laptop: text size, high contrast, and numbers
// in the digits of the UI language where people use them. These are
// display preferences of the device, not personal data, so they live in the
// webview's local storage and apply to every profile.

export const TEXT_STEPS = [1, 1.15, 1.3, 1.5, 1.75] as const;

export type Display = { step: number; contrast: boolean; nativeDigits: boolean };

/** The languages with digits of their own, and the Unicode numbering system of each. */
export const NATIVE_DIGITS: Record<string, string> = { th: "thai", km: "khmr", my: "mymr", lo: "laoo" };

/**
 * The locale numbers are formatted in: `km-u-nu-khmr` when native digits are
 * on, `km-u-nu-latn` (0–9) when they are off. Saying `latn` matters: Burmese
 * numbers default to Myanmar digits, and the button must be able to turn them off.
 */
export function numberLocale(locale: string, nativeDigits: boolean): string {
  const system = NATIVE_DIGITS[locale];
  return system ? `${locale}-u-nu-${nativeDigits ? system : "latn"}` : locale;
}

/** "០១២…" for a language with digits of its own (the button shows them). */
export function digitSample(locale: string): string | null {
  const system = NATIVE_DIGITS[locale];
  return system ? new Intl.NumberFormat(`${locale}-u-nu-${system}`, { useGrouping: false }).format(123) : null;
}

const KEY = "passage.display";

export function loadDisplay(storage: Pick<Storage, "getItem"> = localStorage): Display {
  try {
    const raw = JSON.parse(storage.getItem(KEY) ?? "{}") as Partial<Display>;
    const step = Number.isInteger(raw.step) ? Math.min(Math.max(raw.step ?? 0, 0), TEXT_STEPS.length - 1) : 0;
    return { step, contrast: raw.contrast === true, nativeDigits: raw.nativeDigits === true };
  } catch {
    return { step: 0, contrast: false, nativeDigits: false };
  }
}

export function saveDisplay(display: Display, storage: Pick<Storage, "setItem"> = localStorage) {
  storage.setItem(KEY, JSON.stringify(display));
}

/** Applies the preferences to the page: root font size and a theme attribute. */
export function applyDisplay(display: Display, root: HTMLElement = document.documentElement) {
  root.style.fontSize = `${17 * (TEXT_STEPS[display.step] ?? 1)}px`;
  if (display.contrast) root.dataset.theme = "contrast";
  else delete root.dataset.theme;
}
