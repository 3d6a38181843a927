import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/svelte";
import Home from "./Home.svelte";
import type { HomeScreen } from "./bindings/HomeScreen";
import { bundledCatalog, translator } from "./i18n";

function course(id: string, title: string, shownIn = "en", draft = false) {
  return {
    id,
    title,
    description: `About ${title}`,
    shownIn,
    shownInName: shownIn === "en" ? "English" : "ខ្មែរ",
    draft,
    modules: [
      { id: "a", title: "A" },
      { id: "b", title: "B" },
    ],
    lessonCount: 0,
  };
}

function home(overrides: Partial<HomeScreen> = {}): HomeScreen {
  return {
    locale: "en",
    languageName: "English",
    uiDraft: false,
    languages: [{ code: "en", name: "English" }],
    currencies: ["MYR", "VND"],
    courses: [course("safe-migration", "Safe migration"), course("money", "Money")],
    problems: [],
    ...overrides,
  };
}

describe("home screen", () => {
  it("lists every course with its description and module count", () => {
    render(Home, { home: home(), t: translator("en", bundledCatalog()), go: () => {} });
    const list = screen.getByTestId("course-list");
    const items = within(list).getAllByRole("listitem");
    expect(items.map((li) => li.querySelector("h3")?.textContent)).toEqual(["Safe migration", "Money"]);
    expect(items[0]?.textContent).toContain("About Safe migration");
    expect(items[0]?.textContent).toContain("2 modules");
    expect(screen.queryByTestId("draft-notice")).toBeNull();
  });

  it("says when the interface is a draft translation and when a course falls back", () => {
    render(Home, {
      home: home({
        locale: "km",
        languageName: "ខ្មែរ",
        uiDraft: true,
        courses: [course("safe-migration", "ចំណាកស្រុក", "km", true), course("money", "Money", "en")],
      }),
      t: translator("km", bundledCatalog()),
      go: () => {},
    });
    expect(screen.getByTestId("draft-notice").textContent).toContain("ការបកប្រែព្រាង");
    const items = within(screen.getByTestId("course-list")).getAllByRole("listitem");
    expect(items[0]?.getAttribute("lang")).toBe("km");
    expect(items[1]?.getAttribute("lang")).toBe("en");
    expect(items[1]?.textContent).toContain("English");
    expect(items[1]?.textContent).toContain("មិនទាន់បានបកប្រែ");
  });

  it("shows packs that failed to load with their file and line", () => {
    render(Home, {
      home: home({ problems: [{ code: "content-invalid", detail: "content/x/pack.toml:3:1: bad" }] }),
      t: translator("en", bundledCatalog()),
      go: () => {},
    });
    const alert = screen.getByRole("alert").textContent;
    expect(alert).toContain("content/x/pack.toml:3:1");
    expect(alert).toContain("A course file is damaged or incomplete");
  });
});
