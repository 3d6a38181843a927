//! The derived tables depend only on the set of records, not on the order
//! they arrive in or on duplicates: the property that makes sync safe.

use std::collections::BTreeMap;

use passage_store::{
    Hlc, LessonRef, Payload, ProfileField, Record, Store, WorkshopDetails, WorkshopTest,
};
use proptest::prelude::*;

const LEARNERS: [&str; 3] = ["aaaa", "bbbb", "cccc"];
const DEVICES: [&str; 3] = ["dev-1", "dev-2", "dev-3"];

fn lesson(n: u8) -> LessonRef {
    LessonRef {
        course: "safe-migration".into(),
        lesson: format!("lesson-{}", n % 3),
    }
}

fn payload() -> impl Strategy<Value = Payload> {
    let learner = prop::sample::select(LEARNERS.to_vec()).prop_map(str::to_owned);
    prop_oneof![
        3 => learner.clone().prop_map(|learner| Payload::LearnerRegistered { learner }),
        3 => (learner.clone(), prop::sample::select(vec![ProfileField::Name, ProfileField::Locale]), prop::option::of("[a-c]{1,2}"))
            .prop_map(|(learner, field, value)| Payload::LearnerField { learner, field, value }),
        3 => (learner.clone(), any::<u8>()).prop_map(|(learner, n)| Payload::LessonOpened { learner, at: lesson(n) }),
        3 => (learner.clone(), any::<u8>(), 1u32..600).prop_map(|(learner, n, seconds)| Payload::LessonTime { learner, at: lesson(n), seconds }),
        2 => (learner.clone(), any::<u8>()).prop_map(|(learner, n)| Payload::LessonCompleted { learner, at: lesson(n) }),
        2 => (learner.clone(), any::<u8>(), any::<bool>()).prop_map(|(learner, n, on)| Payload::Bookmark { learner, at: lesson(n), on }),
        2 => (learner.clone(), any::<u8>(), "[a-c]{0,2}").prop_map(|(learner, n, text)| Payload::Note { learner, at: lesson(n), text }),
        2 => (learner.clone(), any::<u8>(), 0u32..4).prop_map(|(learner, n, score)| Payload::QuizFinished {
            learner, at: lesson(n), attempt: format!("a{score}"), score, total: 3 }),
        1 => (learner.clone(), any::<u8>(), any::<bool>()).prop_map(|(learner, n, correct)| Payload::QuizAnswered {
            learner, at: lesson(n), attempt: "a".into(), question: "q1".into(), chosen: vec!["b".into()], correct }),
        1 => (learner.clone(), any::<u8>(), any::<bool>()).prop_map(|(learner, n, correct)| Payload::QuizAnsweredV2 {
            learner, at: lesson(n), attempt: "a".into(), question: "q2".into(), chosen: vec!["c".into()], correct,
            shown_in: "km".into(), feedback: [("c".to_owned(), "why".to_owned())].into() }),
        1 => (learner.clone(), 0u8..3).prop_map(|(learner, n)| Payload::PlanSaved {
            learner, tool: "loan-cost".into(), inputs: [("months".to_owned(), n.to_string())].into(), result: Default::default() }),
        1 => (0u8..2, "[a-c]{1,2}").prop_map(|(w, title)| Payload::WorkshopSaved {
            workshop: format!("w{w}"), details: WorkshopDetails { title, ..WorkshopDetails::default() } }),
        2 => (learner.clone(), 0u8..2).prop_map(|(learner, w)| Payload::Enrolled { workshop: format!("w{w}"), learner }),
        2 => (learner.clone(), 0u8..3, any::<bool>()).prop_map(|(learner, s, present)| Payload::AttendanceMarked {
            workshop: "w0".into(), learner, session: format!("s{s}"), present }),
        2 => (learner.clone(), any::<bool>(), 0u32..4).prop_map(|(learner, pre, score)| Payload::TestSat {
            workshop: "w0".into(), learner, test: if pre { WorkshopTest::Pre } else { WorkshopTest::Post },
            answers: [("c/q1".to_owned(), vec![score.to_string()])].into(), score, total: 3, on_paper: false }),
        1 => learner.prop_map(|learner| Payload::LearnerErased { learner }),
    ]
}

/// Per device, a stream of records with contiguous indexes and increasing
/// clocks; devices start at nearby times so their clocks tie now and then.
fn records() -> impl Strategy<Value = Vec<Record>> {
    prop::collection::vec((0..DEVICES.len(), 0u64..3, payload()), 1..40).prop_map(|items| {
        let mut next: BTreeMap<usize, (u64, Hlc)> = BTreeMap::new();
        items
            .into_iter()
            .map(|(device, step, payload)| {
                let (idx, clock) = next.entry(device).or_insert((0, Hlc::default()));
                *idx += 1;
                *clock = clock.tick(clock.millis + step);
                Record {
                    device_id: DEVICES[device].to_owned(),
                    scope: "personal".into(),
                    idx: *idx,
                    hlc: *clock,
                    payload: Some(payload),
                }
            })
            .collect()
    })
}

/// Everything the app can read back, as one comparable value.
fn snapshot(store: &Store) -> String {
    let mut out = format!(
        "{:?}\n{:?}\n",
        store.records().expect("records"),
        store.learners().expect("learners")
    );
    for learner in LEARNERS {
        out.push_str(&format!(
            "{learner}: {:?} {:?} {:?} {:?} {:?}\n",
            store.plan(learner).expect("plan"),
            store.profile(learner).expect("profile"),
            store.progress(learner).expect("progress"),
            store.quiz_results(learner).expect("results"),
            store.last_opened(learner).expect("last"),
        ));
    }
    for workshop in ["w0", "w1"] {
        out.push_str(&format!(
            "{workshop}: {:?} {:?} {:?} {:?}\n",
            store.workshop(workshop).expect("workshop"),
            store.enrolled(workshop).expect("enrolled"),
            store.attendance(workshop).expect("attendance"),
            store.test_sittings(workshop).expect("sittings"),
        ));
    }
    out
}

fn apply_in_batches(records: &[Record], batch: usize) -> Store {
    let mut store = Store::open_in_memory().expect("store");
    for chunk in records.chunks(batch.max(1)) {
        store.apply_records(chunk).expect("apply");
    }
    store
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_order_with_duplicates_gives_the_same_tables(
        records in records(),
        seed in any::<u64>(),
        batch in 1usize..7,
    ) {
        let expected = snapshot(&apply_in_batches(&records, records.len()));
        // Shuffle (a small LCG keeps the case reproducible from the seed)
        // and send some records twice.
        let mut shuffled: Vec<Record> = records.iter().chain(records.iter().step_by(3)).cloned().collect();
        let mut state = seed | 1;
        for i in (1..shuffled.len()).rev() {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            let j = usize::try_from(state >> 33).unwrap_or(0) % (i + 1);
            shuffled.swap(i, j);
        }
        let store = apply_in_batches(&shuffled, batch);
        prop_assert_eq!(snapshot(&store), expected);
        // Applying everything again changes nothing.
        let mut again = store;
        prop_assert_eq!(again.apply_records(&records).expect("again"), 0);
    }
}
