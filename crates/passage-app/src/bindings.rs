//! The TypeScript side of every type that crosses IPC. `ui/src/lib/bindings/`
//! is generated from this list (`cargo xtask bindings`), and the test below
//! fails when the committed files differ from what the Rust types say.

use ts_rs::{Config, TS};

use crate::report::{Breakdown, Chart, ChartKind, Dimension, GroupRow, WorkshopReport};
use crate::roster::{ColumnMatch, ProblemCode, RegistrantDraft, RosterPreview, RosterProblem};
use crate::{
    ActivityView, AnswerResult, BudgetForm, BudgetView, CommandError, ContentProblem, ContinueAt,
    CostLine, CourseCard, CourseProgress, CourseView, ErrorCode, FacilitatorView, HomeScreen,
    LanguageOption, LessonEvent, LessonLink, LessonState, LessonSummary, LessonView, LoanForm,
    LoanView, LoanWay, ModuleSummary, ModuleView, NewProfile, OptionFeedback, OptionView,
    PlanEntry, ProfileCard, Profiles, QuestionKind, QuestionView, QuizScore, QuizView,
    RemittanceForm, RemittanceView, SavingsForm, SavingsView, SearchResult, SnippetPiece,
    SourceView, StoreHealth, TermView,
};
use crate::{
    AttendanceMark, DayView, ImportOutcome, KioskPerson, KioskView, NewTrainer, Participant,
    PersonResult, PresenterState, QuestionResult, Registration, RegistrationForm, ReportFormat,
    ReportView, SavedFile, SessionEdit, SessionLesson, SessionView, TestName, TestPaper,
    TestResults, TestScore, TrainerCard, TrainerScreen, WorkshopCard, WorkshopEdit, WorkshopForm,
    WorkshopView,
};

/// Path of the bindings folder relative to the workspace root.
pub const BINDINGS_DIR: &str = "ui/src/lib/bindings";

/// Every IPC type as `(file name, TypeScript source)`.
pub fn typescript() -> Result<Vec<(String, String)>, ts_rs::ExportError> {
    let cfg = Config::new().with_large_int("number");
    let mut files = Vec::new();
    macro_rules! add {
        ($($ty:ty),* $(,)?) => {$(
            files.push((
                format!("{}.ts", <$ty as TS>::ident(&cfg)),
                <$ty as TS>::export_to_string(&cfg)?,
            ));
        )*};
    }
    add!(
        Breakdown,
        Chart,
        ChartKind,
        Dimension,
        GroupRow,
        WorkshopReport,
        ColumnMatch,
        ProblemCode,
        RegistrantDraft,
        RosterPreview,
        RosterProblem,
        AttendanceMark,
        DayView,
        ImportOutcome,
        KioskPerson,
        KioskView,
        NewTrainer,
        Participant,
        PersonResult,
        PresenterState,
        QuestionResult,
        Registration,
        RegistrationForm,
        ReportFormat,
        ReportView,
        SavedFile,
        SessionEdit,
        SessionLesson,
        SessionView,
        TestName,
        TestPaper,
        TestResults,
        TestScore,
        TrainerCard,
        TrainerScreen,
        WorkshopCard,
        WorkshopEdit,
        WorkshopForm,
        WorkshopView,
        PlanEntry,
        BudgetForm,
        BudgetView,
        CostLine,
        LoanForm,
        LoanView,
        LoanWay,
        SavingsForm,
        SavingsView,
        RemittanceForm,
        RemittanceView,
        StoreHealth,
        ContinueAt,
        CourseProgress,
        LessonEvent,
        LessonState,
        NewProfile,
        ProfileCard,
        Profiles,
        QuizScore,
        ActivityView,
        AnswerResult,
        FacilitatorView,
        OptionFeedback,
        OptionView,
        QuestionKind,
        QuestionView,
        QuizView,
        SourceView,
        TermView,
        CommandError,
        ContentProblem,
        CourseCard,
        CourseView,
        ErrorCode,
        HomeScreen,
        LanguageOption,
        LessonLink,
        LessonSummary,
        LessonView,
        ModuleSummary,
        ModuleView,
        SearchResult,
        SnippetPiece
    );
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    /// Regenerates the bindings with `PASSAGE_WRITE_BINDINGS=1`, else checks them.
    #[test]
    fn ui_bindings_match_the_rust_types() {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join(BINDINGS_DIR);
        let files = typescript().expect("bindings");
        if std::env::var_os("PASSAGE_WRITE_BINDINGS").is_some() {
            if dir.exists() {
                std::fs::remove_dir_all(&dir).expect("clear bindings");
            }
            std::fs::create_dir_all(&dir).expect("mkdir bindings");
            for (name, text) in &files {
                std::fs::write(dir.join(name), text).expect("write binding");
            }
            return;
        }
        let mut stale = Vec::new();
        for (name, text) in &files {
            let on_disk = std::fs::read_to_string(dir.join(name)).unwrap_or_default();
            if on_disk != *text {
                stale.push(name.clone());
            }
        }
        let mut extra: Vec<String> = std::fs::read_dir(&dir)
            .expect("bindings folder exists")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| !files.iter().any(|(f, _)| f == n))
            .collect();
        stale.append(&mut extra);
        assert!(
            stale.is_empty(),
            "UI bindings are stale ({stale:?}): run `cargo xtask bindings` and commit {BINDINGS_DIR}"
        );
    }
}
