//! Records: every change to learner data, as it is kept in the log and as it
//! will travel between devices.
//!
//! **These payloads are the sync wire format.** A record written today will
//! be read by other devices and by later versions of Passage. Never change
//! the meaning or the JSON shape of an existing kind: add a new kind with a
//! new version suffix (`….v2`) instead, keep reading the old one, and
//! document both in `docs/records.md`. The test `payload_json_is_pinned`
//! fails if the JSON of an existing kind changes.

use crate::hlc::Hlc;

/// The scope of records that stay on this device unless the learner links
/// their profile to an organisation.
pub const PERSONAL_SCOPE: &str = "personal";

/// A learner's id: random, meaningless outside Passage (a UUID, lowercase hex).
pub type LearnerId = String;

/// A profile field; each is last-writer-wins on its own.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum ProfileField {
    /// Name or nickname.
    Name,
    /// argon2 hash of the 4-digit PIN (never the PIN).
    PinHash,
    /// UI and content language.
    Locale,
    /// Age band, e.g. `25-34`.
    AgeBand,
    /// `female`, `male`, `other` or `unsaid`.
    Sex,
    /// Country of origin (ISO 3166 alpha-2).
    Origin,
    /// Destination country (ISO 3166 alpha-2).
    Destination,
    /// Work sector, e.g. `domestic-work`.
    Sector,
    /// Year of birth (four digits), asked at workshop registration to tell
    /// two people with the same name apart.
    BirthYear,
    /// Phone number (optional; `+` and ASCII digits).
    Phone,
    /// `trainer` for a trainer's profile; absent for learners.
    Role,
}

impl ProfileField {
    /// Every field, in display order.
    pub const ALL: [Self; 11] = [
        Self::Name,
        Self::PinHash,
        Self::Locale,
        Self::AgeBand,
        Self::Sex,
        Self::Origin,
        Self::Destination,
        Self::Sector,
        Self::BirthYear,
        Self::Phone,
        Self::Role,
    ];

    /// The field with this database name, if there is one.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.as_str() == name)
    }

    /// The name used in the database and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::PinHash => "pin-hash",
            Self::Locale => "locale",
            Self::AgeBand => "age-band",
            Self::Sex => "sex",
            Self::Origin => "origin",
            Self::Destination => "destination",
            Self::Sector => "sector",
            Self::BirthYear => "birth-year",
            Self::Phone => "phone",
            Self::Role => "role",
        }
    }
}

/// Where in a course something happened.
#[derive(
    Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct LessonRef {
    /// Course (pack) id.
    pub course: String,
    /// Lesson id.
    pub lesson: String,
}

/// A workshop as the trainer planned it: part of the wire format
/// (`workshop.saved.v1`), so it must not change shape; add a new kind.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkshopDetails {
    /// What the trainer calls it.
    pub title: String,
    /// The organisation that runs it (printed on certificates).
    pub organisation: String,
    /// Where.
    pub venue: String,
    /// The trainer's name (printed on certificates).
    pub trainer: String,
    /// The language of the workshop (learners may each have their own).
    pub locale: String,
    /// Course (pack) ids taught.
    pub courses: Vec<String>,
    /// The days, in order, each with its sessions.
    pub days: Vec<WorkshopDay>,
    /// The questions of the pre- and post-test (the same for both, so the
    /// gain compares like with like), fixed when the workshop is made.
    pub test: Vec<QuestionRef>,
}

/// One day of a workshop.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkshopDay {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The sessions, in order.
    pub sessions: Vec<WorkshopSession>,
}

/// One session of a workshop day.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkshopSession {
    /// Stable within the workshop (attendance refers to it), e.g. `s7`.
    pub id: String,
    /// `HH:MM`.
    pub start: String,
    /// Length in minutes.
    pub minutes: u16,
    /// `opening`, `pre-test`, `lesson`, `break`, `post-test` or `closing`.
    pub kind: String,
    /// What the trainer calls it.
    pub title: String,
    /// For lesson sessions, the lessons taught.
    pub lessons: Vec<LessonRef>,
}

/// A question of a course's pre/post-test bank.
#[derive(
    Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct QuestionRef {
    /// Course (pack) id.
    pub course: String,
    /// Question id in the pack's bank.
    pub question: String,
}

