//! Workshop reports: aggregation as plain case tables, then the CSV, XLSX
//! and SVG exports read back with real parsers.

use std::collections::BTreeMap;
use std::io::Cursor;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use passage_app::report::{
    Breakdown, ChartKind, Dimension, GroupRow, Participant, ReportInput, ReportWords, Score,
    WorkshopReport, aggregate, aggregate_many, charts_svg, to_csv, to_xlsx,
};
use proptest::prelude::*;

// ---------------------------------------------------------------- helpers

fn score(score: u32, total: u32) -> Option<Score> {
    Some(Score { score, total })
}

fn person(
    sex: Option<&str>,
    age_band: Option<&str>,
    sessions_attended: u32,
    pre: Option<Score>,
    post: Option<Score>,
) -> Participant {
    Participant {
        sex: sex.map(str::to_owned),
        age_band: age_band.map(str::to_owned),
        origin: None,
        destination: None,
        sector: None,
        sessions_attended,
        pre,
        post,
    }
}

fn workshop(participants: Vec<Participant>) -> ReportInput {
    ReportInput {
        sessions: 4,
        completion_share: (3, 4),
        participants,
    }
}

/// 30 participants in four kinds:
/// - 12 women 25–34, all 4 sessions, pre 5/10, post 8/10 (+30 points);
/// - 10 men 18–24, 2 sessions (not completed), 6/10 both times (no gain);
/// - 5 women 35–44, 3 sessions (completed: 3/4), pre 2/3, no post-test;
/// - 3 people who gave no sex or age and never came.
fn thirty() -> Vec<Participant> {
    let mut people = Vec::new();
    for _ in 0..12 {
        people.push(person(
            Some("female"),
            Some("25-34"),
            4,
            score(5, 10),
            score(8, 10),
        ));
    }
    for _ in 0..10 {
        people.push(person(
            Some("male"),
            Some("18-24"),
            2,
            score(6, 10),
            score(6, 10),
        ));
    }
    for _ in 0..5 {
        people.push(person(Some("female"), Some("35-44"), 3, score(2, 3), None));
    }
    for _ in 0..3 {
        people.push(person(None, None, 0, None, None));
    }
    people
}

fn breakdown(report: &WorkshopReport, dimension: Dimension) -> &Breakdown {
    report
        .breakdowns
        .iter()
        .find(|b| b.dimension == dimension)
        .expect("every dimension has a breakdown")
}

fn row<'a>(report: &'a WorkshopReport, dimension: Dimension, group: &str) -> &'a GroupRow {
    breakdown(report, dimension)
        .rows
        .iter()
        .find(|r| r.group == group)
        .unwrap_or_else(|| panic!("no {group} row in {dimension:?}"))
}

/// A row's figures in CSV order, for compact case tables.
type Figures = (
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    Option<f64>,
    Option<f64>,
    Option<f64>,
    u32,
);

fn figures(row: &GroupRow) -> Figures {
    (
        row.registered,
        row.attended,
        row.completed,
        row.pre_taken,
        row.post_taken,
        row.paired,
        row.pre_average,
        row.post_average,
        row.gain,
        row.improved,
    )
}

fn groups(report: &WorkshopReport, dimension: Dimension) -> Vec<&str> {
    breakdown(report, dimension)
        .rows
        .iter()
        .map(|r| r.group.as_str())
        .collect()
}

// ------------------------------------------------------------ aggregation

