import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen } from "@testing-library/svelte";
import Home from "./Home.svelte";
import type { HomeScreen } from "./bindings/HomeScreen";
import { bundledCatalog, translator } from "./i18n";

const restoreBackup = vi.fn(() => Promise.resolve("2026-11-22"));
vi.mock("./api", () => ({
  storeHealth: () => Promise.resolve({ damaged: true, latestBackup: "2026-11-22" }),
  restoreBackup: () => restoreBackup(),
  isCommandError: () => true,
}));

const home: HomeScreen = {
  locale: "en",
  languageName: "English",
  uiDraft: false,
  languages: [{ code: "en", name: "English" }],
  currencies: ["MYR", "VND"],
  courses: [],
  problems: [],
};

describe("damaged learner data", () => {
  it("says so plainly and offers the latest daily copy, then says it is back", async () => {
    const changed = vi.fn();
    render(Home, {
      home,
      profileProblem: { code: "store-damaged", detail: "learners.sqlite: file is not a database", field: null },
      t: translator("en", bundledCatalog()),
      go: () => {},
      changed,
    });
    expect(screen.getByTestId("profile-problem").textContent).toContain("damaged");
    const restore = await screen.findByTestId("restore-backup");
    expect(restore.textContent).toContain("2026-11-22");
    await fireEvent.click(restore);
    expect(restoreBackup).toHaveBeenCalledOnce();
    expect((await screen.findByTestId("restored")).textContent).toContain("The damaged file was kept");
    expect(changed).toHaveBeenCalled();
  });
});
