import { describe, expect, it } from "vitest";
import { fireEvent, render, screen } from "@testing-library/svelte";
import DisplayControls from "./DisplayControls.svelte";
import { applyDisplay, loadDisplay, numberLocale, saveDisplay } from "./display";
import { bundledCatalog, digitsFor, translator } from "./i18n";

function memory() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  };
}

describe("display preferences", () => {
  it("survive a restart and refuse nonsense", () => {
    const storage = memory();
    const none = { step: 0, contrast: false, nativeDigits: false };
    expect(loadDisplay(storage)).toEqual(none);
    saveDisplay({ step: 3, contrast: true, nativeDigits: true }, storage);
    expect(loadDisplay(storage)).toEqual({ step: 3, contrast: true, nativeDigits: true });
    storage.setItem("passage.display", '{"step": 99, "contrast": "yes", "nativeDigits": 1}');
    expect(loadDisplay(storage)).toEqual({ step: 4, contrast: false, nativeDigits: false });
    storage.setItem("passage.display", "not json");
    expect(loadDisplay(storage)).toEqual(none);
  });

  it("scale the text and switch to high contrast from the controls", async () => {
    localStorage.clear();
    const root = document.documentElement;
    render(DisplayControls, {
      t: translator("en", bundledCatalog()),
      locale: "en",
      display: loadDisplay(),
    });
    // English has no digits of its own: no digits button.
    expect(screen.queryByTestId("native-digits")).toBeNull();
    expect((screen.getByTestId("text-smaller") as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(screen.getByTestId("text-larger"));
    await fireEvent.click(screen.getByTestId("text-larger"));
    expect(root.style.fontSize).toBe(`${17 * 1.3}px`);
    await fireEvent.click(screen.getByRole("button", { name: /High contrast/ }));
    expect(root.dataset.theme).toBe("contrast");
    expect(loadDisplay()).toEqual({ step: 2, contrast: true, nativeDigits: false });
    applyDisplay({ step: 0, contrast: false, nativeDigits: false }, root);
    expect(root.dataset.theme).toBeUndefined();
  });

  it("offer Khmer digits in Khmer, and the messages' numbers follow", async () => {
    localStorage.clear();
    render(DisplayControls, {
      t: translator("km", bundledCatalog()),
      locale: "km",
      display: loadDisplay(),
    });
    const button = screen.getByTestId("native-digits");
    expect(button.textContent).toBe("១២៣");
    expect(button.getAttribute("aria-pressed")).toBe("false");
    await fireEvent.click(button);
    expect(loadDisplay().nativeDigits).toBe(true);

    const catalog = bundledCatalog();
    expect(translator("km", catalog)("lesson-minutes", { minutes: 12 })).toBe("12 នាទី");
    expect(translator("km", catalog, numberLocale("km", true))("lesson-minutes", { minutes: 12 })).toBe("១២ នាទី");
    expect(translator("my", catalog, numberLocale("my", true))("lesson-minutes", { minutes: 12 })).toContain("၁၂");
    // Languages without digits of their own keep 0–9 whatever the setting.
    expect(numberLocale("vi", true)).toBe("vi");
    // Figures Passage worked out follow the same setting.
    expect(translator("km", catalog, numberLocale("km", true)).digits("1,250.50 KHR")).toBe("១,២៥០.៥០ KHR");
    expect(translator("km", catalog).digits("1,250.50 KHR")).toBe("1,250.50 KHR");
    expect(digitsFor(numberLocale("lo", true))("2026-11-24")).toBe("໒໐໒໖-໑໑-໒໔");
    expect(digitsFor(numberLocale("vi", true))("42")).toBe("42");
    // Burmese numbers default to Myanmar digits: off means 0–9, in messages and figures alike.
    const burmese = translator("my", catalog, numberLocale("my", false));
    expect(burmese("lesson-minutes", { minutes: 12 })).toContain("12");
    expect(burmese.digits("12")).toBe("12");
    // Whatever a locale's numbers default to, figures follow them.
    expect(digitsFor("my")("12")).toBe(new Intl.NumberFormat("my").format(12));
  });
});