#[test]
fn thirty_participants_by_sex_and_age() {
    let report = aggregate(&workshop(thirty()));

    // (registered, attended, completed, pre, post, paired, pre %, post %, gain, improved)
    let cases: [(Option<(Dimension, &str)>, Figures); 9] = [
        (
            None,
            // pre: (12·50 + 10·60 + 5·66.67) / 27 = 56.79; post: (12·80 + 10·60) / 22 = 70.91;
            // gain: 12·30 / 22 = 16.36
            (
                30,
                27,
                17,
                27,
                22,
                22,
                Some(56.8),
                Some(70.9),
                Some(16.4),
                12,
            ),
        ),
        (
            Some((Dimension::Sex, "female")),
            // pre: (12·50 + 5·66.67) / 17 = 54.90
            (
                17,
                17,
                17,
                17,
                12,
                12,
                Some(54.9),
                Some(80.0),
                Some(30.0),
                12,
            ),
        ),
        (
            Some((Dimension::Sex, "male")),
            (10, 10, 0, 10, 10, 10, Some(60.0), Some(60.0), Some(0.0), 0),
        ),
        (
            Some((Dimension::Sex, "unknown")),
            (3, 0, 0, 0, 0, 0, None, None, None, 0),
        ),
        (
            Some((Dimension::AgeBand, "18-24")),
            (10, 10, 0, 10, 10, 10, Some(60.0), Some(60.0), Some(0.0), 0),
        ),
        (
            Some((Dimension::AgeBand, "25-34")),
            (
                12,
                12,
                12,
                12,
                12,
                12,
                Some(50.0),
                Some(80.0),
                Some(30.0),
                12,
            ),
        ),
        (
            // Pre-test only: counted as taken, never paired.
            Some((Dimension::AgeBand, "35-44")),
            (5, 5, 5, 5, 0, 0, Some(66.7), None, None, 0),
        ),
        (
            Some((Dimension::AgeBand, "unknown")),
            (3, 0, 0, 0, 0, 0, None, None, None, 0),
        ),
        (
            // Nobody gave an origin.
            Some((Dimension::Origin, "unknown")),
            (
                30,
                27,
                17,
                27,
                22,
                22,
                Some(56.8),
                Some(70.9),
                Some(16.4),
                12,
            ),
        ),
    ];
    for (at, expected) in cases {
        let got = match at {
            None => &report.total,
            Some((dimension, group)) => row(&report, dimension, group),
        };
        assert_eq!(figures(got), expected, "{at:?}");
    }
    assert_eq!(report.total.group, "all");
    assert_eq!(
        report
            .breakdowns
            .iter()
            .map(|b| b.dimension)
            .collect::<Vec<_>>(),
        Dimension::ALL
    );
    assert_eq!(
        groups(&report, Dimension::Sex),
        ["female", "male", "unknown"]
    );
    assert_eq!(
        groups(&report, Dimension::AgeBand),
        ["18-24", "25-34", "35-44", "unknown"]
    );
}

#[test]
fn averages_and_gains_round_to_one_decimal_half_away_from_zero() {
    // (pre/post scores of each participant, pre %, post %, gain)
    type Case = (
        &'static [(Option<(u32, u32)>, Option<(u32, u32)>)],
        Option<f64>,
        Option<f64>,
        Option<f64>,
    );
    let cases: [Case; 9] = [
        (
            &[(Some((1, 3)), Some((2, 3)))],
            Some(33.3),
            Some(66.7),
            Some(33.3),
        ),
        (&[(Some((1, 6)), None)], Some(16.7), None, None),
        // 12.5 and 0 → 6.25 → 6.3
        (
            &[(Some((1, 8)), None), (Some((0, 8)), None)],
            Some(6.3),
            None,
            None,
        ),
        (
            &[(Some((3, 4)), Some((1, 2)))],
            Some(75.0),
            Some(50.0),
            Some(-25.0),
        ),
        (
            &[(Some((2, 3)), Some((1, 2)))],
            Some(66.7),
            Some(50.0),
            Some(-16.7),
        ),
        // gains 0 and −0.1 → −0.05 → −0.1
        (
            &[
                (Some((50, 100)), Some((50, 100))),
                (Some((255, 1000)), Some((254, 1000))),
            ],
            Some(37.8),
            Some(37.7),
            Some(-0.1),
        ),
        // −0.01 rounds to zero, and zero has no sign.
        (
            &[(Some((10_000, 10_000)), Some((9_999, 10_000)))],
            Some(100.0),
            Some(100.0),
            Some(0.0),
        ),
        // More right answers than questions counts as all of them.
        (
            &[(Some((12, 10)), Some((10, 10)))],
            Some(100.0),
            Some(100.0),
            Some(0.0),
        ),
        // A test out of 0 questions was not really taken.
        (&[(Some((0, 0)), Some((3, 4)))], None, Some(75.0), None),
    ];
    for (scores, pre, post, gain) in cases {
        let people = scores
            .iter()
            .map(|&(pre, post)| {
                person(
                    Some("female"),
                    None,
                    1,
                    pre.map(|(s, t)| Score { score: s, total: t }),
                    post.map(|(s, t)| Score { score: s, total: t }),
                )
            })
            .collect();
        let total = aggregate(&workshop(people)).total;
        assert_eq!(
            (total.pre_average, total.post_average, total.gain),
            (pre, post, gain),
            "{scores:?}"
        );
        if let Some(gain) = total.gain {
            assert!(
                gain != 0.0 || gain.is_sign_positive(),
                "−0.0 for {scores:?}"
            );
        }
    }
}

