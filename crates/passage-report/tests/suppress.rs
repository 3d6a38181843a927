//! Withholding small groups: nobody in a group of fewer than five can be
//! told apart, not even by subtracting the shown groups from the total.

use passage_report::{Dimension, Participant, ReportInput, aggregate, suppress_small, to_csv};

fn person(sex: &str, age: &str) -> Participant {
    Participant {
        sex: Some(sex.into()),
        age_band: Some(age.into()),
        sessions_attended: 4,
        ..Participant::default()
    }
}

fn input(people: Vec<Participant>) -> ReportInput {
    ReportInput {
        sessions: 4,
        completion_share: (3, 4),
        participants: people,
    }
}

fn rows(report: &passage_report::WorkshopReport, d: Dimension) -> Vec<(String, u32, bool)> {
    report
        .breakdowns
        .iter()
        .find(|b| b.dimension == d)
        .expect("breakdown")
        .rows
        .iter()
        .map(|r| (r.group.clone(), r.registered, r.suppressed))
        .collect()
}

#[test]
fn a_lone_small_group_takes_the_next_smallest_with_it() {
    // 12 women, 6 men, 2 "other": hiding only "other" would leave it as
    // total − women − men.
    let mut people = vec![person("female", "25-34"); 12];
    people.extend(vec![person("male", "25-34"); 6]);
    people.extend(vec![person("other", "25-34"); 2]);
    let mut report = aggregate(&input(people));
    suppress_small(&mut report, 5);
    assert_eq!(report.total.registered, 20, "the total stays");
    assert_eq!(
        rows(&report, Dimension::Sex),
        [
            ("female".into(), 12, false),
            ("male".into(), 0, true),
            ("other".into(), 0, true)
        ]
    );
    // One age band holds everybody: nothing small, nothing hidden.
    assert_eq!(
        rows(&report, Dimension::AgeBand),
        [("25-34".into(), 20, false)]
    );
}

#[test]
fn two_small_groups_hide_each_other() {
    let mut people = vec![person("female", "18-24"); 10];
    people.extend(vec![person("male", "18-24"); 3]);
    people.extend(vec![person("other", "18-24"); 1]);
    let mut report = aggregate(&input(people));
    suppress_small(&mut report, 5);
    assert_eq!(
        rows(&report, Dimension::Sex),
        [
            ("female".into(), 10, false),
            ("male".into(), 0, true),
            ("other".into(), 0, true)
        ]
    );
}

#[test]
fn a_small_total_hides_everything_and_the_csv_says_so() {
    let mut report = aggregate(&input(vec![person("female", "18-24"); 3]));
    suppress_small(&mut report, 5);
    assert!(report.total.suppressed);
    assert!(
        report
            .breakdowns
            .iter()
            .flat_map(|b| &b.rows)
            .all(|r| r.suppressed)
    );
    let csv = to_csv(&report);
    let total = csv.split("\r\n").nth(1).expect("total row");
    assert_eq!(total, "all,all,,,,,,,,,,,1");
}

#[test]
fn nothing_is_hidden_when_every_group_is_big_enough() {
    let mut people = vec![person("female", "18-24"); 5];
    people.extend(vec![person("male", "35-44"); 5]);
    let before = aggregate(&input(people));
    let mut after = before.clone();
    suppress_small(&mut after, 5);
    assert_eq!(before, after);
}
