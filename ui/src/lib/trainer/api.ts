// Trainer mode's commands, typed with the generated bindings. The Rust side
// checks the trainer's PIN session on every one of them.
import { invoke } from "@tauri-apps/api/core";
import type { AttendanceMark } from "../bindings/AttendanceMark";
import type { ImportOutcome } from "../bindings/ImportOutcome";
import type { KioskView } from "../bindings/KioskView";
import type { NewTrainer } from "../bindings/NewTrainer";
import type { Participant } from "../bindings/Participant";
import type { RegistrantDraft } from "../bindings/RegistrantDraft";
import type { Registration } from "../bindings/Registration";
import type { RegistrationForm } from "../bindings/RegistrationForm";
import type { ReportFormat } from "../bindings/ReportFormat";
import type { ReportView } from "../bindings/ReportView";
import type { RosterPreview } from "../bindings/RosterPreview";
import type { SavedFile } from "../bindings/SavedFile";
import type { TestName } from "../bindings/TestName";
import type { TestPaper } from "../bindings/TestPaper";
import type { TestResults } from "../bindings/TestResults";
import type { TestScore } from "../bindings/TestScore";
import type { TrainerCard } from "../bindings/TrainerCard";
import type { TrainerScreen } from "../bindings/TrainerScreen";
import type { WorkshopCard } from "../bindings/WorkshopCard";
import type { WorkshopEdit } from "../bindings/WorkshopEdit";
import type { WorkshopForm } from "../bindings/WorkshopForm";
import type { WorkshopView } from "../bindings/WorkshopView";
import type { WorkshopReport } from "../bindings/WorkshopReport";

export const trainers = () => invoke<TrainerScreen>("trainers");
export const createTrainer = (newTrainer: NewTrainer) =>
  invoke<TrainerCard>("create_trainer", { new: newTrainer });
export const trainerSignIn = (id: string, pin: string) =>
  invoke<TrainerCard>("trainer_sign_in", { id, pin });
export const trainerSignOut = () => invoke<void>("trainer_sign_out");

export const workshops = () => invoke<WorkshopCard[]>("workshops");
export const createWorkshop = (form: WorkshopForm) => invoke<WorkshopView>("create_workshop", { form });
export const updateWorkshop = (workshopId: string, edit: WorkshopEdit) =>
  invoke<WorkshopView>("update_workshop", { workshopId, edit });
export const workshop = (workshopId: string) => invoke<WorkshopView>("workshop", { workshopId });

export const registerParticipant = (workshopId: string, form: RegistrationForm) =>
  invoke<Registration>("register_participant", { workshopId, form });
export const previewRoster = (workshopId: string, fileName: string, bytes: number[]) =>
  invoke<RosterPreview>("preview_roster", { workshopId, fileName, bytes });
export const importRoster = (workshopId: string, drafts: RegistrantDraft[], groupConsent: boolean) =>
  invoke<ImportOutcome>("import_roster", { workshopId, drafts, groupConsent });
export const eraseParticipant = (workshopId: string, learnerId: string) =>
  invoke<Participant[]>("erase_participant", { workshopId, learnerId });
export const markAttendance = (workshopId: string, marks: AttendanceMark[]) =>
  invoke<Participant[]>("mark_attendance", { workshopId, marks });

export const openTest = (workshopId: string, test: TestName) =>
  invoke<KioskView>("open_test", { workshopId, test });
export const kiosk = () => invoke<KioskView | null>("kiosk");
export const testPaper = (workshopId: string, test: TestName, learnerId: string | null) =>
  invoke<TestPaper>("test_paper", { workshopId, test, learnerId });
export const submitTest = (
  workshopId: string,
  learnerId: string,
  test: TestName,
  answers: Record<string, string[]>,
  onPaper: boolean,
) => invoke<TestScore>("submit_test", { workshopId, learnerId, test, answers, onPaper });
export const testResults = (workshopId: string) => invoke<TestResults>("test_results", { workshopId });

export const certificates = (workshopId: string, learnerIds: string[], separate: boolean) =>
  invoke<SavedFile>("certificates", { workshopId, learnerIds, separate });
export const signInSheet = (workshopId: string, day: number) =>
  invoke<SavedFile>("sign_in_sheet", { workshopId, day });
export const workshopReport = (workshopId: string) => invoke<ReportView>("workshop_report", { workshopId });
export const exportReport = (workshopId: string, format: ReportFormat) =>
  invoke<SavedFile>("export_report", { workshopId, format });
export const allWorkshopsReport = () => invoke<WorkshopReport>("all_workshops_report");