#[test]
fn improved_compares_exactly_and_needs_both_tests() {
    // (pre, post, paired, improved)
    let cases: [(Option<Score>, Option<Score>, u32, u32); 6] = [
        (score(1, 3), score(2, 3), 1, 1),
        (score(1, 2), score(2, 4), 1, 0), // same share: not improved
        (score(1, 3), score(34, 100), 1, 1),
        (score(2, 3), score(66, 100), 1, 0),
        (score(1, 3), None, 0, 0),
        (None, score(3, 3), 0, 0),
    ];
    for (pre, post, paired, improved) in cases {
        let total = aggregate(&workshop(vec![person(None, None, 1, pre, post)])).total;
        assert_eq!(
            (total.paired, total.improved),
            (paired, improved),
            "{pre:?} {post:?}"
        );
    }
}

#[test]
fn completion_follows_the_share_of_sessions() {
    // (sessions, share, attended, completed)
    let cases = [
        (4, (3, 4), 3, true),
        (4, (3, 4), 2, false),
        (3, (3, 4), 2, false),
        (3, (3, 4), 3, true),
        (5, (1, 2), 3, true),
        (5, (1, 2), 2, false),
        (4, (0, 1), 1, true),
        (4, (0, 1), 0, false), // completing needs at least one session
        (0, (3, 4), 0, false),
        (4, (1, 0), 3, false), // no denominator: every session
        (4, (1, 0), 4, true),
        (4, (5, 4), 4, true), // more than all: every session
        (4, (3, 4), 9, true), // more than the agenda: still complete
    ];
    for (sessions, completion_share, attended, completed) in cases {
        let input = ReportInput {
            sessions,
            completion_share,
            participants: vec![person(None, None, attended, None, None)],
        };
        let total = aggregate(&input).total;
        assert_eq!(
            (total.attended, total.completed),
            (u32::from(attended > 0), u32::from(completed)),
            "{sessions} sessions, share {completion_share:?}, attended {attended}"
        );
    }
}

#[test]
fn no_participants_gives_zeros_and_no_averages() {
    let report = aggregate(&workshop(Vec::new()));
    assert_eq!(
        figures(&report.total),
        (0, 0, 0, 0, 0, 0, None, None, None, 0)
    );
    assert_eq!(report.breakdowns.len(), 5);
    assert!(report.breakdowns.iter().all(|b| b.rows.is_empty()));
    assert_eq!(aggregate_many(&[]), report);
}

#[test]
fn groups_come_in_form_order_then_new_codes_then_unknown() {
    let mut people = Vec::new();
    for (sex, origin, sector) in [
        (None, Some("ZZ"), Some("fishing")),
        (Some("male"), Some("VN"), Some("unsaid")),
        (Some("x-new"), Some("ph"), Some("domestic-work")),
        (Some("female"), None, Some("mining")),
        (Some("<script>alert(1)</script>"), Some("KH"), None),
        (Some("  "), Some("=HYPERLINK(1)"), Some("all")),
        (Some("unsaid"), Some("PH"), Some("care-work")),
    ] {
        people.push(Participant {
            sex: sex.map(str::to_owned),
            origin: origin.map(str::to_owned),
            destination: origin.map(str::to_owned),
            sector: sector.map(str::to_owned),
            ..Participant::default()
        });
    }
    let report = aggregate(&workshop(people));
    // (dimension, groups in order)
    let cases: [(Dimension, &[&str]); 5] = [
        (
            Dimension::Sex,
            &["female", "male", "unsaid", "x-new", "unknown"],
        ),
        (Dimension::AgeBand, &["unknown"]),
        (Dimension::Origin, &["KH", "PH", "VN", "ZZ", "unknown"]),
        (Dimension::Destination, &["KH", "PH", "VN", "ZZ", "unknown"]),
        (
            Dimension::Sector,
            &[
                "domestic-work",
                "care-work",
                "fishing",
                "unsaid",
                "mining",
                "unknown",
            ],
        ),
    ];
    for (dimension, expected) in cases {
        assert_eq!(groups(&report, dimension), expected, "{dimension:?}");
    }
    // Markup, blanks and formula-looking answers count as unknown.
    assert_eq!(row(&report, Dimension::Sex, "unknown").registered, 3);
    assert_eq!(row(&report, Dimension::Origin, "PH").registered, 2);
    assert_eq!(row(&report, Dimension::Origin, "unknown").registered, 2);
}

