//! A workshop's pre- and post-test: the paper (the same questions before
//! and after), the group taking it one after another on the laptop while
//! trainer screens stay locked, answers keyed in from paper, and the
//! results per learner and per question with the gain from pre to post.

use std::collections::BTreeMap;

use passage_l10n::Locale;
use passage_store::{Payload, ProfileField, QuestionRef, WorkshopTest};

use crate::quiz::{QuestionView, question_view};
use crate::workshops::TestScore;
use crate::{AppError, Passage, Result};

/// Which test.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum TestName {
    /// Before the lessons.
    Pre,
    /// After the lessons.
    Post,
}

impl From<TestName> for WorkshopTest {
    fn from(t: TestName) -> Self {
        match t {
            TestName::Pre => Self::Pre,
            TestName::Post => Self::Post,
        }
    }
}

/// A test open for the group on this laptop.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Kiosk {
    workshop: String,
    test: TestName,
}

/// The screen learners see while a test is open: pick your name.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct KioskView {
    /// Workshop id.
    pub workshop_id: String,
    /// Workshop title.
    pub workshop_title: String,
    /// Which test.
    pub test: TestName,
    /// Everyone registered, and whether they have taken it.
    pub people: Vec<KioskPerson>,
}

/// A person on the kiosk list.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct KioskPerson {
    /// Learner id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Took this test already.
    pub done: bool,
}

/// The questions of a workshop test, in one language. Question ids are
/// `course/question`; the answer key never leaves Rust.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TestPaper {
    /// Which test.
    pub test: TestName,
    /// The language shown.
    pub shown_in: String,
    /// The questions.
    pub questions: Vec<QuestionView>,
}

/// Results of both tests.
#[derive(Clone, Debug, PartialEq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TestResults {
    /// Per participant.
    pub people: Vec<PersonResult>,
    /// Per question.
    pub questions: Vec<QuestionResult>,
    /// Mean pre-test score (percent) of those who took it.
    pub pre_average: Option<f64>,
    /// Mean post-test score (percent) of those who took it.
    pub post_average: Option<f64>,
    /// Mean gain (percentage points) of those who took both.
    pub gain: Option<f64>,
}

/// One participant's results.
#[derive(Clone, Debug, PartialEq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonResult {
    /// Learner id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Pre-test.
    pub pre: Option<TestScore>,
    /// Post-test.
    pub post: Option<TestScore>,
    /// Post percent minus pre percent.
    pub gain: Option<f64>,
}

/// How the group did on one question.
#[derive(Clone, Debug, PartialEq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct QuestionResult {
    /// `course/question`.
    pub id: String,
    /// The question in the workshop language.
    pub prompt: String,
    /// Right in the pre-test / answered in the pre-test.
    pub pre_right: u32,
    /// Answered in the pre-test.
    pub pre_answered: u32,
    /// Right in the post-test.
    pub post_right: u32,
    /// Answered in the post-test.
    pub post_answered: u32,
}

fn percent(s: &TestScore) -> Option<f64> {
    (s.total > 0).then(|| f64::from(s.score) * 100.0 / f64::from(s.total))
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.fold((0.0, 0u32), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| (sum / f64::from(n) * 10.0).round() / 10.0)
}

fn key_of(q: &QuestionRef) -> String {
    format!("{}/{}", q.course, q.question)
}

