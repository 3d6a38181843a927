import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen } from "@testing-library/svelte";
import Lesson from "./Lesson.svelte";
import type { LessonView } from "./bindings/LessonView";
import { bundledCatalog, translator } from "./i18n";

function lesson(overrides: Partial<LessonView> = {}): LessonView {
  return {
    courseId: "sample",
    courseTitle: "Sample course",
    moduleTitle: "Documents",
    id: "copies",
    title: "Copies of your documents",
    minutes: 5,
    objectives: ["Make copies of your documents"],
    keyPoints: ["Keep copies in two places"],
    html:
      '<h2>Copies</h2><p>Make a copy.</p><div class="passage-tool" data-tool="remittance-cost"></div>' +
      '<div class="passage-tool" data-tool="pension-planner"></div>',
    shownIn: "en",
    shownInName: "English",
    requested: "en",
    draft: false,
    languages: [
      { code: "en", name: "English" },
      { code: "th", name: "ไทย" },
    ],
    previous: { id: "keep-your-passport", title: "Keep your passport" },
    next: null,
    narration: null,
    sources: [],
    activity: null,
    facilitator: null,
    terms: [],
    quiz: null,
    completed: false,
    bookmarked: false,
    note: "",
    ...overrides,
  };
}

describe("lesson", () => {
  it("shows objectives, body, key points and fills tool placeholders", () => {
    render(Lesson, { lesson: lesson(), uiLocale: "en", t: translator("en", bundledCatalog()), go: () => {} });
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Copies of your documents");
    expect(screen.getByText("Make copies of your documents")).toBeTruthy();
    expect(screen.getByText("Keep copies in two places")).toBeTruthy();
    const body = screen.getByTestId("lesson-body");
    expect(body.querySelector("h2")?.textContent).toBe("Copies");
    // The remittance tool is live; an unknown one (the checker refuses them) says it is not there.
    expect(body.querySelector("[data-tool=remittance-cost] [data-testid=remittance-tool]")).toBeTruthy();
    expect(body.querySelector("[data-tool=pension-planner]")?.textContent).toContain("does not work in this version");
    expect(screen.queryByTestId("lesson-fallback")).toBeNull();
    expect(screen.queryByTestId("lesson-next")).toBeNull();
  });

  it("says when it falls back, in the UI language", () => {
    render(Lesson, {
      lesson: lesson({ requested: "km" }),
      uiLocale: "km",
      t: translator("km", bundledCatalog()),
      go: () => {},
    });
    const notice = screen.getByTestId("lesson-fallback");
    expect(notice.textContent).toContain("English");
    expect(notice.textContent).toContain("មេរៀននេះ");
    expect(notice.getAttribute("lang")).toBe("km");
  });

  it("switches this lesson's language and keeps it for previous/next", async () => {
    const go = vi.fn();
    render(Lesson, {
      lesson: lesson({ shownIn: "th", requested: "th", draft: true, title: "สำเนาเอกสารของคุณ" }),
      uiLocale: "en",
      t: translator("en", bundledCatalog()),
      go,
    });
    expect(screen.getByTestId("lesson-draft")).toBeTruthy();
    const english = screen.getByRole("button", { name: "English" });
    expect(english.getAttribute("aria-pressed")).toBe("false");
    await fireEvent.click(english);
    expect(go).toHaveBeenLastCalledWith({ kind: "lesson", courseId: "sample", lessonId: "copies", locale: "en" });
    await fireEvent.click(screen.getByTestId("lesson-previous"));
    expect(go).toHaveBeenLastCalledWith({
      kind: "lesson",
      courseId: "sample",
      lessonId: "keep-your-passport",
      locale: "th",
    });
  });

  it("follows links to other lessons and opens glossary terms in a dialog", async () => {
    const go = vi.fn();
    // jsdom has no modal dialogs; the real webview does.
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    render(Lesson, {
      lesson: lesson({
        html: '<p>See <a data-lesson="fees">fees</a> and <a data-term="remittance">money sent home</a>.</p>',
        terms: [{ id: "remittance", term: "Remittance", definition: "Money a migrant sends home.", shownIn: "en" }],
      }),
      uiLocale: "en",
      t: translator("en", bundledCatalog()),
      go,
    });
    const term = screen.getByText("money sent home");
    expect(term.getAttribute("tabindex")).toBe("0");
    await fireEvent.click(term);
    const dialog = screen.getByTestId("glossary-dialog") as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(dialog.textContent).toContain("Money a migrant sends home.");
    await fireEvent.keyDown(screen.getByText("fees"), { key: "Enter" });
    expect(go).toHaveBeenLastCalledWith({ kind: "lesson", courseId: "sample", lessonId: "fees" });
  });

  it("shows the activity, trainer notes and sources", () => {
    render(Lesson, {
      lesson: lesson({
        activity: { title: "Spot the fake", minutes: 20, materials: ["Printed ads"], steps: ["Read the ads"], debrief: ["Which was fake?"] },
        facilitator: { timing: ["5 min: story"], notes: ["No blame"] },
        sources: [{ title: "ILO Domestic Workers Convention", publisher: "ILO", year: 2011, url: null }],
      }),
      uiLocale: "en",
      t: translator("en", bundledCatalog()),
      go: () => {},
    });
    expect(screen.getByTestId("lesson-activity").textContent).toContain("Spot the fake");
    expect(screen.getByTestId("lesson-activity").textContent).toContain("Printed ads");
    expect(screen.getByTestId("lesson-facilitator").textContent).toContain("No blame");
    expect(screen.getByTestId("lesson-sources").textContent).toContain("ILO Domestic Workers Convention, ILO (2011)");
  });
});
