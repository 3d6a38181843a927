import { beforeEach, describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen } from "@testing-library/svelte";
import Lesson from "./Lesson.svelte";
import type { LessonView } from "./bindings/LessonView";
import { bundledCatalog, translator } from "./i18n";

const calls: unknown[][] = [];
vi.mock("./api", () => ({
  lessonEvent: (...args: unknown[]) => (calls.push(["lessonEvent", ...args]), Promise.resolve()),
  setBookmark: (...args: unknown[]) => (calls.push(["setBookmark", ...args]), Promise.resolve()),
  setNote: (...args: unknown[]) => (calls.push(["setNote", ...args]), Promise.resolve()),
  answer: () => Promise.reject(new Error("unused")),
  finishQuiz: () => Promise.resolve(),
  isCommandError: () => false,
}));

const view: LessonView = {
  courseId: "c",
  courseTitle: "Course",
  moduleTitle: "Module",
  id: "l",
  title: "A lesson",
  minutes: 5,
  objectives: ["Know"],
  keyPoints: [],
  html: "<p>Text.</p>",
  shownIn: "en",
  shownInName: "English",
  requested: "en",
  draft: false,
  languages: [{ code: "en", name: "English" }],
  previous: null,
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
};
const t = translator("en", bundledCatalog());

describe("lesson progress", () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it("records opening, finishing, a bookmark and a note for a signed-in learner", async () => {
    render(Lesson, { lesson: view, uiLocale: "en", signedIn: true, t, go: () => {} });
    expect(calls).toContainEqual(["lessonEvent", "c", "l", { kind: "opened" }]);
    await fireEvent.click(screen.getByTestId("lesson-finish"));
    expect(calls).toContainEqual(["lessonEvent", "c", "l", { kind: "completed" }]);
    expect(await screen.findByTestId("lesson-finished")).toBeTruthy();
    await fireEvent.click(screen.getByTestId("lesson-bookmark"));
    expect(calls).toContainEqual(["setBookmark", "c", "l", true]);
    await fireEvent.input(screen.getByLabelText("My note"), { target: { value: "Ask the trainer" } });
    await fireEvent.click(screen.getByText("Save my note"));
    expect(calls).toContainEqual(["setNote", "c", "l", "Ask the trainer"]);
    expect(await screen.findByText("Note saved")).toBeTruthy();
  });

  it("records nothing for a guest and offers no progress controls", () => {
    render(Lesson, { lesson: view, uiLocale: "en", signedIn: false, t, go: () => {} });
    expect(calls).toEqual([]);
    expect(screen.queryByTestId("lesson-mine")).toBeNull();
  });
});
