import type { MessageId } from "./bindings/MessageId";
import { describe, expect, it } from "vitest";
import { parse } from "@fluent/syntax";
import { bundleFor, bundledCatalog, translator, uiLocales } from "./i18n";

/** Syntax errors in an .ftl text: the runtime parser skips them silently. */
function syntaxErrors(text: string): string[] {
  return parse(text, { withSpans: true })
    .body.filter((entry) => entry.type === "Junk")
    .map((junk) => ("content" in junk ? String(junk.content).trim() : "junk"));
}

describe("UI messages", () => {
  it("bundles English and the eight other languages of the app", () => {
    expect(uiLocales).toEqual(["en", "fil", "id", "km", "lo", "ms", "my", "th", "vi"]);
  });

  it("formats plurals the way each language counts", () => {
    const catalog = bundledCatalog();
    expect(translator("en", catalog)("course-module-count", { count: 1 })).toBe("1 module");
    expect(translator("en", catalog)("course-module-count", { count: 10 })).toBe("10 modules");
    expect(translator("fil", catalog)("course-module-count", { count: 1 })).toBe("1 modyul");
    expect(translator("km", catalog)("course-module-count", { count: 10 })).toBe("10 មេរៀនធំ");
  });

  it("falls back to English message by message, and to the id as a last resort", () => {
    const catalog = {
      en: ["hello = Hello\nbye = Goodbye\n"],
      km: ["hello = សួស្តី\n"],
    };
    const t = translator("km", catalog);
    expect(t("hello" as MessageId)).toBe("សួស្តី");
    expect(t("bye" as MessageId)).toBe("Goodbye");
    expect(t("no-such-message" as MessageId)).toBe("no-such-message");
  });

  it("uses English for a language it does not have", () => {
    expect(translator("de", bundledCatalog())("home-courses-heading")).toBe("Courses");
  });

  it("every bundled .ftl file parses without errors", () => {
    const catalog = bundledCatalog();
    for (const locale of uiLocales) {
      for (const text of catalog[locale] ?? []) expect(syntaxErrors(text), locale).toEqual([]);
      // Duplicate ids across a locale's files.
      expect(bundleFor(locale, catalog[locale] ?? []).errors, locale).toEqual([]);
    }
    expect(syntaxErrors("ok = fine\nbroken = { $x\n")).toHaveLength(1);
    expect(bundleFor("en", ["a = 1\n", "a = 2\n"]).errors).toHaveLength(1);
  });

  it("every language has every English message", () => {
    const catalog = bundledCatalog();
    const ids = (texts: string[]) =>
      texts.flatMap((t) => [...t.matchAll(/^([a-z][a-z0-9-]*) =/gm)].map((m) => m[1])).sort();
    const english = ids(catalog["en"] ?? []);
    for (const locale of uiLocales) {
      expect(ids(catalog[locale] ?? []), locale).toEqual(english);
    }
  });
});