#[test]
fn many_workshops_equal_one_workshop_of_everybody() {
    let people = thirty();
    let parts: Vec<ReportInput> = [&people[..7], &people[7..20], &people[20..], &[]]
        .iter()
        .map(|part| workshop(part.to_vec()))
        .collect();
    assert_eq!(aggregate_many(&parts), aggregate(&workshop(people)));
}

#[test]
fn many_workshops_judge_completion_by_each_agenda() {
    let one = ReportInput {
        sessions: 2,
        completion_share: (1, 1),
        participants: vec![person(None, None, 2, None, None)],
    };
    let other = ReportInput {
        sessions: 8,
        completion_share: (1, 1),
        participants: vec![person(None, None, 2, None, None)],
    };
    let total = aggregate_many(&[one, other]).total;
    assert_eq!(
        (total.registered, total.attended, total.completed),
        (2, 2, 1)
    );
}

#[test]
fn json_for_the_ui_is_camel_case_with_kebab_dimensions() {
    let report = aggregate(&workshop(thirty()));
    let json = serde_json::to_value(&report).expect("serialises");
    assert_eq!(json["total"]["preAverage"], 56.8);
    assert_eq!(json["total"]["postTaken"], 22);
    assert_eq!(json["breakdowns"][1]["dimension"], "age-band");
    assert_eq!(json["breakdowns"][2]["rows"][0]["gain"], 16.4);
    assert!(json["breakdowns"][0]["rows"][2]["gain"].is_null());
}

// -------------------------------------------------------------------- CSV

#[test]
fn csv_has_the_stable_columns_and_codes() {
    let csv_text = to_csv(&aggregate(&workshop(thirty())));
    assert!(csv_text.starts_with(
        "dimension,group,registered,attended,completed,pre_taken,post_taken,paired,\
         pre_average,post_average,gain,improved,suppressed\r\n"
    ));
    assert!(csv_text.is_ascii());
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .expect("a header row")
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        headers,
        [
            "dimension",
            "group",
            "registered",
            "attended",
            "completed",
            "pre_taken",
            "post_taken",
            "paired",
            "pre_average",
            "post_average",
            "gain",
            "improved",
            "suppressed"
        ]
    );
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.expect("a record").iter().map(str::to_owned).collect())
        .collect();
    // total + 3 sexes + 4 age bands + 1 origin + 1 destination + 1 sector
    assert_eq!(rows.len(), 11);
    let find = |dimension: &str, group: &str| {
        rows.iter()
            .find(|r| r[0] == dimension && r[1] == group)
            .unwrap_or_else(|| panic!("no {dimension}/{group} row"))
            .join("|")
    };
    // (dimension, group, the whole row)
    let cases = [
        (
            "all",
            "all",
            "all|all|30|27|17|27|22|22|56.8|70.9|16.4|12|0",
        ),
        (
            "sex",
            "female",
            "sex|female|17|17|17|17|12|12|54.9|80.0|30.0|12|0",
        ),
        ("sex", "male", "sex|male|10|10|0|10|10|10|60.0|60.0|0.0|0|0"),
        ("sex", "unknown", "sex|unknown|3|0|0|0|0|0||||0|0"),
        ("age-band", "35-44", "age-band|35-44|5|5|5|5|0|0|66.7|||0|0"),
        (
            "sector",
            "unknown",
            "sector|unknown|30|27|17|27|22|22|56.8|70.9|16.4|12|0",
        ),
    ];
    for (dimension, group, expected) in cases {
        assert_eq!(find(dimension, group), expected);
    }
    assert_eq!(rows[0][0], "all");
    assert_eq!(rows[1][0], "sex");
}

#[test]
fn csv_of_nobody_is_the_header_and_a_total() {
    let csv_text = to_csv(&aggregate(&workshop(Vec::new())));
    let lines: Vec<&str> = csv_text.split_terminator("\r\n").collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1], "all,all,0,0,0,0,0,0,,,,0,0");
}

// ------------------------------------------------------------------- XLSX

