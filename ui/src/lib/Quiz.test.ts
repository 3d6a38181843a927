import { beforeEach, describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen } from "@testing-library/svelte";
import Quiz from "./Quiz.svelte";
import type { QuizView } from "./bindings/QuizView";
import type { AnswerResult } from "./bindings/AnswerResult";
import { bundledCatalog, translator } from "./i18n";

const answer = vi.fn<(...args: unknown[]) => Promise<AnswerResult>>();
const finishQuiz = vi.fn<(...args: unknown[]) => Promise<unknown>>();
vi.mock("./api", () => ({
  answer: (...args: unknown[]) => answer(...args),
  finishQuiz: (...args: unknown[]) => finishQuiz(...args),
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
  beforeEach(() => {
    answer.mockReset();
    finishQuiz.mockReset();
    finishQuiz.mockResolvedValue({ score: 1, total: 2 });
  });

  it("asks one question at a time, explains each answer, sums up and can start again", async () => {
    answer.mockResolvedValueOnce({
      correct: false,
      correctOptions: ["b"],
      shownIn: "en",
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
    expect(answer).toHaveBeenCalledWith("c", "l", "q1", ["a"], "en", null);
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
      shownIn: "en",
      feedback: [
        { id: "y", text: "Read", feedback: "Read first.", chosen: true, correct: true },
        { id: "x", text: "Sign", feedback: "Then sign.", chosen: true, correct: true },
      ],
    });
    await fireEvent.click(screen.getByRole("button", { name: "Move up: Read" }));
    await fireEvent.click(screen.getByTestId("quiz-check"));
    expect(answer).toHaveBeenLastCalledWith("c", "l", "q2", ["y", "x"], "en", null);
    expect((await screen.findByTestId("quiz-result")).textContent).toContain("Right!");
    await fireEvent.click(screen.getByTestId("quiz-next"));

    expect(screen.getByTestId("quiz-summary").textContent).toContain("You got 1 of 2 right.");
    expect(finishQuiz, "a guest's quiz is not recorded").not.toHaveBeenCalled();
    await fireEvent.click(screen.getByTestId("quiz-retry"));
    expect(screen.getByText("Question 1 of 2")).toBeTruthy();
    expect(screen.queryByTestId("quiz-result")).toBeNull();
  });

  it("records a signed-in learner's answers under one attempt, and a retry is a new one", async () => {
    answer.mockResolvedValue({
      correct: true,
      correctOptions: ["b"],
      shownIn: "en",
      feedback: [{ id: "b", text: "The employer", feedback: "Yes.", chosen: true, correct: true }],
    });
    const one: QuizView = { shownIn: "en", questions: quiz.questions.slice(0, 1) };
    render(Quiz, { quiz: one, courseId: "c", lessonId: "l", uiLocale: "en", signedIn: true, t });
    await fireEvent.click(screen.getByLabelText("The employer"));
    await fireEvent.click(screen.getByTestId("quiz-check"));
    await screen.findByTestId("quiz-result");
    const attempt = answer.mock.calls[0]?.[5];
    expect(typeof attempt).toBe("string");
    await fireEvent.click(screen.getByTestId("quiz-next"));
    expect(finishQuiz).toHaveBeenCalledWith("c", "l", attempt);
    await fireEvent.click(screen.getByTestId("quiz-retry"));
    await fireEvent.click(screen.getByLabelText("The employer"));
    await fireEvent.click(screen.getByTestId("quiz-check"));
    await screen.findByTestId("quiz-result");
    expect(answer.mock.calls[1]?.[5]).not.toBe(attempt);
  });
});
