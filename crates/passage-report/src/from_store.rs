//! A report's input from a learner store: every workshop it holds and its
//! participants, without names. A laptop reads its own store; the hub reads
//! the store it keeps for each organisation. Both count the same way.

use std::collections::BTreeMap;

use passage_store::{ParticipantFacts, ProfileField, Store, TestSitting, WorkshopDetails};

use crate::{Participant, ReportInput, Score};

/// Completed = present at three quarters of the teaching sessions.
pub const COMPLETION_SHARE: (u32, u32) = (3, 4);

/// The ids of the sessions that count for attendance (breaks do not).
pub fn teaching_sessions(details: &WorkshopDetails) -> Vec<&str> {
    details
        .days
        .iter()
        .flat_map(|d| &d.sessions)
        .filter(|s| s.kind != "break")
        .map(|s| s.id.as_str())
        .collect()
}

/// What the report needs of one workshop: its sessions (breaks not
/// counted) and its participants without their names.
pub fn input_of(details: &WorkshopDetails, people: Vec<ParticipantFacts>) -> ReportInput {
    let sessions = teaching_sessions(details);
    let score = |s: Option<TestSitting>| {
        s.map(|s| Score {
            score: s.score,
            total: s.total,
        })
    };
    let participants = people
        .into_iter()
        .map(|mut p| {
            let attended = p
                .attended
                .iter()
                .filter(|s| sessions.contains(&s.as_str()))
                .count();
            let mut take = |f| p.fields.remove(&f);
            Participant {
                sex: take(ProfileField::Sex),
                age_band: take(ProfileField::AgeBand),
                origin: take(ProfileField::Origin),
                destination: take(ProfileField::Destination),
                sector: take(ProfileField::Sector),
                sessions_attended: u32::try_from(attended).unwrap_or(u32::MAX),
                pre: score(p.pre),
                post: score(p.post),
            }
        })
        .collect();
    ReportInput {
        sessions: u32::try_from(sessions.len()).unwrap_or(u32::MAX),
        completion_share: COMPLETION_SHARE,
        participants,
    }
}

/// Every workshop of `store` with its participants, by workshop id.
pub fn inputs_from_store(store: &Store) -> passage_store::Result<Vec<(String, ReportInput)>> {
    let mut people: BTreeMap<String, Vec<ParticipantFacts>> = BTreeMap::new();
    for p in store.participant_facts(None)? {
        people.entry(p.workshop.clone()).or_default().push(p);
    }
    Ok(store
        .workshops()?
        .into_iter()
        .map(|w| {
            let input = input_of(&w.details, people.remove(&w.id).unwrap_or_default());
            (w.id, input)
        })
        .collect())
}
