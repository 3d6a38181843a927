import { describe, expect, it } from "vitest";
import { fireEvent, render, screen } from "@testing-library/svelte";
import DisplayControls from "./DisplayControls.svelte";
import { applyDisplay, loadDisplay, saveDisplay } from "./display";
import { bundledCatalog, translator } from "./i18n";

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
    expect(loadDisplay(storage)).toEqual({ step: 0, contrast: false });
    saveDisplay({ step: 3, contrast: true }, storage);
    expect(loadDisplay(storage)).toEqual({ step: 3, contrast: true });
    storage.setItem("passage.display", '{"step": 99, "contrast": "yes"}');
    expect(loadDisplay(storage)).toEqual({ step: 4, contrast: false });
    storage.setItem("passage.display", "not json");
    expect(loadDisplay(storage)).toEqual({ step: 0, contrast: false });
  });

  it("scale the text and switch to high contrast from the controls", async () => {
    localStorage.clear();
    const root = document.documentElement;
    render(DisplayControls, { t: translator("en", bundledCatalog()) });
    expect((screen.getByTestId("text-smaller") as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(screen.getByTestId("text-larger"));
    await fireEvent.click(screen.getByTestId("text-larger"));
    expect(root.style.fontSize).toBe(`${17 * 1.3}px`);
    await fireEvent.click(screen.getByRole("button", { name: /High contrast/ }));
    expect(root.dataset.theme).toBe("contrast");
    expect(loadDisplay()).toEqual({ step: 2, contrast: true });
    applyDisplay({ step: 0, contrast: false }, root);
    expect(root.dataset.theme).toBeUndefined();
  });
});
