import { describe, expect, it } from "vitest";
import { bundledCatalog } from "./i18n";
import { ageBands, sectors, sexes } from "./profileChoices";

// Every component's source, as text: the message ids it asks for must exist.
const sources = import.meta.glob<string>(["../**/*.svelte", "./*.ts", "!./*.test.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
});

function englishIds(): Set<string> {
  const ids = (bundledCatalog()["en"] ?? []).flatMap((text) =>
    [...text.matchAll(/^([a-z][a-z0-9-]*) =/gm)].map((m) => m[1] as string),
  );
  return new Set(ids);
}

describe("UI messages used by the components", () => {
  it("every literal message id a component asks for exists in English", () => {
    const ids = englishIds();
    const missing: string[] = [];
    let seen = 0;
    for (const [file, text] of Object.entries(sources)) {
      for (const m of text.matchAll(/\bt\(\s*"([a-z][a-z0-9-]*)"/g)) {
        seen += 1;
        if (!ids.has(m[1] as string)) missing.push(`${file}: ${m[1]}`);
      }
    }
    expect(seen).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it("ids built from a choice exist for every choice", () => {
    const ids = englishIds();
    const choices: Record<string, readonly string[]> = { age: ageBands, sex: sexes, sector: sectors };
    for (const [prefix, values] of Object.entries(choices)) {
      for (const value of values) expect(ids.has(`${prefix}-${value}`), `${prefix}-${value}`).toBe(true);
    }
  });
});