/// Khmer words, with dimension names a sheet cannot hold as they are.
fn khmer_words() -> ReportWords {
    let map = |pairs: &[(&str, &str)]| -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    };
    ReportWords {
        title: "វគ្គបណ្តុះបណ្តាលមុនចេញដំណើរ".into(),
        subtitle: "ភ្នំពេញ ២០២៦".into(),
        headings: map(&[
            ("group", "ក្រុម"),
            ("registered", "បានចុះឈ្មោះ"),
            ("attended", "បានចូលរួម"),
            ("completed", "បានបញ្ចប់"),
            ("pre_average", "ពិន្ទុមធ្យមមុន (%)"),
            ("post_average", "ពិន្ទុមធ្យមក្រោយ (%)"),
        ]),
        dimensions: map(&[
            ("sex", "ភេទ"),
            ("age-band", "អាយុ: [ឆ្នាំ]"),
            ("origin", "ប្រទេសកំណើត ប្រទេសកំណើត ប្រទេសកំណើត ប្រទេសកំណើត"),
            ("destination", "ភេទ"),
            ("sector", "'*?/\\'"),
        ]),
        groups: map(&[("female", "ស្រី"), ("male", "ប្រុស"), ("unknown", "មិនដឹង")]),
        phrases: map(&[("summary", "សង្ខេប")]),
    }
}

fn open(bytes: Vec<u8>) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(bytes)).expect("a workbook calamine can read")
}

#[test]
fn xlsx_has_sanitised_sheets_translated_headings_and_numbers() {
    let report = aggregate(&workshop(thirty()));
    let mut book = open(to_xlsx(&report, &khmer_words()).expect("a workbook"));

    let names = book.sheet_names();
    assert_eq!(
        names,
        [
            "សង្ខេប",
            "ភេទ",
            "អាយុ ឆ្នាំ",
            // cut to 31 UTF-16 units, no trailing space
            "ប្រទេសកំណើត ប្រទេសកំណើត ប្រទេសក",
            "ភេទ (2)",
            "sector",
        ]
    );
    for name in &names {
        assert!(name.encode_utf16().count() <= 31, "{name}");
        assert!(
            !name.contains(['[', ']', ':', '*', '?', '/', '\\']),
            "{name}"
        );
    }

    let summary = book.worksheet_range("សង្ខេប").expect("summary sheet");
    let cell = |range: &calamine::Range<Data>, r: u32, c: u32| {
        range.get_value((r, c)).cloned().unwrap_or(Data::Empty)
    };
    assert_eq!(
        cell(&summary, 0, 0),
        Data::String("វគ្គបណ្តុះបណ្តាលមុនចេញដំណើរ".into())
    );
    assert_eq!(cell(&summary, 1, 0), Data::String("ភ្នំពេញ ២០២៦".into()));
    assert_eq!(cell(&summary, 3, 1), Data::String("បានចុះឈ្មោះ".into()));
    // A heading without a word falls back to its column name.
    assert_eq!(cell(&summary, 3, 4), Data::String("pre_taken".into()));
    assert_eq!(cell(&summary, 4, 1), Data::Float(30.0));
    assert_eq!(cell(&summary, 4, 7), Data::Float(56.8));
    assert_eq!(cell(&summary, 4, 10), Data::Float(12.0));
    assert_eq!(cell(&summary, 4, 11), Data::String("all".into()));

    let sex = book.worksheet_range("ភេទ").expect("sex sheet");
    // (row, group name, registered, pre %, post %, gain, code)
    let cases = [
        (
            1,
            "ស្រី",
            17.0,
            Data::Float(54.9),
            Data::Float(80.0),
            Data::Float(30.0),
            "female",
        ),
        (
            2,
            "ប្រុស",
            10.0,
            Data::Float(60.0),
            Data::Float(60.0),
            Data::Float(0.0),
            "male",
        ),
        (
            3,
            "មិនដឹង",
            3.0,
            Data::Empty,
            Data::Empty,
            Data::Empty,
            "unknown",
        ),
        // The total row closes each dimension sheet; no word for "all": the code.
        (
            4,
            "all",
            30.0,
            Data::Float(56.8),
            Data::Float(70.9),
            Data::Float(16.4),
            "all",
        ),
    ];
    assert_eq!(cell(&sex, 0, 0), Data::String("ក្រុម".into()));
    assert_eq!(cell(&sex, 0, 7), Data::String("ពិន្ទុមធ្យមមុន (%)".into()));
    assert_eq!(cell(&sex, 0, 11), Data::String("code".into()));
    for (r, name, registered, pre, post, gain, code) in cases {
        assert_eq!(cell(&sex, r, 0), Data::String(name.into()), "row {r}");
        assert_eq!(cell(&sex, r, 1), Data::Float(registered), "row {r}");
        assert_eq!(cell(&sex, r, 7), pre, "row {r}");
        assert_eq!(cell(&sex, r, 8), post, "row {r}");
        assert_eq!(cell(&sex, r, 9), gain, "row {r}");
        assert_eq!(cell(&sex, r, 11), Data::String(code.into()), "row {r}");
    }
    assert_eq!(sex.get_size().0, 5);
}