/// Which of a workshop's two tests.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum WorkshopTest {
    /// Before the lessons.
    Pre,
    /// After the lessons.
    Post,
}

impl WorkshopTest {
    /// The name used in the database and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pre => "pre",
            Self::Post => "post",
        }
    }
}

/// What a record says. The JSON has `kind` (with its version) beside the
/// fields. See `docs/records.md`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", deny_unknown_fields)]
pub enum Payload {
    /// A learner profile was created (a fact).
    #[serde(rename = "learner.registered.v1")]
    LearnerRegistered {
        /// The new learner.
        learner: LearnerId,
    },
    /// One profile field was set (last-writer-wins per field); `None` clears it.
    #[serde(rename = "learner.field.v1")]
    LearnerField {
        /// Whose profile.
        learner: LearnerId,
        /// Which field.
        field: ProfileField,
        /// The new value.
        value: Option<String>,
    },
    /// The learner agreed to what is stored and why (a fact).
    #[serde(rename = "learner.consented.v1")]
    LearnerConsented {
        /// Who agreed.
        learner: LearnerId,
        /// Version of the consent text they saw.
        text_version: u32,
    },
    /// The learner asked for their data to be erased. Everything else about
    /// them is purged wherever this record travels.
    #[serde(rename = "learner.erased.v1")]
    LearnerErased {
        /// Who.
        learner: LearnerId,
    },
    /// A lesson was opened (a fact).
    #[serde(rename = "lesson.opened.v1")]
    LessonOpened {
        /// Who.
        learner: LearnerId,
        /// Which lesson.
        at: LessonRef,
    },
    /// Time spent reading a lesson, added up across records (a fact).
    #[serde(rename = "lesson.time.v1")]
    LessonTime {
        /// Who.
        learner: LearnerId,
        /// Which lesson.
        at: LessonRef,
        /// Seconds spent in this stretch.
        seconds: u32,
    },
    /// A lesson was completed (a fact; the first one counts).
    #[serde(rename = "lesson.completed.v1")]
    LessonCompleted {
        /// Who.
        learner: LearnerId,
        /// Which lesson.
        at: LessonRef,
    },
    /// A bookmark set or removed (last-writer-wins).
    #[serde(rename = "lesson.bookmark.v1")]
    Bookmark {
        /// Who.
        learner: LearnerId,
        /// Which lesson.
        at: LessonRef,
        /// Bookmarked or not.
        on: bool,
    },
    /// The learner's own note on a lesson (last-writer-wins; empty clears it).
    #[serde(rename = "lesson.note.v1")]
    Note {
        /// Who.
        learner: LearnerId,
        /// Which lesson.
        at: LessonRef,
        /// The note.
        text: String,
    },
    /// One answer to one quiz question (a fact).
    #[serde(rename = "quiz.answered.v1")]
    QuizAnswered {
        /// Who.
        learner: LearnerId,
        /// Which lesson's quiz.
        at: LessonRef,
        /// One go at the quiz (random id), grouping its answers.
        attempt: String,
        /// Question id.
        question: String,
        /// Option ids chosen (for ordering, in the learner's order).
        chosen: Vec<String>,
        /// Whether it was right.
        correct: bool,
    },
    /// One answer to one quiz question with what the learner was shown: the
    /// language and each option's "why" (a fact). Written since schema 3;
    /// `quiz.answered.v1` records are still read.
    #[serde(rename = "quiz.answered.v2")]
    QuizAnsweredV2 {
        /// Who.
        learner: LearnerId,
        /// Which lesson's quiz.
        at: LessonRef,
        /// One go at the quiz (random id), grouping its answers.
        attempt: String,
        /// Question id.
        question: String,
        /// Option ids chosen (for ordering, in the learner's order).
        chosen: Vec<String>,
        /// Whether it was right.
        correct: bool,
        /// The language the question and its feedback were shown in.
        shown_in: String,
        /// The feedback shown, by option id.
        feedback: std::collections::BTreeMap<String, String>,
    },
    /// A money tool's result the learner saved to their plan (a fact).
    #[serde(rename = "plan.saved.v1")]
    PlanSaved {
        /// Who.
        learner: LearnerId,
        /// Which tool, e.g. `remittance-cost`.
        tool: String,
        /// What they typed, by field.
        inputs: std::collections::BTreeMap<String, String>,
        /// What the tool showed, by figure.
        result: std::collections::BTreeMap<String, String>,
    },
    /// A workshop was planned or changed (last-writer-wins on the whole).
    #[serde(rename = "workshop.saved.v1")]
    WorkshopSaved {
        /// Workshop id (random).
        workshop: String,
        /// Everything about it.
        details: WorkshopDetails,
    },
    /// A learner was registered in a workshop (a fact).
    #[serde(rename = "workshop.enrolled.v1")]
    Enrolled {
        /// Which workshop.
        workshop: String,
        /// Who.
        learner: LearnerId,
    },
    /// Present or not at a session (last-writer-wins per learner and session).
    #[serde(rename = "attendance.marked.v1")]
    AttendanceMarked {
        /// Which workshop.
        workshop: String,
        /// Who.
        learner: LearnerId,
        /// Session id within the workshop.
        session: String,
        /// Present.
        present: bool,
    },
    /// One sitting of a workshop's pre- or post-test (a fact; the latest
    /// sitting of each test counts).
    #[serde(rename = "test.sat.v1")]
    TestSat {
        /// Which workshop.
        workshop: String,
        /// Who.
        learner: LearnerId,
        /// Pre or post.
        test: WorkshopTest,
        /// Options chosen, by `course/question`.
        answers: std::collections::BTreeMap<String, Vec<String>>,
        /// Right answers.
        score: u32,
        /// Questions.
        total: u32,
        /// Answered on paper and keyed in by the trainer.
        on_paper: bool,
    },
    /// A go at a quiz finished (a fact).
    #[serde(rename = "quiz.finished.v1")]
    QuizFinished {
        /// Who.
        learner: LearnerId,
        /// Which lesson's quiz.
        at: LessonRef,
        /// The attempt.
        attempt: String,
        /// Right answers.
        score: u32,
        /// Questions.
        total: u32,
    },
}

