//! Trainer mode: trainer profiles behind a PIN, workshops planned from a
//! course's agenda, registration at the door and from an organiser's sheet,
//! and attendance. Everything a workshop writes goes to its organisation's
//! scope (`org:<slug>`), so that sync carries it to the hub. Tests live in
//! `tests.rs`; printing and reports in `printing.rs`.

use std::collections::{BTreeMap, BTreeSet};

use passage_content::TestKind;
use passage_l10n::Locale;
use passage_store::{
    LessonRef, PERSONAL_SCOPE, Payload, ProfileField, QuestionRef, Store, WorkshopDay,
    WorkshopDetails, WorkshopSession,
};

use crate::calendar::{add_days, days_of, year_of};
use crate::learners::{CONSENT_VERSION, normalise_pin};
use crate::roster::{self, ProblemCode, Registrant, RegistrantDraft, RosterProblem};
use crate::{AppError, Passage, Result};

/// The role value of a trainer's profile.
const TRAINER: &str = "trainer";

/// What a trainer fills in to make their profile (the PIN is required).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct NewTrainer {
    /// The trainer's name, as printed on certificates.
    pub name: String,
    /// Four digits (any script).
    pub pin: String,
    /// Their language.
    pub locale: String,
}

/// A trainer as the trainer sign-in lists them.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TrainerCard {
    /// Profile id.
    pub id: String,
    /// Name.
    pub name: String,
}

/// The trainer sign-in screen.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TrainerScreen {
    /// Trainers on this laptop.
    pub trainers: Vec<TrainerCard>,
    /// The trainer signed in now, if any.
    pub active: Option<TrainerCard>,
}

/// A new workshop.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkshopForm {
    /// Title.
    pub title: String,
    /// Organisation running it.
    pub organisation: String,
    /// Venue.
    pub venue: String,
    /// First day, `YYYY-MM-DD`.
    pub first_day: String,
    /// Workshop language.
    pub locale: String,
    /// Course ids, in teaching order.
    pub courses: Vec<String>,
}

/// Changes to a workshop: its words, its first day (later days follow),
/// and its sessions, reordered or retimed (the same sessions: none added
/// or lost, so attendance stays attached).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkshopEdit {
    /// Title.
    pub title: String,
    /// Organisation.
    pub organisation: String,
    /// Venue.
    pub venue: String,
    /// First day, `YYYY-MM-DD`.
    pub first_day: String,
    /// Workshop language.
    pub locale: String,
    /// The sessions of each day, by id, in their new order, with their times.
    pub days: Vec<Vec<SessionEdit>>,
}

/// A session's place and time after an edit.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SessionEdit {
    /// Session id.
    pub id: String,
    /// `HH:MM`.
    pub start: String,
    /// Minutes.
    pub minutes: u16,
    /// Title.
    pub title: String,
}

/// A workshop in the trainer's list.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkshopCard {
    /// Workshop id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Organisation.
    pub organisation: String,
    /// Venue.
    pub venue: String,
    /// First day.
    pub first_day: String,
    /// Last day.
    pub last_day: String,
    /// People registered.
    pub participants: u32,
}

/// One session as the agenda shows it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SessionView {
    /// Session id.
    pub id: String,
    /// `HH:MM`.
    pub start: String,
    /// Minutes.
    pub minutes: u16,
    /// `opening`, `pre-test`, `lesson`, `break`, `post-test`, `closing`.
    pub kind: String,
    /// Title.
    pub title: String,
    /// Lessons taught, with their titles in the workshop language.
    pub lessons: Vec<SessionLesson>,
}

/// A lesson taught in a session.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SessionLesson {
    /// Course id.
    pub course_id: String,
    /// Lesson id.
    pub lesson_id: String,
    /// Title.
    pub title: String,
}

/// One workshop day.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct DayView {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Sessions in order.
    pub sessions: Vec<SessionView>,
}

/// A test result: right answers out of questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TestScore {
    /// Right answers.
    pub score: u32,
    /// Questions.
    pub total: u32,
    /// Keyed in from paper.
    pub on_paper: bool,
}

