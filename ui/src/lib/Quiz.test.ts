import { beforeEach, describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen } from "@testing-library/svelte";
import Quiz from "./Quiz.svelte";
import type { QuizView } from "./bindings/QuizView";
import type { AnswerResult } from "./bindings/AnswerResult";
import { bundledCatalog, translator } from "./i18n";

const answer = vi.fn<(...args: unknown[]) => Promise<AnswerResult>>();
vi.mock("./api", () => ({
  answer: (...args: unknown[]) => answer(...args),
  isCommandError: () => false,
}));

const quiz: QuizView = {
  shownIn: "en",
  questions: [
    {
      id: "q1",
      kind: "single",
      prompt: "Who pays the recruitment fee?",
      options: [
        { id: "a", text: "You" },
        { id: "b", text: "The employer" },
      ],
    },
    {
      id: "q2",
      kind: "ordering",
      prompt: "Put the steps in order.",
      options: [
        { id: "x", text: "Sign" },
        { id: "y", text: "Read" },
      ],
    },
  ],
};

const t = translator("en", bundledCatalog());

describe("quiz", () => {
  beforeEach(() => answer.mockReset());

  it("asks one question at a time, explains each answer, sums up and can start again", async () => {
    answer.mockResolvedValueOnce({
      correct: false,
      correctOptions: ["b"],
      feedback: [
        { id: "a", text: "You", feedback: "No: the employer pays.", chosen: true, correct: false },
        { id: "b", text: "The employer", feedback: "Yes.", chosen: false, correct: true },
      ],
    });
    render(Quiz, { quiz, courseId: "c", lessonId: "l", uiLocale: "en", t });
    expect(screen.getByText("Question 1 of 2")).toBeTruthy();
    const check = screen.getByTestId("quiz-check") as HTMLButtonElement;
    expect(check.disabled).toBe(true);
    await fireEvent.click(screen.getByLabelText("You"));
    expect(check.disabled).toBe(false);
    await fireEvent.click(check);
    expect(answer).toHaveBeenCalledWith("c", "l", "q1", ["a"], "en");
    const result = await screen.findByTestId("quiz-result");
    expect(result.textContent).toContain("Not quite.");
    expect(result.textContent).toContain("No: the employer pays.");
    expect(result.textContent).toContain("Right answer");

    await fireEvent.click(screen.getByTestId("quiz-next"));
    expect(screen.getByText("Question 2 of 2")).toBeTruthy();
    // Ordering: move "Read" above "Sign" with the keyboard-reachable buttons.
    answer.mockResolvedValueOnce({
      correct: true,
      correctOptions: ["y", "x"],
      feedback: [
        { id: "y", text: "Read", feedback: "Read first.", chosen: true, correct: true },
        { id: "x", text: "Sign", feedback: "Then sign.", chosen: true, correct: true },
      ],
    });
    await fireEvent.click(screen.getByRole("button", { name: "Move up: Read" }));
    await fireEvent.click(screen.getByTestId("quiz-check"));
    expect(answer).toHaveBeenLastCalledWith("c", "l", "q2", ["y", "x"], "en");
    expect((await screen.findByTestId("quiz-result")).textContent).toContain("Right!");
    await fireEvent.click(screen.getByTestId("quiz-next"));

    expect(screen.getByTestId("quiz-summary").textContent).toContain("You got 1 of 2 right.");
    await fireEvent.click(screen.getByTestId("quiz-retry"));
    expect(screen.getByText("Question 1 of 2")).toBeTruthy();
    expect(screen.queryByTestId("quiz-result")).toBeNull();
  });
});