impl Payload {
    /// The learner the record is about, if it is about one.
    pub fn learner(&self) -> Option<&str> {
        let learner = match self {
            Self::LearnerRegistered { learner }
            | Self::LearnerField { learner, .. }
            | Self::LearnerConsented { learner, .. }
            | Self::LearnerErased { learner }
            | Self::LessonOpened { learner, .. }
            | Self::LessonTime { learner, .. }
            | Self::LessonCompleted { learner, .. }
            | Self::Bookmark { learner, .. }
            | Self::Note { learner, .. }
            | Self::QuizAnswered { learner, .. }
            | Self::QuizAnsweredV2 { learner, .. }
            | Self::PlanSaved { learner, .. }
            | Self::QuizFinished { learner, .. }
            | Self::Enrolled { learner, .. }
            | Self::AttendanceMarked { learner, .. }
            | Self::TestSat { learner, .. } => learner,
            Self::WorkshopSaved { .. } => return None,
        };
        Some(learner)
    }

    /// The `kind` string, as stored beside the payload.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::LearnerRegistered { .. } => "learner.registered.v1",
            Self::LearnerField { .. } => "learner.field.v1",
            Self::LearnerConsented { .. } => "learner.consented.v1",
            Self::LearnerErased { .. } => "learner.erased.v1",
            Self::LessonOpened { .. } => "lesson.opened.v1",
            Self::LessonTime { .. } => "lesson.time.v1",
            Self::LessonCompleted { .. } => "lesson.completed.v1",
            Self::Bookmark { .. } => "lesson.bookmark.v1",
            Self::Note { .. } => "lesson.note.v1",
            Self::QuizAnswered { .. } => "quiz.answered.v1",
            Self::QuizAnsweredV2 { .. } => "quiz.answered.v2",
            Self::QuizFinished { .. } => "quiz.finished.v1",
            Self::PlanSaved { .. } => "plan.saved.v1",
            Self::WorkshopSaved { .. } => "workshop.saved.v1",
            Self::Enrolled { .. } => "workshop.enrolled.v1",
            Self::AttendanceMarked { .. } => "attendance.marked.v1",
            Self::TestSat { .. } => "test.sat.v1",
        }
    }
}

