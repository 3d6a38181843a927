//! The dashboard's figures, worked out from an organisation's read model:
//! one pure pass over its workshops and participants ([`compute`]), cached
//! until new records arrive. Reports count the way laptops do
//! (`passage-report`); this adds the cuts a programme manager asks for:
//! per workshop, per trainer, per month, per test question.

use std::collections::{BTreeMap, BTreeSet};

use passage_report::{GroupRow, ReportInput, WorkshopReport, aggregate, aggregate_many, input_of};
use passage_store::{ParticipantFacts, ProfileField, Store, Workshop};

/// Tells whether options chosen for `course/question` are right, from the
/// course content the hub was given; `None` when the hub does not know
/// the question.
pub trait AnswerKeys: Send + Sync {
    /// Whether `chosen` answers `course`'s `question` rightly.
    fn is_correct(&self, course: &str, question: &str, chosen: &[String]) -> Option<bool>;
}

/// Everything the dashboard shows of one organisation.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    /// Everybody in every workshop.
    pub report: WorkshopReport,
    /// Different people enrolled (someone in two workshops counts once).
    pub learners: u32,
    /// Each workshop, the most recent first.
    pub workshops: Vec<WorkshopLine>,
    /// Each trainer (by the name typed on the workshop), most people first.
    pub trainers: Vec<TrainerLine>,
    /// By the month a workshop started (`YYYY-MM`), oldest first.
    pub months: Vec<GroupRow>,
    /// Each test question, the most often wrong in the post-test first.
    pub questions: Vec<QuestionLine>,
}

/// One workshop.
#[derive(Clone, Debug, PartialEq)]
pub struct WorkshopLine {
    /// Its id.
    pub id: String,
    /// What the trainer called it.
    pub title: String,
    /// The trainer's name.
    pub trainer: String,
    /// Where.
    pub venue: String,
    /// First and last day (`YYYY-MM-DD`), if it has days.
    pub dates: Option<(String, String)>,
    /// Courses taught.
    pub courses: Vec<String>,
    /// Its report.
    pub report: WorkshopReport,
}

/// One trainer's workshops together.
#[derive(Clone, Debug, PartialEq)]
pub struct TrainerLine {
    /// The name on the workshops (trimmed).
    pub name: String,
    /// How many workshops.
    pub workshops: u32,
    /// Everybody they trained.
    pub report: WorkshopReport,
}

/// How one test question went, over every workshop that asked it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QuestionLine {
    /// Course (pack) id.
    pub course: String,
    /// Question id in the course's test bank.
    pub question: String,
    /// Pre-test answers, and how many were right.
    pub pre_answered: u32,
    /// Right in the pre-test.
    pub pre_right: u32,
    /// Post-test answers.
    pub post_answered: u32,
    /// Right in the post-test.
    pub post_right: u32,
    /// Whether the hub knows the question's answer (else nothing is right).
    pub known: bool,
}

impl QuestionLine {
    /// Share of post-test answers that were wrong (0 with no answers).
    pub fn post_wrong_share(&self) -> f64 {
        if self.post_answered == 0 {
            return 0.0;
        }
        f64::from(self.post_answered - self.post_right) / f64::from(self.post_answered)
    }
}

/// The month (`YYYY-MM`) a workshop started, if its first day has a date.
fn month_of(w: &Workshop) -> Option<String> {
    let date = &w.details.days.first()?.date;
    date.get(..7).map(str::to_owned)
}