/// A registered participant as trainer screens show them.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Participant {
    /// Learner id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Sex code.
    pub sex: Option<String>,
    /// Age band.
    pub age_band: Option<String>,
    /// Year of birth.
    pub birth_year: Option<String>,
    /// Origin country.
    pub origin: Option<String>,
    /// Destination country.
    pub destination: Option<String>,
    /// Sector.
    pub sector: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// Their language.
    pub locale: Option<String>,
    /// Sessions they were present at.
    pub attended: Vec<String>,
    /// Latest pre-test.
    pub pre: Option<TestScore>,
    /// Latest post-test.
    pub post: Option<TestScore>,
}

/// Everything about one workshop, for the trainer.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkshopView {
    /// Workshop id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Organisation.
    pub organisation: String,
    /// Venue.
    pub venue: String,
    /// Trainer's name.
    pub trainer: String,
    /// Workshop language.
    pub locale: String,
    /// Course ids.
    pub courses: Vec<String>,
    /// The agenda.
    pub days: Vec<DayView>,
    /// Questions in the pre- and post-test.
    pub test_questions: u32,
    /// People registered, in the order they registered.
    pub participants: Vec<Participant>,
}

/// A person registered by hand at the door.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RegistrationForm {
    /// Name.
    pub name: String,
    /// Sex code (or empty).
    pub sex: String,
    /// Age band (or empty).
    pub age_band: String,
    /// Year of birth, or an age (up to three digits), or empty; any
    /// script's digits.
    pub birth_year: String,
    /// Origin country code (or empty).
    pub origin: String,
    /// Destination country code (or empty).
    pub destination: String,
    /// Sector code (or empty).
    pub sector: String,
    /// Phone (or empty).
    pub phone: String,
    /// Their language, for their certificate and the tests (empty: the
    /// workshop's).
    pub locale: String,
    /// They agreed to the consent text.
    pub consent: bool,
    /// Register even though someone with the same name and year is there.
    pub allow_duplicate: bool,
}

/// What registering someone did.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case", tag = "outcome")]
pub enum Registration {
    /// Registered.
    Registered {
        /// The new participant.
        participant: Participant,
    },
    /// Not registered: someone with the same name and year of birth is
    /// already in the workshop; ask, then send again with `allowDuplicate`.
    PossibleDuplicate {
        /// Who is already there.
        existing: Participant,
    },
    /// Not registered: what to fix.
    Problems {
        /// By field.
        problems: Vec<RosterProblem>,
    },
}

/// The result of importing a sheet: everything or nothing.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportOutcome {
    /// People registered (0 when there are problems).
    pub imported: u32,
    /// What stopped the import, by row; nothing was saved if any.
    pub problems: Vec<RosterProblem>,
}

fn bad(field: &str, why: &str) -> AppError {
    AppError::BadInput(format!("{field}: {why}"))
}

fn text_field(field: &str, value: &str, required: bool, max: usize) -> Result<String> {
    let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
    if required && value.is_empty() {
        return Err(bad(field, "required"));
    }
    if value.chars().count() > max {
        return Err(bad(field, &format!("at most {max} characters")));
    }
    Ok(value)
}