/// A record in the log: where it comes from, its place in its stream, its
/// clock, and what it says (`None` once purged by an erasure).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Record {
    /// The device that wrote it.
    pub device_id: String,
    /// The organisation the data belongs to, or `personal`.
    pub scope: String,
    /// Its place in the stream `(device_id, scope)`, from 1, contiguous.
    pub idx: u64,
    /// When, on the hybrid logical clock.
    pub hlc: Hlc,
    /// What it says; `None` when an erasure purged it.
    pub payload: Option<Payload>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at() -> LessonRef {
        LessonRef {
            course: "safe-migration".into(),
            lesson: "red-flags".into(),
        }
    }

    /// The wire format of each kind, written out. If this test fails you
    /// changed a payload that other devices already store: add a new kind.
    #[test]
    fn payload_json_is_pinned() {
        let l = "0f0e".to_owned();
        let cases = [
            (
                Payload::LearnerRegistered { learner: l.clone() },
                r#"{"kind":"learner.registered.v1","learner":"0f0e"}"#,
            ),
            (
                Payload::LearnerField {
                    learner: l.clone(),
                    field: ProfileField::AgeBand,
                    value: Some("25-34".into()),
                },
                r#"{"kind":"learner.field.v1","learner":"0f0e","field":"age-band","value":"25-34"}"#,
            ),
            (
                Payload::LearnerConsented {
                    learner: l.clone(),
                    text_version: 1,
                },
                r#"{"kind":"learner.consented.v1","learner":"0f0e","text_version":1}"#,
            ),
            (
                Payload::LearnerErased { learner: l.clone() },
                r#"{"kind":"learner.erased.v1","learner":"0f0e"}"#,
            ),
            (
                Payload::LessonOpened {
                    learner: l.clone(),
                    at: at(),
                },
                r#"{"kind":"lesson.opened.v1","learner":"0f0e","at":{"course":"safe-migration","lesson":"red-flags"}}"#,
            ),
            (
                Payload::LessonTime {
                    learner: l.clone(),
                    at: at(),
                    seconds: 30,
                },
                r#"{"kind":"lesson.time.v1","learner":"0f0e","at":{"course":"safe-migration","lesson":"red-flags"},"seconds":30}"#,
            ),
            (
                Payload::LessonCompleted {
                    learner: l.clone(),
                    at: at(),
                },
                r#"{"kind":"lesson.completed.v1","learner":"0f0e","at":{"course":"safe-migration","lesson":"red-flags"}}"#,
            ),
            (
                Payload::Bookmark {
                    learner: l.clone(),
                    at: at(),
                    on: true,
                },
                r#"{"kind":"lesson.bookmark.v1","learner":"0f0e","at":{"course":"safe-migration","lesson":"red-flags"},"on":true}"#,
            ),
            (
                Payload::Note {
                    learner: l.clone(),
                    at: at(),
                    text: "ask".into(),
                },
                r#"{"kind":"lesson.note.v1","learner":"0f0e","at":{"course":"safe-migration","lesson":"red-flags"},"text":"ask"}"#,
            ),
            (
                Payload::QuizAnswered {
                    learner: l.clone(),
                    at: at(),
                    attempt: "a1".into(),
                    question: "q1".into(),
                    chosen: vec!["b".into()],
                    correct: true,
                },
                r#"{"kind":"quiz.answered.v1","learner":"0f0e","at":{"course":"safe-migration","lesson":"red-flags"},"attempt":"a1","question":"q1","chosen":["b"],"correct":true}"#,
            ),
            (
                Payload::QuizFinished {
                    learner: l,
                    at: at(),
                    attempt: "a1".into(),
                    score: 3,
                    total: 4,
                },
                r#"{"kind":"quiz.finished.v1","learner":"0f0e","at":{"course":"safe-migration","lesson":"red-flags"},"attempt":"a1","score":3,"total":4}"#,
            ),
            (
                Payload::PlanSaved {
                    learner: "0f0e".into(),
                    tool: "loan-cost".into(),
                    inputs: [("months".to_owned(), "12".to_owned())].into(),
                    result: [("totalPaid".to_owned(), "37,200.00 PHP".to_owned())].into(),
                },
                r#"{"kind":"plan.saved.v1","learner":"0f0e","tool":"loan-cost","inputs":{"months":"12"},"result":{"totalPaid":"37,200.00 PHP"}}"#,
            ),
            (
                Payload::WorkshopSaved {
                    workshop: "w1".into(),
                    details: WorkshopDetails {
                        title: "Safe migration".into(),
                        organisation: "CSO".into(),
                        venue: "Hall".into(),
                        trainer: "Dara".into(),
                        locale: "km".into(),
                        courses: vec!["safe-migration".into()],
                        days: vec![WorkshopDay {
                            date: "2027-03-04".into(),
                            sessions: vec![WorkshopSession {
                                id: "s1".into(),
                                start: "08:30".into(),
                                minutes: 45,
                                kind: "lesson".into(),
                                title: "Red flags".into(),
                                lessons: vec![at()],
                            }],
                        }],
                        test: vec![QuestionRef {
                            course: "safe-migration".into(),
                            question: "q1".into(),
                        }],
                    },
                },
                r#"{"kind":"workshop.saved.v1","workshop":"w1","details":{"title":"Safe migration","organisation":"CSO","venue":"Hall","trainer":"Dara","locale":"km","courses":["safe-migration"],"days":[{"date":"2027-03-04","sessions":[{"id":"s1","start":"08:30","minutes":45,"kind":"lesson","title":"Red flags","lessons":[{"course":"safe-migration","lesson":"red-flags"}]}]}],"test":[{"course":"safe-migration","question":"q1"}]}}"#,
            ),
            (
                Payload::QuizAnsweredV2 {
                    learner: "0f0e".into(),
                    at: at(),
                    attempt: "a1".into(),
                    question: "q1".into(),
                    chosen: vec!["b".into()],
                    correct: false,
                    shown_in: "km".into(),
                    feedback: [("b".to_owned(), "No: …".to_owned())].into(),
                },
                r#"{"kind":"quiz.answered.v2","learner":"0f0e","at":{"course":"safe-migration","lesson":"red-flags"},"attempt":"a1","question":"q1","chosen":["b"],"correct":false,"shown_in":"km","feedback":{"b":"No: …"}}"#,
            ),
            (
                Payload::Enrolled {
                    workshop: "w1".into(),
                    learner: "0f0e".into(),
                },
                r#"{"kind":"workshop.enrolled.v1","workshop":"w1","learner":"0f0e"}"#,
            ),
            (
                Payload::AttendanceMarked {
                    workshop: "w1".into(),
                    learner: "0f0e".into(),
                    session: "s1".into(),
                    present: true,
                },
                r#"{"kind":"attendance.marked.v1","workshop":"w1","learner":"0f0e","session":"s1","present":true}"#,
            ),
            (
                Payload::TestSat {
                    workshop: "w1".into(),
                    learner: "0f0e".into(),
                    test: WorkshopTest::Pre,
                    answers: [("safe-migration/q1".to_owned(), vec!["b".to_owned()])].into(),
                    score: 1,
                    total: 1,
                    on_paper: false,
                },
                r#"{"kind":"test.sat.v1","workshop":"w1","learner":"0f0e","test":"pre","answers":{"safe-migration/q1":["b"]},"score":1,"total":1,"on_paper":false}"#,
            ),
        ];
        for (payload, json) in cases {
            assert_eq!(serde_json::to_string(&payload).ok().as_deref(), Some(json));
            let back: Payload = serde_json::from_str(json).expect("reads back");
            assert_eq!(back, payload);
            assert!(json.contains(payload.kind()));
        }
    }

    #[test]
    fn unknown_kinds_and_fields_are_refused_not_guessed() {
        for bad in [
            r#"{"kind":"learner.registered.v9","learner":"x"}"#,
            r#"{"kind":"learner.registered.v1","learner":"x","extra":1}"#,
            r#"{"kind":"lesson.time.v1","learner":"x","at":{"course":"c","lesson":"l"},"seconds":-5}"#,
        ] {
            assert!(serde_json::from_str::<Payload>(bad).is_err(), "{bad}");
        }
    }
}
