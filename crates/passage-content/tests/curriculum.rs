//! The bundled curriculum (`content/`) is complete, not just valid: every
//! lesson has what a trainer needs, the pre- and post-tests measure every
//! objective, and facts come with their sources. `passage content check`
//! covers validity; this covers the course design the curriculum promises.

use std::collections::BTreeSet;
use std::path::PathBuf;

use passage_content::{Pack, SessionKind, Severity, TestKind, check_dir};

fn packs() -> Vec<Pack> {
    let content = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let checked = check_dir(&content).expect("content folder");
    let problems: Vec<String> = checked
        .iter()
        .flat_map(|c| &c.diagnostics)
        .filter(|d| d.severity == Severity::Error || d.code == "uncovered-objective")
        .map(ToString::to_string)
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    checked.into_iter().filter_map(|c| c.pack).collect()
}

fn pack<'a>(packs: &'a [Pack], id: &str) -> &'a Pack {
    packs
        .iter()
        .find(|p| p.manifest.id.as_str() == id)
        .unwrap_or_else(|| panic!("pack {id}"))
}

#[test]
fn both_courses_have_every_module_with_three_to_five_lessons() {
    let packs = packs();
    for (id, modules, most) in [("safe-migration", 10, 5), ("money-for-migrants", 9, 4)] {
        let p = pack(&packs, id);
        assert_eq!(p.manifest.modules.len(), modules, "{id}");
        for m in &p.manifest.modules {
            let n = m.lessons.len();
            assert!((3..=most).contains(&n), "{id}/{}: {n} lessons", m.id);
            for lesson in &m.lessons {
                assert!(p.lessons.contains_key(lesson), "{id}/{lesson} did not load");
            }
        }
    }
}

#[test]
fn every_lesson_has_objectives_key_points_an_activity_and_a_quiz_with_reasons() {
    for p in packs() {
        let source = &p.manifest.source_locale;
        for (id, lesson) in &p.lessons {
            let file = &lesson.locales[source];
            let meta = &file.meta;
            let at = format!("{}/{id}", p.manifest.id);
            assert!((2..=4).contains(&meta.objectives.len()), "{at}: objectives");
            assert!((3..=6).contains(&meta.key_points.len()), "{at}: key points");
            let activity = meta
                .activity
                .as_ref()
                .unwrap_or_else(|| panic!("{at}: activity"));
            assert!(activity.steps.len() >= 3, "{at}: activity steps");
            assert!(!activity.debrief.is_empty(), "{at}: debrief questions");
            let notes = meta
                .facilitator
                .as_ref()
                .unwrap_or_else(|| panic!("{at}: facilitator"));
            assert!(!notes.timing.is_empty(), "{at}: timing");
            let quiz = lesson.quiz.as_ref().unwrap_or_else(|| panic!("{at}: quiz"));
            assert!(
                (3..=6).contains(&quiz.key.questions.len()),
                "{at}: quiz size"
            );
            let words = &quiz.words[source];
            for q in &quiz.key.questions {
                for option in &q.options {
                    let o = &words[&q.id].options[option];
                    assert!(
                        o.feedback.split_whitespace().count() >= 3,
                        "{at} {}/{option}: feedback should say why",
                        q.id
                    );
                }
            }
            // A story needs room: a lesson body is more than a paragraph.
            let words = file.body.split_whitespace().count();
            assert!(words >= 250, "{at}: only {words} words");
        }
    }
}

/// A year in running text (1900-2099) is a dated fact: it needs a source.
fn mentions_a_year(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_digit())
        .any(|n| n.len() == 4 && (n.starts_with("19") || n.starts_with("20")))
}

#[test]
fn dated_facts_come_with_sources() {
    for p in packs() {
        let source = &p.manifest.source_locale;
        for (id, lesson) in &p.lessons {
            let meta = &lesson.locales[source].meta;
            if mentions_a_year(&lesson.locales[source].body) {
                assert!(
                    !meta.sources.is_empty(),
                    "{}/{id} states a dated fact without [[sources]]",
                    p.manifest.id
                );
            }
        }
    }
}

#[test]
fn pre_and_post_tests_draw_on_a_bank_that_covers_every_objective() {
    for p in packs() {
        let bank = p
            .bank
            .as_ref()
            .unwrap_or_else(|| panic!("{}: bank", p.manifest.id));
        assert!(bank.questions.len() >= 20, "{}: bank size", p.manifest.id);
        for test in [TestKind::Pre, TestKind::Post] {
            assert!(bank.test(test).count() >= 15, "{} {test:?}", p.manifest.id);
        }
        // Every module is measured.
        let modules: BTreeSet<_> = bank.questions.iter().map(|(m, _)| m).collect();
        assert_eq!(modules.len(), p.manifest.modules.len(), "{}", p.manifest.id);
        // (Coverage of each objective is the checker's `uncovered-objective`,
        // which `packs()` refuses.)
    }
}

#[test]
fn agendas_fit_the_workshop_and_teach_every_lesson_once() {
    let packs = packs();
    for (id, days) in [("safe-migration", 1), ("money-for-migrants", 2)] {
        let p = pack(&packs, id);
        let agenda = p.agenda.as_ref().unwrap_or_else(|| panic!("{id}: agenda"));
        assert_eq!(agenda.days.len(), days, "{id}");
        let taught: Vec<_> = agenda
            .days
            .iter()
            .flat_map(|d| &d.sessions)
            .flat_map(|s| &s.lessons)
            .collect();
        let unique: BTreeSet<_> = taught.iter().collect();
        assert_eq!(taught.len(), unique.len(), "{id}: a lesson taught twice");
        assert_eq!(unique.len(), p.lessons.len(), "{id}: every lesson once");
        let kinds: Vec<SessionKind> = agenda
            .days
            .iter()
            .flat_map(|d| &d.sessions)
            .map(|s| s.kind)
            .collect();
        assert!(kinds.contains(&SessionKind::PreTest), "{id}");
        assert!(kinds.contains(&SessionKind::PostTest), "{id}");
    }
}

#[test]
fn the_glossary_defines_every_term_and_the_directory_has_only_sourced_entries() {
    for p in packs() {
        let source = &p.manifest.source_locale;
        let glossary = &p.glossary[source];
        assert!(glossary.len() >= 25, "{}: glossary", p.manifest.id);
        let contacts = p
            .contacts
            .as_ref()
            .unwrap_or_else(|| panic!("{}: contacts", p.manifest.id));
        assert!(
            contacts.note.as_ref().is_some_and(|n| n.len() > 100),
            "{}: the empty directory explains itself to the CSO",
            p.manifest.id
        );
        // (Each entry's source and date are required by the checker.)
    }
}