/// Works out every figure from the read model's workshops and participants.
pub fn compute(store: &Store, keys: &dyn AnswerKeys) -> passage_store::Result<Figures> {
    let workshops = store.workshops()?;
    let mut people: BTreeMap<String, Vec<ParticipantFacts>> = BTreeMap::new();
    let mut learners = BTreeSet::new();
    for p in store.participant_facts(None)? {
        learners.insert(p.learner.clone());
        people.entry(p.workshop.clone()).or_default().push(p);
    }
    let mut questions: BTreeMap<(String, String), QuestionLine> = BTreeMap::new();
    let mut inputs: Vec<(Workshop, ReportInput)> = Vec::with_capacity(workshops.len());
    for w in workshops {
        let here = people.remove(&w.id).unwrap_or_default();
        count_questions(&w, &here, keys, &mut questions);
        let input = input_of(&w.details, here);
        inputs.push((w, input));
    }
    let report = aggregate_many(inputs.iter().map(|(_, i)| i));

    let mut by_trainer: BTreeMap<String, Vec<&ReportInput>> = BTreeMap::new();
    let mut by_month: BTreeMap<String, Vec<&ReportInput>> = BTreeMap::new();
    for (w, input) in &inputs {
        by_trainer
            .entry(w.details.trainer.trim().to_owned())
            .or_default()
            .push(input);
        if let Some(month) = month_of(w) {
            by_month.entry(month).or_default().push(input);
        }
    }
    let mut trainers: Vec<TrainerLine> = by_trainer
        .into_iter()
        .map(|(name, inputs)| TrainerLine {
            name,
            workshops: u32::try_from(inputs.len()).unwrap_or(u32::MAX),
            report: aggregate_many(inputs),
        })
        .collect();
    trainers.sort_by(|a, b| {
        b.report
            .total
            .registered
            .cmp(&a.report.total.registered)
            .then_with(|| a.name.cmp(&b.name))
    });
    let months = by_month
        .into_iter()
        .map(|(month, inputs)| {
            let mut row = aggregate_many(inputs).total;
            row.group = month;
            row
        })
        .collect();
    let workshops = inputs
        .into_iter()
        .map(|(w, input)| WorkshopLine {
            dates: w
                .details
                .days
                .first()
                .zip(w.details.days.last())
                .map(|(a, b)| (a.date.clone(), b.date.clone())),
            id: w.id,
            title: w.details.title,
            trainer: w.details.trainer,
            venue: w.details.venue,
            courses: w.details.courses,
            report: aggregate(&input),
        })
        .collect();
    let mut questions: Vec<QuestionLine> = questions.into_values().collect();
    questions.sort_by(|a, b| {
        b.post_wrong_share()
            .total_cmp(&a.post_wrong_share())
            .then_with(|| b.post_answered.cmp(&a.post_answered))
            .then_with(|| (&a.course, &a.question).cmp(&(&b.course, &b.question)))
    });
    Ok(Figures {
        report,
        learners: u32::try_from(learners.len()).unwrap_or(u32::MAX),
        workshops,
        trainers,
        months,
        questions,
    })
}

/// Adds one workshop's test answers to the per-question counts.
fn count_questions(
    w: &Workshop,
    people: &[ParticipantFacts],
    keys: &dyn AnswerKeys,
    out: &mut BTreeMap<(String, String), QuestionLine>,
) {
    for q in &w.details.test {
        let line = out
            .entry((q.course.clone(), q.question.clone()))
            .or_insert_with(|| QuestionLine {
                course: q.course.clone(),
                question: q.question.clone(),
                ..QuestionLine::default()
            });
        let id = format!("{}/{}", q.course, q.question);
        for p in people {
            for (sitting, pre) in [(&p.pre, true), (&p.post, false)] {
                let Some(sitting) = sitting else { continue };
                let chosen = sitting.answers.get(&id).map_or(&[][..], Vec::as_slice);
                let right = keys.is_correct(&q.course, &q.question, chosen);
                line.known |= right.is_some();
                let right = u32::from(right.unwrap_or(false));
                if pre {
                    line.pre_answered += 1;
                    line.pre_right += right;
                } else {
                    line.post_answered += 1;
                    line.post_right += right;
                }
            }
        }
    }
}

/// One participant as a manager sees them on a workshop's page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    /// Name as registered.
    pub name: String,
    /// Sex code.
    pub sex: Option<String>,
    /// Age band code.
    pub age_band: Option<String>,
    /// Sessions attended.
    pub attended: u32,
    /// Pre-test, right out of questions.
    pub pre: Option<(u32, u32)>,
    /// Post-test.
    pub post: Option<(u32, u32)>,
}

/// Who took part in one workshop, in registration order (personal data:
/// for managers only, and every look is in the audit log).
pub fn people_of(store: &Store, workshop: &str) -> passage_store::Result<Option<Vec<Person>>> {
    let Some(w) = store.workshop(workshop)? else {
        return Ok(None);
    };
    let sessions = passage_report::teaching_sessions(&w.details);
    let people = store
        .participant_facts(Some(workshop))?
        .into_iter()
        .map(|p| Person {
            name: p
                .fields
                .get(&ProfileField::Name)
                .cloned()
                .unwrap_or_default(),
            sex: p.fields.get(&ProfileField::Sex).cloned(),
            age_band: p.fields.get(&ProfileField::AgeBand).cloned(),
            attended: u32::try_from(
                p.attended
                    .iter()
                    .filter(|s| sessions.contains(&s.as_str()))
                    .count(),
            )
            .unwrap_or(u32::MAX),
            pre: p.pre.map(|s| (s.score, s.total)),
            post: p.post.map(|s| (s.score, s.total)),
        })
        .collect();
    Ok(Some(people))
}
