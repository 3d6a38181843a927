// The commands the Rust side offers, typed with the generated bindings.
// Every call the UI makes goes through here.
import { invoke } from "@tauri-apps/api/core";
import type { HomeScreen } from "./bindings/HomeScreen";
import type { CourseView } from "./bindings/CourseView";
import type { LessonView } from "./bindings/LessonView";
import type { CommandError } from "./bindings/CommandError";
import type { SearchResult } from "./bindings/SearchResult";
import type { AnswerResult } from "./bindings/AnswerResult";
import type { Profiles } from "./bindings/Profiles";
import type { ProfileCard } from "./bindings/ProfileCard";
import type { NewProfile } from "./bindings/NewProfile";
import type { LessonEvent } from "./bindings/LessonEvent";
import type { QuizScore } from "./bindings/QuizScore";
import type { StoreHealth } from "./bindings/StoreHealth";
import type { RemittanceForm } from "./bindings/RemittanceForm";
import type { RemittanceView } from "./bindings/RemittanceView";
import type { LoanForm } from "./bindings/LoanForm";
import type { LoanView } from "./bindings/LoanView";
import type { SavingsForm } from "./bindings/SavingsForm";
import type { SavingsView } from "./bindings/SavingsView";
import type { BudgetForm } from "./bindings/BudgetForm";
import type { BudgetView } from "./bindings/BudgetView";
import type { PlanEntry } from "./bindings/PlanEntry";

export type { HomeScreen, CourseView, LessonView, CommandError, Profiles, ProfileCard, NewProfile };

export function homeScreen(): Promise<HomeScreen> {
  return invoke<HomeScreen>("home_screen");
}

/** Switches the UI language; the home screen comes back in it. */
export function setUiLocale(code: string): Promise<HomeScreen> {
  return invoke<HomeScreen>("set_ui_locale", { code });
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
  attempt: string | null = null,
): Promise<AnswerResult> {
  return invoke<AnswerResult>("answer", { courseId, lessonId, questionId, chosen, locale, attempt });
}

/** Records the score of a finished go at a quiz (for a signed-in learner). */
export function finishQuiz(courseId: string, lessonId: string, attempt: string): Promise<QuizScore> {
  return invoke<QuizScore>("finish_quiz", { courseId, lessonId, attempt });
}

export function profiles(): Promise<Profiles> {
  return invoke<Profiles>("profiles");
}

export function createProfile(profile: NewProfile): Promise<ProfileCard> {
  return invoke<ProfileCard>("create_profile", { profile });
}

export function signIn(id: string, pin: string | null): Promise<ProfileCard> {
  return invoke<ProfileCard>("sign_in", { id, pin });
}

export function signOut(): Promise<void> {
  return invoke<void>("sign_out");
}

/** Records a lesson opened, time spent reading, or completed (nothing for a guest). */
export function lessonEvent(courseId: string, lessonId: string, event: LessonEvent): Promise<void> {
  return invoke<void>("lesson_event", { courseId, lessonId, event });
}

export function setBookmark(courseId: string, lessonId: string, on: boolean): Promise<void> {
  return invoke<void>("set_bookmark", { courseId, lessonId, on });
}

export function setNote(courseId: string, lessonId: string, text: string): Promise<void> {
  return invoke<void>("set_note", { courseId, lessonId, text });
}

/** Saves the learner's data as a JSON file; returns where. */
export function exportMyData(): Promise<string> {
  return invoke<string>("export_my_data");
}

/** The remittance tool: what sending money really costs. */
export function remittanceCost(form: RemittanceForm): Promise<RemittanceView> {
  return invoke<RemittanceView>("remittance_cost", { form });
}

/** The loan tool: the same loan with flat and declining-balance interest. */
export function loanCost(form: LoanForm): Promise<LoanView> {
  return invoke<LoanView>("loan_cost", { form });
}

/** The savings tool: when a goal is reached. */
export function savingsGoal(form: SavingsForm): Promise<SavingsView> {
  return invoke<SavingsView>("savings_goal", { form });
}

/** The budget planner: a month abroad in two currencies. */
export function monthlyBudget(form: BudgetForm): Promise<BudgetView> {
  return invoke<BudgetView>("monthly_budget", { form });
}

/** Saves a money tool's result to the signed-in learner's plan. */
export function saveToPlan(entry: PlanEntry): Promise<void> {
  return invoke<void>("save_to_plan", { entry });
}

/** The signed-in learner's plan, newest first. */
export function myPlan(): Promise<PlanEntry[]> {
  return invoke<PlanEntry[]>("my_plan");
}

/** Whether learner data is usable, and the date of the newest backup. */
export function storeHealth(): Promise<StoreHealth> {
  return invoke<StoreHealth>("store_health");
}

/** Puts the newest backup in place of a damaged learner database; returns its date. */
export function restoreBackup(): Promise<string> {
  return invoke<string>("restore_backup");
}

export function eraseMe(): Promise<void> {
  return invoke<void>("erase_me");
}

/** Whether a rejected command carries Passage's error shape. */
export function isCommandError(err: unknown): err is CommandError {
  return typeof err === "object" && err !== null && "code" in err && "detail" in err;
}