#[test]
fn xlsx_without_words_uses_codes_and_survives_nobody() {
    let mut book = open(
        to_xlsx(&aggregate(&workshop(Vec::new())), &ReportWords::default()).expect("a workbook"),
    );
    assert_eq!(
        book.sheet_names(),
        [
            "Summary",
            "sex",
            "age-band",
            "origin",
            "destination",
            "sector"
        ]
    );
    let summary = book.worksheet_range("Summary").expect("summary");
    assert_eq!(
        summary.get_value((3, 1)),
        Some(&Data::String("registered".into()))
    );
    assert_eq!(summary.get_value((4, 1)), Some(&Data::Float(0.0)));
}

// -------------------------------------------------------------------- SVG

/// Checks an SVG is well-formed and inert; returns the parsed tree.
fn inert(svg: &str) -> roxmltree::Document<'_> {
    let doc = roxmltree::Document::parse(svg).expect("well-formed SVG");
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    assert!(doc.root_element().attribute("viewBox").is_some());
    assert!(!svg.to_ascii_lowercase().contains("<script"));
    for node in doc.descendants().filter(roxmltree::Node::is_element) {
        let name = node.tag_name().name();
        assert!(
            ![
                "script",
                "foreignObject",
                "a",
                "image",
                "use",
                "iframe",
                "style"
            ]
            .contains(&name),
            "<{name}> in a chart"
        );
        for attribute in node.attributes() {
            let key = attribute.name().to_ascii_lowercase();
            assert!(!key.starts_with("on"), "event attribute {key}");
            assert!(!key.contains("href"), "link attribute {key}");
            assert!(
                !attribute.value().contains("url(") || attribute.value().starts_with("url(#"),
                "outside reference {}",
                attribute.value()
            );
        }
    }
    doc
}

fn texts<'a>(doc: &'a roxmltree::Document<'a>) -> Vec<String> {
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn charts_are_inert_and_escape_hostile_words() {
    let hostile = "<script>alert(1)</script>";
    let quote = "\" onload=\"x";
    let mut words = ReportWords {
        title: "</svg><script>alert(2)</script>".into(),
        subtitle: "Tom & Jerry's \u{0} <b>".into(),
        ..ReportWords::default()
    };
    words.groups.insert("female".into(), hostile.into());
    words.groups.insert("male".into(), quote.into());
    words
        .headings
        .insert("registered".into(), "<img src=x onerror=alert(3)>".into());
    words
        .phrases
        .insert("chart-scores-sex".into(), "' onmouseover='x".into());

    let charts = charts_svg(&aggregate(&workshop(thirty())), &words);
    assert_eq!(
        charts
            .iter()
            .map(|c| (c.kind, c.dimension))
            .collect::<Vec<_>>(),
        [
            (ChartKind::Scores, Dimension::Sex),
            (ChartKind::Scores, Dimension::AgeBand),
            (ChartKind::Attendance, Dimension::Sex),
        ]
    );
    assert_eq!(charts[0].title, "' onmouseover='x");
    for chart in &charts {
        let doc = inert(&chart.svg);
        let texts = texts(&doc);
        assert!(
            !chart.svg.contains(hostile) && !chart.svg.contains(quote),
            "raw hostile text in {:?}",
            chart.kind
        );
        if chart.dimension == Dimension::Sex {
            // Parsed back, the words are text again: escaped, not markup.
            assert!(texts.iter().any(|t| t == hostile));
            assert!(texts.iter().any(|t| t == quote));
        }
        assert!(texts.iter().any(|t| t == "Tom & Jerry's  <b>"));
    }
}

