// The commands the Rust side offers, typed with the generated bindings.
// Every call the UI makes goes through here.
import { invoke } from "@tauri-apps/api/core";
import type { HomeScreen } from "./bindings/HomeScreen";
import type { CourseView } from "./bindings/CourseView";
import type { LessonView } from "./bindings/LessonView";
import type { CommandError } from "./bindings/CommandError";
import type { SearchResult } from "./bindings/SearchResult";
import type { AnswerResult } from "./bindings/AnswerResult";

export type { HomeScreen, CourseView, LessonView, CommandError };

export function homeScreen(): Promise<HomeScreen> {
  return invoke<HomeScreen>("home_screen");
}

export function course(courseId: string): Promise<CourseView> {
  return invoke<CourseView>("course", { courseId });
}

/** A lesson in `locale` (from the lesson's language switch), else in the UI language. */
export function lesson(courseId: string, lessonId: string, locale?: string): Promise<LessonView> {
  return invoke<LessonView>("lesson", { courseId, lessonId, locale: locale ?? null });
}

/** Lessons matching the learner's words, in their language chain. */
export function search(query: string): Promise<SearchResult[]> {
  return invoke<SearchResult[]>("search", { query });
}

/** Grades one quiz answer; `locale` is the language the quiz is shown in. */
export function answer(
  courseId: string,
  lessonId: string,
  questionId: string,
  chosen: string[],
  locale: string,
): Promise<AnswerResult> {
  return invoke<AnswerResult>("answer", { courseId, lessonId, questionId, chosen, locale });
}

/** Whether a rejected command carries Passage's error shape. */
export function isCommandError(err: unknown): err is CommandError {
  return typeof err === "object" && err !== null && "code" in err && "detail" in err;
}