impl Passage {
    fn kiosk_state(&self) -> Option<Kiosk> {
        self.kiosk
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// Either the trainer is signed in, or this very test is open for the group.
    fn may_take(&self, workshop: &str, test: TestName) -> Result<()> {
        if self.trainer().is_ok() {
            return Ok(());
        }
        match self.kiosk_state() {
            Some(k) if k.workshop == workshop && k.test == test => Ok(()),
            _ => Err(AppError::NoTrainer),
        }
    }

    /// Opens a test for the group: trainer screens lock (the trainer's PIN
    /// opens them again) and learners pick their name and take it in turn.
    pub fn open_test(&self, workshop: &str, test: TestName) -> Result<KioskView> {
        self.trainer()?;
        self.stored_workshop(workshop)?;
        *self
            .kiosk
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(Kiosk {
            workshop: workshop.to_owned(),
            test,
        });
        self.set_trainer(None);
        self.set_active(None);
        self.kiosk()?
            .ok_or_else(|| AppError::Store("the test did not open".into()))
    }

    /// The open test's list of names, if a test is open.
    pub fn kiosk(&self) -> Result<Option<KioskView>> {
        let Some(kiosk) = self.kiosk_state() else {
            return Ok(None);
        };
        let stored = self.stored_workshop(&kiosk.workshop)?;
        // The same reading of the workshop's people as trainer screens use.
        let people = self
            .participants(&kiosk.workshop)?
            .into_iter()
            .map(|p| KioskPerson {
                done: match kiosk.test {
                    TestName::Pre => p.pre.is_some(),
                    TestName::Post => p.post.is_some(),
                },
                id: p.id,
                name: p.name,
            })
            .collect();
        Ok(Some(KioskView {
            workshop_id: stored.id,
            workshop_title: stored.details.title,
            test: kiosk.test,
            people,
        }))
    }

    /// The questions of a workshop's test in a learner's language (the
    /// workshop's language without a learner).
    pub fn test_paper(
        &self,
        workshop: &str,
        test: TestName,
        learner: Option<&str>,
    ) -> Result<TestPaper> {
        self.may_take(workshop, test)?;
        let stored = self.stored_workshop(workshop)?;
        let learner_locale = learner
            .map(|id| self.store().and_then(|s| Ok(s.profile(id)?)))
            .transpose()?
            .flatten()
            .and_then(|p| p.get(ProfileField::Locale).map(str::to_owned));
        let locale = learner_locale
            .as_deref()
            .and_then(|l| Locale::parse(l).ok())
            .or_else(|| Locale::parse(&stored.details.locale).ok())
            .unwrap_or_else(|| self.locale());
        let mut shown_in = Locale::english();
        let mut questions = Vec::new();
        for q in &stored.details.test {
            let pack = self.pack(&q.course)?;
            let Some(bank) = &pack.bank else { continue };
            let Some((_, key)) = bank.questions.iter().find(|(_, k)| k.id == q.question) else {
                continue;
            };
            let (words_locale, words) = bank
                .words
                .get_key_value(&locale)
                .or_else(|| bank.words.get_key_value(&pack.manifest.source_locale))
                .ok_or_else(|| AppError::NotFound(format!("words of `{}`", key_of(q))))?;
            shown_in = words_locale.clone();
            let Some(w) = words.get(&key.id) else {
                continue;
            };
            questions.push(question_view(key_of(q), key, w));
        }
        Ok(TestPaper {
            test,
            shown_in: shown_in.to_string(),
            questions,
        })
    }

    /// Records one sitting of a test: taken on the laptop (while the test is
    /// open for the group, or by the trainer) or keyed in from paper (trainer
    /// only). Questions left unanswered count as wrong.
    pub fn submit_test(
        &self,
        workshop: &str,
        learner: &str,
        test: TestName,
        answers: &BTreeMap<String, Vec<String>>,
        on_paper: bool,
    ) -> Result<TestScore> {
        if on_paper {
            self.trainer()?;
        } else {
            self.may_take(workshop, test)?;
        }
        let stored = self.stored_workshop(workshop)?;
        if !self
            .store()?
            .enrolled(workshop)?
            .iter()
            .any(|l| l == learner)
        {
            return Err(AppError::BadInput(
                "learner: not registered in this workshop".into(),
            ));
        }
        let mut score = 0;
        for q in &stored.details.test {
            let key = self
                .pack(&q.course)?
                .bank
                .as_ref()
                .and_then(|b| b.questions.iter().find(|(_, k)| k.id == q.question))
                .map(|(_, k)| k)
                .ok_or_else(|| AppError::NotFound(format!("question `{}`", key_of(q))))?;
            let chosen = answers.get(&key_of(q)).map(Vec::as_slice).unwrap_or(&[]);
            if let Some(unknown) = chosen.iter().find(|c| !key.options.contains(c)) {
                return Err(AppError::BadInput(format!(
                    "`{unknown}` is not an option of question `{}`",
                    key_of(q)
                )));
            }
            if key.is_correct(chosen) {
                score += 1;
            }
        }
        let known: Vec<String> = stored.details.test.iter().map(key_of).collect();
        if let Some(extra) = answers.keys().find(|k| !known.contains(k)) {
            return Err(AppError::BadInput(format!(
                "`{extra}` is not a question of this test"
            )));
        }
        let total = u32::try_from(stored.details.test.len()).unwrap_or(u32::MAX);
        self.store()?.append(
            &stored.scope,
            vec![Payload::TestSat {
                workshop: workshop.to_owned(),
                learner: learner.to_owned(),
                test: test.into(),
                answers: answers.clone(),
                score,
                total,
                on_paper,
            }],
        )?;
        Ok(TestScore {
            score,
            total,
            on_paper,
        })
    }

    /// Results per participant and per question, and the group's gain.
    pub fn test_results(&self, workshop: &str) -> Result<TestResults> {
        self.trainer()?;
        let stored = self.stored_workshop(workshop)?;
        let participants = self.participants(workshop)?;
        let sittings = self.store()?.test_sittings(workshop)?;
        let paper = self.test_paper(workshop, TestName::Pre, None)?;
        let people: Vec<PersonResult> = participants
            .into_iter()
            .map(|p| PersonResult {
                gain: match (
                    p.pre.as_ref().and_then(percent),
                    p.post.as_ref().and_then(percent),
                ) {
                    (Some(pre), Some(post)) => Some(((post - pre) * 10.0).round() / 10.0),
                    _ => None,
                },
                id: p.id,
                name: p.name,
                pre: p.pre,
                post: p.post,
            })
            .collect();
        let mut questions = Vec::new();
        for q in &stored.details.test {
            let id = key_of(q);
            let key = self
                .pack(&q.course)
                .ok()
                .and_then(|p| p.bank.as_ref())
                .and_then(|b| b.questions.iter().find(|(_, k)| k.id == q.question))
                .map(|(_, k)| k);
            let mut row = QuestionResult {
                prompt: paper
                    .questions
                    .iter()
                    .find(|v| v.id == id)
                    .map(|v| v.prompt.clone())
                    .unwrap_or_default(),
                id: id.clone(),
                pre_right: 0,
                pre_answered: 0,
                post_right: 0,
                post_answered: 0,
            };
            for s in &sittings {
                let chosen = s.answers.get(&id).map(Vec::as_slice).unwrap_or(&[]);
                let right = key.is_some_and(|k| k.is_correct(chosen));
                let (answered, correct) = match s.test {
                    WorkshopTest::Pre => (&mut row.pre_answered, &mut row.pre_right),
                    WorkshopTest::Post => (&mut row.post_answered, &mut row.post_right),
                };
                *answered += 1;
                *correct += u32::from(right);
            }
            questions.push(row);
        }
        Ok(TestResults {
            pre_average: mean(
                people
                    .iter()
                    .filter_map(|p| p.pre.as_ref().and_then(percent)),
            ),
            post_average: mean(
                people
                    .iter()
                    .filter_map(|p| p.post.as_ref().and_then(percent)),
            ),
            gain: mean(people.iter().filter_map(|p| p.gain)),
            people,
            questions,
        })
    }
}