#[test]
fn score_bars_stand_as_high_as_the_averages() {
    let report = aggregate(&workshop(thirty()));
    let charts = charts_svg(&report, &ReportWords::default());
    for chart in charts.iter().filter(|c| c.kind == ChartKind::Scores) {
        let doc = inert(&chart.svg);
        let grid_y = |value: &str| -> f64 {
            doc.descendants()
                .find(|n| {
                    n.attribute("class") == Some("grid") && n.attribute("data-value") == Some(value)
                })
                .and_then(|n| n.attribute("y1"))
                .and_then(|y| y.parse().ok())
                .expect("a grid line")
        };
        let (zero, hundred) = (grid_y("0"), grid_y("100"));
        let bars: Vec<(String, String, f64, f64, f64)> = doc
            .descendants()
            .filter(|n| n.attribute("class") == Some("bar"))
            .map(|n| {
                let number = |a: &str| -> f64 {
                    n.attribute(a)
                        .and_then(|v| v.parse().ok())
                        .expect("a number")
                };
                (
                    n.attribute("data-series").unwrap_or_default().to_owned(),
                    n.attribute("data-group").unwrap_or_default().to_owned(),
                    number("data-value"),
                    number("height"),
                    number("y"),
                )
            })
            .collect();
        let breakdown = breakdown(&report, chart.dimension);
        let expected: Vec<(String, String, f64)> = breakdown
            .rows
            .iter()
            .flat_map(|r| {
                [("pre", r.pre_average), ("post", r.post_average)]
                    .into_iter()
                    .filter_map(|(s, v)| v.map(|v| (s.to_owned(), r.group.clone(), v)))
            })
            .collect();
        assert_eq!(
            bars.iter()
                .map(|(s, g, v, _, _)| (s.clone(), g.clone(), *v))
                .collect::<Vec<_>>(),
            expected
        );
        for (series, group, value, height, y) in bars {
            let want = value / 100.0 * (zero - hundred);
            assert!(
                (height - want).abs() < 0.01,
                "{series} {group}: {height} for {value}"
            );
            assert!(
                (y + height - zero).abs() < 0.01,
                "{series} {group} stands on the axis"
            );
        }
        let texts = texts(&doc);
        // The group with no tests says so, and everyone's count is shown.
        assert!(texts.iter().any(|t| t == "no data"));
        assert!(texts.iter().any(|t| t == "n = 3"));
        assert!(!texts.iter().any(|t| t == "0.0" || t == "0"));
    }
}

#[test]
fn attendance_bars_count_people_per_sex() {
    let report = aggregate(&workshop(thirty()));
    let chart = charts_svg(&report, &ReportWords::default())
        .into_iter()
        .find(|c| c.kind == ChartKind::Attendance)
        .expect("an attendance chart");
    let doc = inert(&chart.svg);
    let bars: Vec<(&str, &str, &str)> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("bar"))
        .map(|n| {
            (
                n.attribute("data-group").unwrap_or_default(),
                n.attribute("data-series").unwrap_or_default(),
                n.attribute("data-value").unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        bars,
        [
            ("female", "registered", "17"),
            ("female", "attended", "17"),
            ("female", "completed", "17"),
            ("male", "registered", "10"),
            ("male", "attended", "10"),
            ("male", "completed", "0"),
            ("unknown", "registered", "3"),
            ("unknown", "attended", "0"),
            ("unknown", "completed", "0"),
        ]
    );
}

#[test]
fn charts_of_nobody_say_no_data() {
    let charts = charts_svg(&aggregate(&workshop(Vec::new())), &ReportWords::default());
    assert_eq!(charts.len(), 3);
    for chart in charts {
        let doc = inert(&chart.svg);
        assert!(texts(&doc).iter().any(|t| t == "no data"));
        assert!(
            !doc.descendants()
                .any(|n| n.attribute("class") == Some("bar"))
        );
    }
}

// ------------------------------------------------------------- properties

fn answer() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        prop::sample::select(vec![
            "female", "male", "other", "unsaid", "under-18", "25-34", "55-plus", "PH", "vn", "ZZ",
            "fishing", "unknown", "all", "",
        ])
        .prop_map(|s| Some(s.to_owned())),
        ".{0,12}".prop_map(Some),
    ]
}

fn test_score() -> impl Strategy<Value = Option<Score>> {
    prop::option::of((0..40_u32, 0..30_u32).prop_map(|(score, total)| Score { score, total }))
}

fn participant() -> impl Strategy<Value = Participant> {
    (
        (answer(), answer(), answer(), answer(), answer()),
        0..12_u32,
        test_score(),
        test_score(),
    )
        .prop_map(
            |((sex, age_band, origin, destination, sector), sessions_attended, pre, post)| {
                Participant {
                    sex,
                    age_band,
                    origin,
                    destination,
                    sector,
                    sessions_attended,
                    pre,
                    post,
                }
            },
        )
}

