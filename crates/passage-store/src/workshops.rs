//! What trainer mode reads: workshops, who is enrolled, attendance, and the
//! latest pre/post-test sitting of each participant. Writing happens through
//! records, like everything else.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::{OptionalExtension, params};

use crate::apply::workshop_entity;
use crate::queries::three_texts;
use crate::record::{ProfileField, WorkshopDetails, WorkshopTest};
use crate::{Result, Store, StoreError};

/// A workshop as stored.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Workshop {
    /// Workshop id.
    pub id: String,
    /// The organisation scope its records go to.
    pub scope: String,
    /// What the trainer planned.
    pub details: WorkshopDetails,
    /// When it was first saved (ms since the epoch).
    pub created_millis: u64,
    /// People enrolled.
    pub participants: u32,
}

/// A participant's latest sitting of one test.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct TestSitting {
    /// Who.
    pub learner: String,
    /// Pre or post.
    pub test: WorkshopTest,
    /// Options chosen, by `course/question`.
    pub answers: BTreeMap<String, Vec<String>>,
    /// Right answers.
    pub score: u32,
    /// Questions.
    pub total: u32,
    /// Keyed in from paper.
    pub on_paper: bool,
}

/// What trainer screens and reports know about one enrolled participant,
/// read for many at once.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct ParticipantFacts {
    /// Which workshop.
    pub workshop: String,
    /// Who.
    pub learner: String,
    /// Profile fields.
    pub fields: BTreeMap<ProfileField, String>,
    /// Sessions they were present at.
    pub attended: BTreeSet<String>,
    /// Latest pre-test sitting.
    pub pre: Option<TestSitting>,
    /// Latest post-test sitting.
    pub post: Option<TestSitting>,
}

fn workshop_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(String, String, String, i64, u32)> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
}

fn to_workshop(row: (String, String, String, i64, u32)) -> Result<Workshop> {
    let (id, scope, details, created, participants) = row;
    let details = serde_json::from_str(&details)
        .map_err(|e| StoreError::BadRecord(format!("workshop {id}: {e}")))?;
    Ok(Workshop {
        id,
        scope,
        details,
        created_millis: u64::try_from(created).unwrap_or(0),
        participants,
    })
}

const WORKSHOP_SELECT: &str = "SELECT w.id, w.scope, w.details, w.created_millis,
        (SELECT count(*) FROM enrolments e WHERE e.workshop = w.id)
     FROM workshops w";

