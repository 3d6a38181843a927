// UI messages: the same locales/<lang>/*.ftl files the Rust side reads,
// bundled at build time, formatted with @fluent/bundle. A message missing in
// the learner's language falls back to English, message by message.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { Pattern } from "@fluent/bundle/esm/ast";
import type { MessageId } from "./bindings/MessageId";

const sources = import.meta.glob<string>("../../../locales/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** Every locale that has UI messages, from the folder names. */
export const uiLocales: string[] = [
  ...new Set(Object.keys(sources).map((path) => path.split("/").at(-2) ?? "")),
]
  .filter((code) => code !== "")
  .sort();

/**
 * Formats a message; only ids that exist in English type-check (`MessageId`).
 * `digits` writes a figure Passage worked out (a money tool's result, an
 * amount saved in a plan) in the digits numbers are shown in: `1,250.50`
 * becomes `១,២៥០.៥០` when Khmer digits are on, and stays as it is otherwise.
 */
export type Translate = {
  (id: MessageId, args?: Record<string, FluentVariable>): string;
  digits: (text: string) => string;
};

/** ASCII digits in `text` as `numbers` (a locale, e.g. `km-u-nu-khmr`) writes them. */
export function digitsFor(numbers: string): (text: string) => string {
  const format = new Intl.NumberFormat(numbers, { useGrouping: false });
  const native = Array.from({ length: 10 }, (_, d) => format.format(d));
  if (native.every((d, i) => d === String(i))) return (text) => text;
  return (text) => text.replace(/[0-9]/g, (d) => native[Number(d)] ?? d);
}

/** `pattern` with the digits of its own words (not of its variables or variant keys) rewritten. */
function rewriteDigits(pattern: Pattern, digits: (text: string) => string): Pattern {
  if (typeof pattern === "string") return digits(pattern);
  return pattern.map((element) => {
    if (typeof element === "string") return digits(element);
    if (element.type === "select") {
      return { ...element, variants: element.variants.map((v) => ({ ...v, value: rewriteDigits(v.value, digits) })) };
    }
    return element;
  });
}

/**
 * Builds a bundle for `locale` from `.ftl` texts; syntax errors are reported,
 * not thrown. With `digits`, the numbers written in the messages' own words
 * ("below 3%") are rewritten too, so a screen shows one kind of digit.
 */
export function bundleFor(
  locale: string,
  texts: string[],
  digits?: (text: string) => string,
): { bundle: FluentBundle; errors: string[] } {
  const bundle = new FluentBundle(locale, { useIsolating: false });
  const errors: string[] = [];
  for (const text of texts) {
    const resource = new FluentResource(text);
    if (digits) {
      for (const entry of resource.body) {
        if (entry.value !== null) entry.value = rewriteDigits(entry.value, digits);
        for (const [name, value] of Object.entries(entry.attributes)) {
          entry.attributes[name] = rewriteDigits(value, digits);
        }
      }
    }
    for (const err of bundle.addResource(resource)) {
      errors.push(`${locale}: ${err.message}`);
    }
  }
  return { bundle, errors };
}

/**
 * A translator for `locale` with English fallback, over the given message
 * sets. `numbers` is the locale numbers are formatted in (`km-u-nu-khmr`
 * for Khmer digits); it defaults to `locale`.
 */
export function translator(locale: string, catalog: Record<string, string[]>, numbers: string = locale): Translate {
  const chain = [locale, "en"].filter((l, i, all) => all.indexOf(l) === i && catalog[l]);
  const digits = digitsFor(numbers);
  const bundles = chain.map((l) =>
    l === locale ? bundleFor(numbers, catalog[l] ?? [], digits) : bundleFor(l, catalog[l] ?? []),
  );
  for (const { errors } of bundles) for (const e of errors) console.error(e);
  const translate = (id: MessageId, args?: Record<string, FluentVariable>) => {
    for (const { bundle } of bundles) {
      const message = bundle.getMessage(id);
      if (message?.value) {
        const errors: Error[] = [];
        const text = bundle.formatPattern(message.value, args ?? null, errors);
        if (errors.length === 0) return text;
      }
    }
    return id;
  };
  return Object.assign(translate, { digits });
}

/** The bundled catalog: locale -> list of `.ftl` texts. */
export function bundledCatalog(): Record<string, string[]> {
  const catalog: Record<string, string[]> = {};
  for (const [path, text] of Object.entries(sources)) {
    const locale = path.split("/").at(-2);
    if (locale) (catalog[locale] ??= []).push(text);
  }
  return catalog;
}
