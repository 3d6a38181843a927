// UI messages: the same locales/<lang>/*.ftl files the Rust side reads,
// bundled at build time, formatted with @fluent/bundle. A message missing in
// the learner's language falls back to English, message by message.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
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

/** Formats a message; only ids that exist in English type-check (`MessageId`). */
export type Translate = (id: MessageId, args?: Record<string, FluentVariable>) => string;

/** Builds a bundle for `locale` from `.ftl` texts; syntax errors are reported, not thrown. */
export function bundleFor(locale: string, texts: string[]): { bundle: FluentBundle; errors: string[] } {
  const bundle = new FluentBundle(locale, { useIsolating: false });
  const errors: string[] = [];
  for (const text of texts) {
    for (const err of bundle.addResource(new FluentResource(text))) {
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
  const bundles = chain.map((l) => bundleFor(l === locale ? numbers : l, catalog[l] ?? []));
  for (const { errors } of bundles) for (const e of errors) console.error(e);
  return (id, args) => {
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