fn input() -> impl Strategy<Value = ReportInput> {
    (
        0..10_u32,
        (0..6_u32, 0..6_u32),
        prop::collection::vec(participant(), 0..40),
    )
        .prop_map(|(sessions, completion_share, participants)| ReportInput {
            sessions,
            completion_share,
            participants,
        })
}

fn sound(row: &GroupRow) -> Result<(), TestCaseError> {
    prop_assert!(row.attended <= row.registered);
    prop_assert!(row.completed <= row.attended);
    prop_assert!(row.pre_taken <= row.registered && row.post_taken <= row.registered);
    prop_assert!(row.paired <= row.pre_taken.min(row.post_taken));
    prop_assert!(row.improved <= row.paired);
    for average in [row.pre_average, row.post_average].into_iter().flatten() {
        prop_assert!((0.0..=100.0).contains(&average), "{average}");
    }
    if let Some(gain) = row.gain {
        prop_assert!((-100.0..=100.0).contains(&gain), "{gain}");
    }
    prop_assert_eq!(row.pre_average.is_some(), row.pre_taken > 0);
    prop_assert_eq!(row.post_average.is_some(), row.post_taken > 0);
    prop_assert_eq!(row.gain.is_some(), row.paired > 0);
    Ok(())
}

proptest! {
    #[test]
    fn any_participants_add_up(inputs in prop::collection::vec(input(), 0..4)) {
        let report = aggregate_many(&inputs);
        let registered: usize = inputs.iter().map(|i| i.participants.len()).sum();
        prop_assert_eq!(report.total.registered as usize, registered);
        sound(&report.total)?;
        prop_assert_eq!(report.breakdowns.len(), 5);
        for breakdown in &report.breakdowns {
            let sum = |f: fn(&GroupRow) -> u32| breakdown.rows.iter().map(f).sum::<u32>();
            let t = &report.total;
            prop_assert_eq!(sum(|r| r.registered), t.registered);
            prop_assert_eq!(sum(|r| r.attended), t.attended);
            prop_assert_eq!(sum(|r| r.completed), t.completed);
            prop_assert_eq!(sum(|r| r.pre_taken), t.pre_taken);
            prop_assert_eq!(sum(|r| r.post_taken), t.post_taken);
            prop_assert_eq!(sum(|r| r.paired), t.paired);
            prop_assert_eq!(sum(|r| r.improved), t.improved);
            for row in &breakdown.rows {
                sound(row)?;
                prop_assert!(row.registered > 0);
                prop_assert!(row.group.is_ascii() && !row.group.is_empty());
            }
            let mut seen: Vec<&str> = breakdown.rows.iter().map(|r| r.group.as_str()).collect();
            let count = seen.len();
            seen.sort_unstable();
            seen.dedup();
            prop_assert_eq!(seen.len(), count, "a group twice");
            if let Some(unknown) = breakdown.rows.iter().position(|r| r.group == "unknown") {
                prop_assert_eq!(unknown, breakdown.rows.len() - 1, "unknown is last");
            }
        }
        let everybody = workshop(inputs.iter().flat_map(|i| i.participants.clone()).collect());
        if inputs.iter().all(|i| i.sessions == 4 && i.completion_share == (3, 4)) {
            prop_assert_eq!(&report, &aggregate(&everybody));
        }
    }

    #[test]
    fn any_report_exports(input in input(), title in ".{0,40}", group in ".{0,20}", dimension in ".{0,40}") {
        let report = aggregate(&input);
        let csv_text = to_csv(&report);
        let records = csv::Reader::from_reader(csv_text.as_bytes()).records().count();
        let rows: usize = report.breakdowns.iter().map(|b| b.rows.len()).sum();
        prop_assert_eq!(records, 1 + rows);

        let mut words = ReportWords { title: title.clone(), subtitle: title, ..ReportWords::default() };
        for code in ["female", "male", "unknown", "25-34"] {
            words.groups.insert(code.into(), group.clone());
        }
        for code in ["sex", "age-band", "origin", "destination", "sector"] {
            words.dimensions.insert(code.into(), dimension.clone());
        }
        let bytes = to_xlsx(&report, &words);
        prop_assert!(bytes.is_ok(), "{:?}", bytes.err());
        for chart in charts_svg(&report, &words) {
            prop_assert!(roxmltree::Document::parse(&chart.svg).is_ok(), "{}", chart.svg);
        }
    }
}