impl Store {
    /// Every workshop on this device, the most recently made first.
    pub fn workshops(&self) -> Result<Vec<Workshop>> {
        let mut stmt = self.conn.prepare(&format!(
            "{WORKSHOP_SELECT} ORDER BY w.created_millis DESC, w.id"
        ))?;
        let rows = stmt
            .query_map([], workshop_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter().map(to_workshop).collect()
    }

    /// One workshop.
    pub fn workshop(&self, id: &str) -> Result<Option<Workshop>> {
        let row = self
            .conn
            .query_row(
                &format!("{WORKSHOP_SELECT} WHERE w.id = ?1"),
                [id],
                workshop_row,
            )
            .optional()?;
        row.map(to_workshop).transpose()
    }

    /// The learners enrolled in a workshop, in the order they registered.
    pub fn enrolled(&self, workshop: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare(
            "SELECT learner FROM enrolments WHERE workshop = ?1 ORDER BY at_millis, at_counter, learner",
        )?;
        let rows = stmt
            .query_map([workshop], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(rows)
    }

    /// Every learner enrolled in any workshop (trainer mode's people, whom
    /// the shared laptop's profile picker leaves out).
    pub fn enrolled_anywhere(&self) -> Result<BTreeSet<String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT DISTINCT learner FROM enrolments")?;
        let rows = stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<BTreeSet<String>>>()?;
        Ok(rows)
    }

    /// Who was present at which session: `(learner, session)` pairs.
    pub fn attendance(&self, workshop: &str) -> Result<BTreeSet<(String, String)>> {
        let mut stmt = self.conn.prepare(
            "SELECT learner, substr(field, 10) FROM registers
             WHERE entity = ?1 AND field LIKE 'attended/%' AND value IS NOT NULL",
        )?;
        let rows = stmt
            .query_map([workshop_entity(workshop)], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<BTreeSet<(String, String)>>>()?;
        Ok(rows)
    }

    /// The latest sitting of each test by each participant of a workshop.
    pub fn test_sittings(&self, workshop: &str) -> Result<Vec<TestSitting>> {
        Ok(self
            .sittings(Some(workshop))?
            .into_iter()
            .map(|(_, sitting)| sitting)
            .collect())
    }

    /// Everyone enrolled in one workshop (in registration order), or in
    /// every workshop, with their profile, attendance and latest tests: a
    /// handful of queries however many people there are.
    pub fn participant_facts(&self, workshop: Option<&str>) -> Result<Vec<ParticipantFacts>> {
        let only = |column: &str| match workshop {
            Some(_) => format!("{column} = ?1"),
            None => "?1 IS NULL".to_owned(),
        };
        let mut out: Vec<ParticipantFacts> = Vec::new();
        let mut at: BTreeMap<(String, String), usize> = BTreeMap::new();
        let mut stmt = self.conn.prepare(&format!(
            "SELECT workshop, learner FROM enrolments WHERE {}
             ORDER BY workshop, at_millis, at_counter, learner",
            only("workshop")
        ))?;
        let rows = stmt.query_map([workshop], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?;
        for row in rows {
            let (w, learner) = row?;
            at.insert((w.clone(), learner.clone()), out.len());
            out.push(ParticipantFacts {
                workshop: w,
                learner,
                ..ParticipantFacts::default()
            });
        }
        let mut by_learner: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, p) in out.iter().enumerate() {
            by_learner.entry(p.learner.clone()).or_default().push(i);
        }
        let mut stmt = self.conn.prepare(&format!(
            "SELECT r.learner, r.field, r.value FROM registers r
             WHERE r.entity = '' AND r.value IS NOT NULL
               AND r.learner IN (SELECT learner FROM enrolments WHERE {})",
            only("workshop")
        ))?;
        let rows = stmt.query_map([workshop], three_texts)?;
        for row in rows {
            let (learner, field, value) = row?;
            let Some(field) = ProfileField::parse(&field) else {
                continue;
            };
            for &i in by_learner.get(&learner).into_iter().flatten() {
                out[i].fields.insert(field, value.clone());
            }
        }
        let mut stmt = self.conn.prepare(&format!(
            "SELECT learner, substr(entity, 10), substr(field, 10) FROM registers
             WHERE entity LIKE 'workshop/%' AND field LIKE 'attended/%' AND value IS NOT NULL
               AND {}",
            only("entity")
        ))?;
        let entity = workshop.map(workshop_entity);
        let rows = stmt.query_map([entity], three_texts)?;
        for row in rows {
            let (learner, w, session) = row?;
            if let Some(&i) = at.get(&(w, learner)) {
                out[i].attended.insert(session);
            }
        }
        for (w, sitting) in self.sittings(workshop)? {
            if let Some(&i) = at.get(&(w, sitting.learner.clone())) {
                match sitting.test {
                    WorkshopTest::Pre => out[i].pre = Some(sitting),
                    WorkshopTest::Post => out[i].post = Some(sitting),
                }
            }
        }
        Ok(out)
    }

    /// The latest sitting of each test by each participant, with its workshop.
    fn sittings(&self, workshop: Option<&str>) -> Result<Vec<(String, TestSitting)>> {
        let mut stmt = self.conn.prepare(
            "SELECT learner, test, answers, score, total, on_paper, workshop FROM test_sittings t
             WHERE (?1 IS NULL OR workshop = ?1) AND NOT EXISTS (
                 SELECT 1 FROM test_sittings later
                 WHERE later.workshop = t.workshop AND later.learner = t.learner
                   AND later.test = t.test
                   AND (later.at_millis, later.at_counter, later.device_id)
                       > (t.at_millis, t.at_counter, t.device_id))
             ORDER BY learner, test",
        )?;
        let rows = stmt
            .query_map(params![workshop], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, u32>(3)?,
                    r.get::<_, u32>(4)?,
                    r.get::<_, bool>(5)?,
                    r.get::<_, String>(6)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter()
            .map(|(learner, test, answers, score, total, on_paper, w)| {
                let sitting = TestSitting {
                    test: if test == "pre" {
                        WorkshopTest::Pre
                    } else {
                        WorkshopTest::Post
                    },
                    answers: serde_json::from_str(&answers)
                        .map_err(|e| StoreError::BadRecord(format!("test sitting: {e}")))?,
                    learner,
                    score,
                    total,
                    on_paper,
                };
                Ok((w, sitting))
            })
            .collect()
    }
}