/// Words of `text` joined by `-`: only spaces, punctuation and control
/// characters separate (the vowel signs of Khmer, Thai, Burmese or Lao are
/// not alphanumeric but belong to their word). Safe in a file name.
pub(crate) fn slug(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars() {
        let separator = c.is_whitespace()
            || c.is_control()
            || c.is_ascii_punctuation()
            || ('\u{2000}'..='\u{206F}').contains(&c)
            || ('\u{3000}'..='\u{303F}').contains(&c);
        if !separator {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_owned()
}

/// The organisation scope of a workshop's records: `org:` and the slug of
/// the organisation's name in lower case.
pub(crate) fn org_scope(organisation: &str) -> String {
    format!("org:{}", slug(&organisation.to_lowercase()))
}

fn check_time(field: &str, start: &str) -> Result<()> {
    passage_content::minutes_of_day(start)
        .map(|_| ())
        .ok_or_else(|| bad(field, "a time like 08:30"))
}

impl Passage {
    /// The signed-in trainer, or why trainer screens are closed.
    pub(crate) fn trainer(&self) -> Result<String> {
        self.trainer
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
            .ok_or(AppError::NoTrainer)
    }

    fn trainer_card(store: &Store, id: &str) -> Result<TrainerCard> {
        let profile = store
            .profile(id)?
            .filter(|p| p.get(ProfileField::Role) == Some(TRAINER))
            .ok_or_else(|| AppError::NotFound(format!("trainer `{id}`")))?;
        Ok(TrainerCard {
            id: id.to_owned(),
            name: profile
                .get(ProfileField::Name)
                .unwrap_or_default()
                .to_owned(),
        })
    }

    /// The trainers on this laptop and who is signed in.
    pub fn trainers(&self) -> Result<TrainerScreen> {
        let store = self.store()?;
        let trainers = store
            .with_field(ProfileField::Role, TRAINER)?
            .iter()
            .map(|id| Self::trainer_card(&store, id))
            .collect::<Result<Vec<_>>>()?;
        let active = self
            .trainer()
            .ok()
            .map(|id| Self::trainer_card(&store, &id))
            .transpose()?;
        Ok(TrainerScreen { trainers, active })
    }

    /// Makes a trainer profile (kept on this laptop) and signs the trainer in.
    pub fn create_trainer(&self, new: &NewTrainer) -> Result<TrainerCard> {
        let name = text_field("name", &new.name, true, 80)?;
        let pin = normalise_pin(&new.pin)?;
        Locale::parse(&new.locale).map_err(|_| bad("locale", "not a language code"))?;
        let id = uuid::Uuid::new_v4().simple().to_string();
        let field = |field, value: String| Payload::LearnerField {
            learner: id.clone(),
            field,
            value: Some(value),
        };
        let mut store = self.store()?;
        store.append(
            PERSONAL_SCOPE,
            vec![
                Payload::LearnerRegistered {
                    learner: id.clone(),
                },
                field(ProfileField::Name, name),
                field(ProfileField::Locale, new.locale.clone()),
                field(ProfileField::PinHash, crate::learners::hash_pin(&pin)?),
                field(ProfileField::Role, TRAINER.to_owned()),
            ],
        )?;
        let card = Self::trainer_card(&store, &id)?;
        self.set_trainer(Some(id));
        tracing::info!("trainer profile created");
        Ok(card)
    }

    /// Opens trainer mode with the trainer's PIN. Ends a test being taken
    /// by the group, if one is open.
    pub fn trainer_sign_in(&self, id: &str, pin: &str) -> Result<TrainerCard> {
        let store = self.store()?;
        let card = Self::trainer_card(&store, id)?;
        crate::learners::sign_in(&store, id, Some(pin))?;
        drop(store);
        self.set_trainer(Some(id.to_owned()));
        *self
            .kiosk
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = None;
        Ok(card)
    }

    /// Closes trainer mode.
    pub fn trainer_sign_out(&self) {
        self.set_trainer(None);
    }

    pub(crate) fn set_trainer(&self, id: Option<String>) {
        *self
            .trainer
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = id;
    }

    /// The workshops on this laptop, the most recent first.
    pub fn workshops(&self) -> Result<Vec<WorkshopCard>> {
        self.trainer()?;
        Ok(self
            .store()?
            .workshops()?
            .into_iter()
            .map(|w| WorkshopCard {
                first_day: w
                    .details
                    .days
                    .first()
                    .map(|d| d.date.clone())
                    .unwrap_or_default(),
                last_day: w
                    .details
                    .days
                    .last()
                    .map(|d| d.date.clone())
                    .unwrap_or_default(),
                id: w.id,
                title: w.details.title,
                organisation: w.details.organisation,
                venue: w.details.venue,
                participants: w.participants,
            })
            .collect())
    }

    /// Plans a workshop from its courses' agendas (one day after another
    /// from the first day) and fixes its pre/post-test: one question per
    /// module, the same before and after.
    pub fn create_workshop(&self, form: &WorkshopForm) -> Result<WorkshopView> {
        let trainer = self.trainer()?;
        let title = text_field("title", &form.title, true, 120)?;
        let organisation = text_field("organisation", &form.organisation, true, 120)?;
        let venue = text_field("venue", &form.venue, false, 120)?;
        days_of(&form.first_day).ok_or_else(|| bad("firstDay", "a date like 2027-03-04"))?;
        let locale =
            Locale::parse(&form.locale).map_err(|_| bad("locale", "not a language code"))?;
        if form.courses.is_empty() {
            return Err(bad("courses", "choose at least one course"));
        }
        let mut days = Vec::new();
        let mut test = Vec::new();
        let mut next_session = 1;
        for course in &form.courses {
            let pack = self.pack(course)?;
            // Session titles in the workshop's language where translated.
            let agenda = pack.agenda_in(&locale);
            for day in agenda.iter().flat_map(|a| &a.days) {
                let sessions = day
                    .sessions
                    .iter()
                    .map(|s| {
                        let id = format!("s{next_session}");
                        next_session += 1;
                        WorkshopSession {
                            id,
                            start: s.start.clone(),
                            minutes: s.minutes,
                            kind: kind_name(s.kind).to_owned(),
                            title: s.title.clone(),
                            lessons: s
                                .lessons
                                .iter()
                                .map(|l| LessonRef {
                                    course: course.clone(),
                                    lesson: l.as_str().to_owned(),
                                })
                                .collect(),
                        }
                    })
                    .collect();
                let date = add_days(
                    &form.first_day,
                    i64::try_from(days.len()).unwrap_or(i64::MAX),
                )
                .ok_or_else(|| bad("firstDay", "a date like 2027-03-04"))?;
                days.push(WorkshopDay { date, sessions });
            }
            if let Some(bank) = &pack.bank {
                let mut modules = BTreeSet::new();
                for (module, q) in &bank.questions {
                    if q.used_in(TestKind::Pre)
                        && q.used_in(TestKind::Post)
                        && modules.insert(module.as_str())
                    {
                        test.push(QuestionRef {
                            course: course.clone(),
                            question: q.id.clone(),
                        });
                    }
                }
            }
        }
        let trainer_name = Self::trainer_card(&*self.store()?, &trainer)?.name;
        let details = WorkshopDetails {
            title,
            organisation: organisation.clone(),
            venue,
            trainer: trainer_name,
            locale: form.locale.clone(),
            courses: form.courses.clone(),
            days,
            test,
        };
        let id = uuid::Uuid::new_v4().simple().to_string();
        let mut store = self.store()?;
        // A laptop enrolled with a hub keeps its workshops in the hub's
        // organisation, whatever name was typed, so that they sync.
        let scope = match passage_sync::link::link(&store)? {
            Some(hub) => hub.scope(),
            None => org_scope(&organisation),
        };
        store.append(
            &scope,
            vec![Payload::WorkshopSaved {
                workshop: id.clone(),
                details,
            }],
        )?;
        drop(store);
        tracing::info!("workshop created");
        self.workshop(&id)
    }

    /// Saves changes to a workshop's words, days and agenda.
    pub fn update_workshop(&self, id: &str, edit: &WorkshopEdit) -> Result<WorkshopView> {
        self.trainer()?;
        let stored = self.stored_workshop(id)?;
        let mut details = stored.details;
        details.title = text_field("title", &edit.title, true, 120)?;
        details.organisation = text_field("organisation", &edit.organisation, true, 120)?;
        details.venue = text_field("venue", &edit.venue, false, 120)?;
        Locale::parse(&edit.locale).map_err(|_| bad("locale", "not a language code"))?;
        details.locale = edit.locale.clone();
        days_of(&edit.first_day).ok_or_else(|| bad("firstDay", "a date like 2027-03-04"))?;
        let mut by_id: BTreeMap<String, WorkshopSession> = details
            .days
            .drain(..)
            .flat_map(|d| d.sessions)
            .map(|s| (s.id.clone(), s))
            .collect();
        let mut days = Vec::new();
        for (n, day) in edit.days.iter().enumerate() {
            let mut sessions = Vec::new();
            for s in day {
                check_time("start", &s.start)?;
                if !(5..=600).contains(&s.minutes) {
                    return Err(bad("minutes", "between 5 and 600"));
                }
                let mut session = by_id
                    .remove(&s.id)
                    .ok_or_else(|| bad("days", "a session that is not in the workshop"))?;
                session.start = s.start.clone();
                session.minutes = s.minutes;
                session.title = text_field("title", &s.title, true, 120)?;
                sessions.push(session);
            }
            let date = add_days(&edit.first_day, i64::try_from(n).unwrap_or(i64::MAX))
                .ok_or_else(|| bad("firstDay", "a date like 2027-03-04"))?;
            days.push(WorkshopDay { date, sessions });
        }
        if !by_id.is_empty() {
            return Err(bad("days", "every session must stay in the agenda"));
        }
        details.days = days;
        self.store()?.append(
            &stored.scope,
            vec![Payload::WorkshopSaved {
                workshop: id.to_owned(),
                details,
            }],
        )?;
        self.workshop(id)
    }

    pub(crate) fn stored_workshop(&self, id: &str) -> Result<passage_store::Workshop> {
        self.store()?
            .workshop(id)?
            .ok_or_else(|| AppError::NotFound(format!("workshop `{id}`")))
    }

    /// Everything about a workshop: agenda, people, attendance, test results.
    pub fn workshop(&self, id: &str) -> Result<WorkshopView> {
        self.trainer()?;
        let stored = self.stored_workshop(id)?;
        let participants = self.participants(id)?;
        let locale = Locale::parse(&stored.details.locale).unwrap_or_else(|_| self.locale());
        let days = stored
            .details
            .days
            .iter()
            .map(|d| DayView {
                date: d.date.clone(),
                sessions: d
                    .sessions
                    .iter()
                    .map(|s| SessionView {
                        id: s.id.clone(),
                        start: s.start.clone(),
                        minutes: s.minutes,
                        kind: s.kind.clone(),
                        title: s.title.clone(),
                        lessons: s
                            .lessons
                            .iter()
                            .map(|l| SessionLesson {
                                course_id: l.course.clone(),
                                lesson_id: l.lesson.clone(),
                                title: self.lesson_title(&l.course, &l.lesson, &locale),
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect();
        let d = stored.details;
        Ok(WorkshopView {
            id: stored.id,
            title: d.title,
            organisation: d.organisation,
            venue: d.venue,
            trainer: d.trainer,
            locale: d.locale,
            courses: d.courses,
            days,
            test_questions: u32::try_from(d.test.len()).unwrap_or(u32::MAX),
            participants,
        })
    }

    /// A lesson's title in `locale` (or its source language); the id if the
    /// lesson is no longer in the library.
    pub(crate) fn lesson_title(&self, course: &str, lesson: &str, locale: &Locale) -> String {
        self.pack(course)
            .ok()
            .and_then(|pack| {
                let l = pack.lessons.values().find(|l| l.id.as_str() == lesson)?;
                l.locales
                    .get(locale)
                    .or_else(|| l.locales.get(&pack.manifest.source_locale))
                    .map(|f| f.meta.title.clone())
            })
            .unwrap_or_else(|| lesson.to_owned())
    }

    /// The people registered in a workshop, with attendance and tests.
    pub(crate) fn participants(&self, workshop: &str) -> Result<Vec<Participant>> {
        Ok(self
            .store()?
            .participant_facts(Some(workshop))?
            .into_iter()
            .map(Participant::from)
            .collect())
    }

    fn workshop_year(stored: &passage_store::Workshop) -> u16 {
        stored
            .details
            .days
            .first()
            .and_then(|d| year_of(&d.date))
            .unwrap_or(2026)
    }

    /// Registers one person at the door.
    pub fn register_participant(
        &self,
        workshop: &str,
        form: &RegistrationForm,
    ) -> Result<Registration> {
        self.trainer()?;
        let stored = self.stored_workshop(workshop)?;
        let locale = Some(form.locale.trim())
            .filter(|l| !l.is_empty())
            .map(|l| {
                Locale::parse(l)
                    .map(|l| l.to_string())
                    .map_err(|_| bad("locale", "not a language code"))
            })
            .transpose()?;
        let year_typed = passage_l10n::ascii_digits(form.birth_year.trim()).len() == 4
            || form.birth_year.trim().is_empty();
        let draft = RegistrantDraft {
            line: 0,
            name: form.name.clone(),
            sex: form.sex.clone(),
            // One box at the door takes a year of birth or an age.
            age: if year_typed {
                form.age_band.clone()
            } else {
                form.birth_year.clone()
            },
            birth_year: if year_typed {
                form.birth_year.clone()
            } else {
                String::new()
            },
            origin: form.origin.clone(),
            destination: form.destination.clone(),
            sector: form.sector.clone(),
            phone: form.phone.clone(),
            consent: if form.consent { "yes" } else { "no" }.to_owned(),
        };
        let registrant = match roster::check_draft(&draft, Self::workshop_year(&stored)) {
            Ok(r) if r.consent == Some(true) => r,
            Ok(_) => {
                return Ok(Registration::Problems {
                    problems: vec![no_consent(&draft)],
                });
            }
            Err(problems) => return Ok(Registration::Problems { problems }),
        };
        let participants = self.participants(workshop)?;
        let key = roster::duplicate_key(&registrant.name, registrant.birth_year);
        if !form.allow_duplicate
            && let Some(existing) = participants
                .iter()
                .find(|p| participant_key(p) == key)
                .cloned()
        {
            return Ok(Registration::PossibleDuplicate { existing });
        }
        let id = self.enrol(&stored, &[registrant], locale)?.remove(0);
        let participant = self
            .participants(workshop)?
            .into_iter()
            .find(|p| p.id == id)
            .ok_or_else(|| AppError::Store("the new participant is missing".into()))?;
        Ok(Registration::Registered { participant })
    }

    /// Reads an organiser's sheet (CSV or XLSX) into a preview: nothing is
    /// saved. Rows that repeat someone already registered are flagged too.
    pub fn preview_roster(
        &self,
        workshop: &str,
        file_name: &str,
        bytes: &[u8],
    ) -> Result<roster::RosterPreview> {
        self.trainer()?;
        let stored = self.stored_workshop(workshop)?;
        let mut preview = roster::parse_roster(bytes, file_name, Self::workshop_year(&stored))
            .map_err(|e| AppError::Roster {
                code: e.code(),
                detail: e.to_string(),
            })?;
        let known = self.known_keys(workshop)?;
        for draft in &preview.drafts {
            if let Ok(r) = roster::check_draft(draft, Self::workshop_year(&stored))
                && let Some(name) = known.get(&roster::duplicate_key(&r.name, r.birth_year))
            {
                preview.problems.push(RosterProblem {
                    line: draft.line,
                    column: "name".into(),
                    field: "name".into(),
                    code: ProblemCode::AlreadyRegistered,
                    value: name.clone(),
                });
            }
        }
        preview.problems.sort_by_key(|p| p.line);
        Ok(preview)
    }

    fn known_keys(&self, workshop: &str) -> Result<BTreeMap<String, String>> {
        Ok(self
            .participants(workshop)?
            .into_iter()
            .map(|p| (participant_key(&p), p.name))
            .collect())
    }

    /// Registers everyone in the (possibly corrected) preview, all in one
    /// transaction, or nobody if any row still has a problem. Rows without
    /// a consent answer count as agreed only if the trainer read the consent
    /// text to the group and everyone agreed (`group_consent`).
    pub fn import_roster(
        &self,
        workshop: &str,
        drafts: &[RegistrantDraft],
        group_consent: bool,
    ) -> Result<ImportOutcome> {
        self.trainer()?;
        let stored = self.stored_workshop(workshop)?;
        let year = Self::workshop_year(&stored);
        let known = self.known_keys(workshop)?;
        let mut problems = Vec::new();
        let mut registrants = Vec::new();
        let mut seen: BTreeMap<String, u32> = BTreeMap::new();
        for draft in drafts {
            match roster::check_draft(draft, year) {
                Ok(mut r) => {
                    let key = roster::duplicate_key(&r.name, r.birth_year);
                    if let Some(name) = known.get(&key) {
                        problems.push(problem(draft, ProblemCode::AlreadyRegistered, name));
                    } else if let Some(line) = seen.get(&key) {
                        problems.push(problem(
                            draft,
                            ProblemCode::DuplicateInFile,
                            &line.to_string(),
                        ));
                    }
                    seen.entry(key).or_insert(draft.line);
                    match r.consent {
                        Some(true) => {}
                        None if group_consent => r.consent = Some(true),
                        _ => problems.push(no_consent(draft)),
                    }
                    registrants.push(r);
                }
                Err(mut p) => problems.append(&mut p),
            }
        }
        if !problems.is_empty() {
            return Ok(ImportOutcome {
                imported: 0,
                problems,
            });
        }
        let ids = self.enrol(&stored, &registrants, None)?;
        tracing::info!(people = ids.len(), "sheet imported");
        Ok(ImportOutcome {
            imported: u32::try_from(ids.len()).unwrap_or(u32::MAX),
            problems,
        })
    }

    /// Writes the records that register people in a workshop, in one
    /// transaction, in `locale` (the workshop's when `None`). Returns their
    /// new ids.
    fn enrol(
        &self,
        stored: &passage_store::Workshop,
        registrants: &[Registrant],
        locale: Option<String>,
    ) -> Result<Vec<String>> {
        let locale = locale.unwrap_or_else(|| stored.details.locale.clone());
        let mut payloads = Vec::new();
        let mut ids = Vec::new();
        for r in registrants {
            let id = uuid::Uuid::new_v4().simple().to_string();
            payloads.push(Payload::LearnerRegistered {
                learner: id.clone(),
            });
            let fields = [
                (ProfileField::Name, Some(r.name.clone())),
                (ProfileField::Locale, Some(locale.clone())),
                (ProfileField::Sex, r.sex.clone()),
                (ProfileField::AgeBand, r.age_band.clone()),
                (ProfileField::BirthYear, r.birth_year.map(|y| y.to_string())),
                (ProfileField::Origin, r.origin.clone()),
                (ProfileField::Destination, r.destination.clone()),
                (ProfileField::Sector, r.sector.clone()),
                (ProfileField::Phone, r.phone.clone()),
            ];
            for (field, value) in fields {
                if value.is_some() {
                    payloads.push(Payload::LearnerField {
                        learner: id.clone(),
                        field,
                        value,
                    });
                }
            }
            payloads.push(Payload::LearnerConsented {
                learner: id.clone(),
                text_version: CONSENT_VERSION,
            });
            payloads.push(Payload::Enrolled {
                workshop: stored.id.clone(),
                learner: id.clone(),
            });
            ids.push(id);
        }
        self.store()?.append(&stored.scope, payloads)?;
        Ok(ids)
    }

    /// Marks people present or absent at sessions (one click per person; a
    /// whole column at once for "everyone is here").
    pub fn mark_attendance(
        &self,
        workshop: &str,
        marks: &[AttendanceMark],
    ) -> Result<Vec<Participant>> {
        self.trainer()?;
        let stored = self.stored_workshop(workshop)?;
        let sessions: BTreeSet<&str> = stored
            .details
            .days
            .iter()
            .flat_map(|d| &d.sessions)
            .map(|s| s.id.as_str())
            .collect();
        let people: BTreeSet<String> = self.store()?.enrolled(workshop)?.into_iter().collect();
        let mut payloads = Vec::new();
        for mark in marks {
            if !sessions.contains(mark.session.as_str()) {
                return Err(bad("session", "not a session of this workshop"));
            }
            if !people.contains(&mark.learner) {
                return Err(bad("learner", "not registered in this workshop"));
            }
            payloads.push(Payload::AttendanceMarked {
                workshop: workshop.to_owned(),
                learner: mark.learner.clone(),
                session: mark.session.clone(),
                present: mark.present,
            });
        }
        self.store()?.append(&stored.scope, payloads)?;
        self.participants(workshop)
    }
}

impl Passage {
    /// Erases a participant at their request: an erasure record in the
    /// workshop's stream purges everything about them here and wherever
    /// the record travels (their place in the log is kept, their data is not).
    pub fn erase_participant(&self, workshop: &str, learner: &str) -> Result<Vec<Participant>> {
        self.trainer()?;
        let stored = self.stored_workshop(workshop)?;
        if !self
            .store()?
            .enrolled(workshop)?
            .iter()
            .any(|l| l == learner)
        {
            return Err(bad("learner", "not registered in this workshop"));
        }
        self.store()?.append(
            &stored.scope,
            vec![Payload::LearnerErased {
                learner: learner.to_owned(),
            }],
        )?;
        tracing::info!("a participant's data was erased at their request");
        self.participants(workshop)
    }
}

/// Present or not, for one person at one session.
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct AttendanceMark {
    /// Learner id.
    pub learner: String,
    /// Session id.
    pub session: String,
    /// Present.
    pub present: bool,
}

impl From<passage_store::ParticipantFacts> for Participant {
    fn from(facts: passage_store::ParticipantFacts) -> Self {
        let get = |f| facts.fields.get(&f).cloned();
        let score = |s: &Option<passage_store::TestSitting>| {
            s.as_ref().map(|s| TestScore {
                score: s.score,
                total: s.total,
                on_paper: s.on_paper,
            })
        };
        Self {
            name: get(ProfileField::Name).unwrap_or_default(),
            sex: get(ProfileField::Sex),
            age_band: get(ProfileField::AgeBand),
            birth_year: get(ProfileField::BirthYear),
            origin: get(ProfileField::Origin),
            destination: get(ProfileField::Destination),
            sector: get(ProfileField::Sector),
            phone: get(ProfileField::Phone),
            locale: get(ProfileField::Locale),
            attended: facts.attended.iter().cloned().collect(),
            pre: score(&facts.pre),
            post: score(&facts.post),
            id: facts.learner,
        }
    }
}

fn participant_key(p: &Participant) -> String {
    roster::duplicate_key(
        &p.name,
        p.birth_year.as_deref().and_then(|y| y.parse().ok()),
    )
}

fn problem(draft: &RegistrantDraft, code: ProblemCode, value: &str) -> RosterProblem {
    RosterProblem {
        line: draft.line,
        column: "name".into(),
        field: "name".into(),
        code,
        value: value.to_owned(),
    }
}

fn no_consent(draft: &RegistrantDraft) -> RosterProblem {
    RosterProblem {
        line: draft.line,
        column: "consent".into(),
        field: "consent".into(),
        code: ProblemCode::NoConsent,
        value: draft.consent.clone(),
    }
}

/// The agenda's name for a kind of session.
fn kind_name(kind: passage_content::SessionKind) -> &'static str {
    use passage_content::SessionKind as K;
    match kind {
        K::Opening => "opening",
        K::PreTest => "pre-test",
        K::Lesson => "lesson",
        K::Break => "break",
        K::PostTest => "post-test",
        K::Closing => "closing",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisation_scopes_are_stable_slugs_in_any_script() {
        assert_eq!(
            org_scope("Migrant Forum in Asia"),
            "org:migrant-forum-in-asia"
        );
        assert_eq!(org_scope("  CSO / Kampot (2027) "), "org:cso-kampot-2027");
        assert_eq!(org_scope("សមាគម ខ្មែរ"), "org:សមាគម-ខ្មែរ");
    }
}
