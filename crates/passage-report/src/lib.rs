//! Workshop reports for the organisations that fund workshops: how many
//! people registered, attended and completed, and how their test scores
//! moved, disaggregated by sex, age band, origin, destination and sector.
//!
//! Everything here is pure: [`aggregate`] turns participants into figures
//! with no I/O (Atuin's "plan in a pure function"), and the exports turn
//! figures into bytes ([`to_csv`], [`to_xlsx`]) or inert SVG
//! ([`charts_svg`]). Reading the learner store and saving files live with the
//! callers. Reports never carry names or anything else that points at a
//! person: only codes and counts. The CSV columns are a contract documented
//! in `docs/reports.md`.

use std::collections::BTreeMap;

mod from_store;

pub use from_store::{COMPLETION_SHARE, input_of, inputs_from_store, teaching_sessions};

/// The answer choices of the profile form, so the UI, the store and the
/// reports agree: age bands.
pub const AGE_BANDS: [&str; 6] = ["under-18", "18-24", "25-34", "35-44", "45-54", "55-plus"];
/// Sex, with "prefer not to say".
pub const SEXES: [&str; 4] = ["female", "male", "other", "unsaid"];
/// Work sectors.
pub const SECTORS: [&str; 9] = [
    "domestic-work",
    "care-work",
    "construction",
    "manufacturing",
    "agriculture",
    "fishing",
    "hospitality",
    "other",
    "unsaid",
];

mod charts;
mod csv_file;
mod workbook;

pub use charts::{Chart, ChartKind, charts_svg, scores_svg};
pub use csv_file::{CSV_COLUMNS, to_csv};
pub use workbook::to_xlsx;

/// The group code of a participant whose answer is missing (or is not a
/// code at all).
pub const UNKNOWN: &str = "unknown";
/// The group code (and CSV dimension) of the row over everybody.
pub const ALL: &str = "all";
/// The country code meaning "another country"; it sorts after real ones.
pub const OTHER_COUNTRY: &str = "ZZ";
/// The countries Passage's learners come from or go to (ISO 3166 alpha-2),
/// named by the `country-<code>` messages.
pub const COUNTRIES: [&str; 18] = [
    "KH", "LA", "MY", "MM", "PH", "TH", "VN", "ID", "BN", "HK", "JP", "KR", "SA", "SG", "TW", "AE",
    "KW", "QA",
];

/// What the report needs to know about one registered participant (no
/// names: reports never carry personal data).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Participant {
    /// `female`, `male`, `other` or `unsaid` ([`SEXES`]).
    pub sex: Option<String>,
    /// One of [`AGE_BANDS`], e.g. `25-34`.
    pub age_band: Option<String>,
    /// Country of origin, ISO 3166 alpha-2 (`ZZ` = other).
    pub origin: Option<String>,
    /// Destination country, ISO 3166 alpha-2 (`ZZ` = other).
    pub destination: Option<String>,
    /// One of [`SECTORS`].
    pub sector: Option<String>,
    /// Sessions of the workshop they attended.
    pub sessions_attended: u32,
    /// Pre-test result, if taken.
    pub pre: Option<Score>,
    /// Post-test result, if taken.
    pub post: Option<Score>,
}

/// A test result: right answers out of questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Score {
    /// Right answers (more than `total` counts as `total`).
    pub score: u32,
    /// Questions (a result out of 0 counts as not taken).
    pub total: u32,
}

/// One workshop's participants and what "completed" means for it.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportInput {
    /// Sessions in the workshop's agenda.
    pub sessions: u32,
    /// Completed = attended at least `n/d` of the sessions, e.g. `(3, 4)`.
    /// A share above 1 or with `d = 0` means every session.
    pub completion_share: (u32, u32),
    /// Everyone registered.
    pub participants: Vec<Participant>,
}

/// A report: the row over everybody, then one breakdown per dimension.
#[derive(Clone, Debug, PartialEq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkshopReport {
    /// Everybody (group `all`).
    pub total: GroupRow,
    /// By sex, age band, origin, destination and sector, in that order.
    pub breakdowns: Vec<Breakdown>,
}

/// The rows of one dimension.
#[derive(Clone, Debug, PartialEq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Breakdown {
    /// What the participants are grouped by.
    pub dimension: Dimension,
    /// Every group with at least one participant, in a fixed order: the
    /// known codes in their form order, codes this version does not know,
    /// then `unknown`.
    pub rows: Vec<GroupRow>,
}

/// What a report groups participants by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Dimension {
    /// Sex.
    Sex,
    /// Age band.
    AgeBand,
    /// Country of origin.
    Origin,
    /// Destination country.
    Destination,
    /// Work sector.
    Sector,
}

impl Dimension {
    /// Every dimension, in report order.
    pub const ALL: [Dimension; 5] = [
        Dimension::Sex,
        Dimension::AgeBand,
        Dimension::Origin,
        Dimension::Destination,
        Dimension::Sector,
    ];

    /// The stable code: `sex`, `age-band`, `origin`, `destination`, `sector`
    /// (CSV `dimension` column, keys of [`ReportWords::dimensions`]).
    pub fn code(self) -> &'static str {
        match self {
            Dimension::Sex => "sex",
            Dimension::AgeBand => "age-band",
            Dimension::Origin => "origin",
            Dimension::Destination => "destination",
            Dimension::Sector => "sector",
        }
    }

    /// The codes of the form, in the order reports list them; countries
    /// have none (they sort by code).
    fn known(self) -> &'static [&'static str] {
        match self {
            Dimension::Sex => &SEXES,
            Dimension::AgeBand => &AGE_BANDS,
            Dimension::Sector => &SECTORS,
            Dimension::Origin | Dimension::Destination => &[],
        }
    }

    fn is_country(self) -> bool {
        matches!(self, Dimension::Origin | Dimension::Destination)
    }

    fn answer(self, p: &Participant) -> Option<&str> {
        match self {
            Dimension::Sex => p.sex.as_deref(),
            Dimension::AgeBand => p.age_band.as_deref(),
            Dimension::Origin => p.origin.as_deref(),
            Dimension::Destination => p.destination.as_deref(),
            Dimension::Sector => p.sector.as_deref(),
        }
    }

    /// The group a participant falls in. Anything that is not shaped like
    /// a code (ASCII letters, digits, `-`, `_`, starting with a letter or
    /// digit, at most 32 long) counts as unknown, so a report's codes are
    /// always plain ASCII: safe in a CSV opened by a spreadsheet and never
    /// markup. Country codes are compared in capitals.
    fn group_of(self, p: &Participant) -> String {
        let Some(value) = self.answer(p).map(str::trim) else {
            return UNKNOWN.to_owned();
        };
        let code_like = !value.is_empty()
            && value.len() <= 32
            && value.starts_with(|c: char| c.is_ascii_alphanumeric())
            && value
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !code_like || value == ALL {
            UNKNOWN.to_owned()
        } else if self.is_country() {
            value.to_ascii_uppercase()
        } else {
            value.to_owned()
        }
    }

    /// Where a group sorts: known codes in form order, other codes
    /// alphabetically (`ZZ` after real countries), `unknown` last.
    fn rank(self, group: &str) -> (u8, usize) {
        if group == UNKNOWN {
            (3, 0)
        } else if let Some(i) = self.known().iter().position(|k| *k == group) {
            (0, i)
        } else if self.is_country() && group == OTHER_COUNTRY {
            (2, 0)
        } else {
            (1, 0)
        }
    }
}

/// The figures of one group of participants.
#[derive(Clone, Debug, PartialEq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct GroupRow {
    /// The group's code (`female`, `25-34`, `PH`, `unknown`); `all` for
    /// the total.
    pub group: String,
    /// Registered.
    pub registered: u32,
    /// Attended at least one session.
    pub attended: u32,
    /// Attended at least the workshop's completion share of sessions.
    pub completed: u32,
    /// Took the pre-test.
    pub pre_taken: u32,
    /// Took the post-test.
    pub post_taken: u32,
    /// Took both.
    pub paired: u32,
    /// Mean pre-test score in percent (0–100, one decimal) over those who
    /// took it.
    pub pre_average: Option<f64>,
    /// Mean post-test score in percent (0–100, one decimal) over those who
    /// took it.
    pub post_average: Option<f64>,
    /// Mean of (post % − pre %) over those who took both, in percentage
    /// points (one decimal). Not `post_average − pre_average`, which mixes
    /// in people who took only one test.
    pub gain: Option<f64>,
    /// Took both and scored higher on the post-test.
    pub improved: u32,
    /// Withheld because too few people are in the group to keep them
    /// anonymous ([`suppress_small`]): every figure above is zero or empty.
    #[serde(default)]
    pub suppressed: bool,
}

/// Translated words for column headings, dimension names and group
/// values; a missing entry falls back to the code itself.
#[derive(Clone, Debug, Default)]
pub struct ReportWords {
    /// The report's title (e.g. the workshop's name).
    pub title: String,
    /// A line under the title (e.g. organisation, place and dates).
    pub subtitle: String,
    /// Column headings, keyed by CSV column name ([`CSV_COLUMNS`]) and
    /// `group` (the group name column) and `code` (the stable code column).
    pub headings: BTreeMap<String, String>,
    /// Dimension names keyed by [`Dimension::code`] (also sheet names).
    pub dimensions: BTreeMap<String, String>,
    /// Group names keyed by code (`female`, `25-34`, `PH`, `unknown`, `all`).
    pub groups: BTreeMap<String, String>,
    /// Other text of the workbook and charts, keyed as listed in
    /// [`PHRASES`]; a missing entry falls back to the English given there.
    pub phrases: BTreeMap<String, String>,
}

impl ReportWords {
    /// The words of a report from UI messages: `word(id)` formats message
    /// `id` (`report-col-*`, `report-dim-*`, `sex-*`, `age-*`, `sector-*`,
    /// `report-<phrase>`, `report-unknown`, `report-all`) in the reader's
    /// language. The app's report and the hub's dashboard both use it.
    pub fn from_messages(title: &str, subtitle: String, word: impl Fn(&str) -> String) -> Self {
        let mut words = ReportWords {
            title: title.to_owned(),
            subtitle,
            ..ReportWords::default()
        };
        // Every figure's column (the dimension has its own sheet and title).
        for column in CSV_COLUMNS.into_iter().filter(|c| *c != "dimension") {
            words.headings.insert(
                column.into(),
                word(&format!("report-col-{}", column.replace('_', "-"))),
            );
        }
        for dimension in ["sex", "age-band", "origin", "destination", "sector", "all"] {
            words
                .dimensions
                .insert(dimension.into(), word(&format!("report-dim-{dimension}")));
        }
        for sex in SEXES {
            words.groups.insert(sex.into(), word(&format!("sex-{sex}")));
        }
        for band in AGE_BANDS {
            words
                .groups
                .insert(band.into(), word(&format!("age-{band}")));
        }
        for sector in SECTORS {
            words
                .groups
                .insert(sector.into(), word(&format!("sector-{sector}")));
        }
        for (key, _) in PHRASES {
            words
                .phrases
                .insert(key.into(), word(&format!("report-{key}")));
        }
        words
            .headings
            .insert("code".into(), word("report-col-code"));
        for code in COUNTRIES {
            words.groups.insert(
                code.into(),
                word(&format!("country-{}", code.to_ascii_lowercase())),
            );
        }
        words
            .groups
            .insert(OTHER_COUNTRY.into(), word("country-other"));
        words.groups.insert(UNKNOWN.into(), word("report-unknown"));
        words.groups.insert(ALL.into(), word("report-all"));
        words
    }
}

/// The keys of [`ReportWords::phrases`] with their English fallbacks.
pub const PHRASES: [(&str, &str); 8] = [
    ("summary", "Summary"),
    ("no-data", "no data"),
    ("legend-pre", "Pre-test"),
    ("legend-post", "Post-test"),
    ("chart-scores-sex", "Average test score by sex (%)"),
    (
        "chart-scores-age-band",
        "Average test score by age band (%)",
    ),
    (
        "chart-attendance-sex",
        "Registered, attended and completed by sex",
    ),
    ("suppressed", "withheld"),
];

impl ReportWords {
    fn heading<'a>(&'a self, column: &'a str) -> &'a str {
        self.headings.get(column).map_or(column, String::as_str)
    }

    fn dimension(&self, dimension: Dimension) -> &str {
        self.dimensions
            .get(dimension.code())
            .map_or(dimension.code(), String::as_str)
    }

    fn group<'a>(&'a self, code: &'a str) -> &'a str {
        self.groups.get(code).map_or(code, String::as_str)
    }

    fn phrase<'a>(&'a self, key: &'a str) -> &'a str {
        if let Some(word) = self.phrases.get(key) {
            return word;
        }
        PHRASES
            .iter()
            .find(|(k, _)| *k == key)
            .map_or(key, |(_, english)| english)
    }
}

/// Why a report file could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The workbook writer refused something.
    #[error("the workbook could not be written")]
    Workbook(#[from] rust_xlsxwriter::XlsxError),
}

/// Withholds the figures of every group of fewer than `min` people, for
/// reports shown to people who may not see individuals. Where a breakdown
/// withholds exactly one group, the smallest other group is withheld too,
/// or the total minus the others would give the hidden one away. A total
/// under `min` is withheld with everything under it.
pub fn suppress_small(report: &mut WorkshopReport, min: u32) {
    if report.total.registered > 0 && report.total.registered < min {
        withhold(&mut report.total);
        for breakdown in &mut report.breakdowns {
            breakdown.rows.iter_mut().for_each(withhold);
        }
        return;
    }
    for breakdown in &mut report.breakdowns {
        suppress_rows(&mut breakdown.rows, min);
    }
}

/// Withholds the rows of fewer than `min` people among rows that add up to
/// a total shown elsewhere (a breakdown, months, workshops, trainers): the
/// small ones, and where that is only one, the smallest other one too.
pub fn suppress_rows(rows: &mut [GroupRow], min: u32) {
    let mut hidden = 0;
    for row in rows.iter_mut() {
        if row.registered > 0 && row.registered < min {
            withhold(row);
            hidden += 1;
        }
    }
    if hidden == 1 {
        let next = rows
            .iter_mut()
            .filter(|r| !r.suppressed && r.registered > 0)
            .min_by_key(|r| r.registered);
        if let Some(row) = next {
            withhold(row);
        }
    }
}

fn withhold(row: &mut GroupRow) {
    *row = GroupRow {
        group: std::mem::take(&mut row.group),
        registered: 0,
        attended: 0,
        completed: 0,
        pre_taken: 0,
        post_taken: 0,
        paired: 0,
        pre_average: None,
        post_average: None,
        gain: None,
        improved: 0,
        suppressed: true,
    };
}

/// One workshop's report. Pure: no I/O.
pub fn aggregate(input: &ReportInput) -> WorkshopReport {
    aggregate_many([input])
}

/// Many workshops in one report (a laptop-wide view): every participant
/// counts once, "completed" judged against their own workshop's agenda.
pub fn aggregate_many<'a>(inputs: impl IntoIterator<Item = &'a ReportInput>) -> WorkshopReport {
    let mut total = Tally::default();
    let mut groups: [BTreeMap<String, Tally>; 5] = Default::default();
    for input in inputs {
        for p in &input.participants {
            let facts = Facts::of(p, input.sessions, input.completion_share);
            total.add(&facts);
            for (dimension, tallies) in Dimension::ALL.iter().zip(groups.iter_mut()) {
                tallies
                    .entry(dimension.group_of(p))
                    .or_default()
                    .add(&facts);
            }
        }
    }
    let breakdowns = Dimension::ALL
        .iter()
        .zip(groups)
        .map(|(&dimension, tallies)| {
            let mut rows: Vec<GroupRow> = tallies
                .into_iter()
                .map(|(group, tally)| tally.row(group))
                .collect();
            // Stable sort: within a rank the map's alphabetical order stays.
            rows.sort_by_key(|row| dimension.rank(&row.group));
            Breakdown { dimension, rows }
        })
        .collect();
    WorkshopReport {
        total: total.row(ALL.to_owned()),
        breakdowns,
    }
}

/// What one participant contributes to every group they are in.
struct Facts {
    attended: bool,
    completed: bool,
    pre: Option<f64>,
    post: Option<f64>,
    improved: bool,
}

impl Facts {
    fn of(p: &Participant, sessions: u32, (n, d): (u32, u32)) -> Facts {
        let (n, d) = if d == 0 || n > d { (1, 1) } else { (n, d) };
        let attended = p.sessions_attended > 0;
        // Exact in integers: attended / sessions >= n / d. Completing
        // always needs at least one session, even for a share of 0.
        let completed = attended
            && u64::from(p.sessions_attended) * u64::from(d) >= u64::from(n) * u64::from(sessions);
        let pre = p.pre.and_then(percent);
        let post = p.post.and_then(percent);
        let improved = match (p.pre, p.post) {
            (Some(pre), Some(post)) if pre.total > 0 && post.total > 0 => {
                // post/post_total > pre/pre_total, exactly.
                u64::from(post.score.min(post.total)) * u64::from(pre.total)
                    > u64::from(pre.score.min(pre.total)) * u64::from(post.total)
            }
            _ => false,
        };
        Facts {
            attended,
            completed,
            pre,
            post,
            improved,
        }
    }
}

/// A score in percent; `None` for a test out of 0 questions.
fn percent(score: Score) -> Option<f64> {
    (score.total > 0)
        .then(|| 100.0 * f64::from(score.score.min(score.total)) / f64::from(score.total))
}

/// Sums for one group, turned into a row at the end.
#[derive(Default)]
struct Tally {
    registered: u32,
    attended: u32,
    completed: u32,
    pre_taken: u32,
    pre_sum: f64,
    post_taken: u32,
    post_sum: f64,
    paired: u32,
    gain_sum: f64,
    improved: u32,
}

impl Tally {
    fn add(&mut self, facts: &Facts) {
        let count = |yes: bool| u32::from(yes);
        self.registered = self.registered.saturating_add(1);
        self.attended = self.attended.saturating_add(count(facts.attended));
        self.completed = self.completed.saturating_add(count(facts.completed));
        if let Some(pre) = facts.pre {
            self.pre_taken = self.pre_taken.saturating_add(1);
            self.pre_sum += pre;
        }
        if let Some(post) = facts.post {
            self.post_taken = self.post_taken.saturating_add(1);
            self.post_sum += post;
        }
        if let (Some(pre), Some(post)) = (facts.pre, facts.post) {
            self.paired = self.paired.saturating_add(1);
            self.gain_sum += post - pre;
            self.improved = self.improved.saturating_add(count(facts.improved));
        }
    }

    fn row(self, group: String) -> GroupRow {
        let mean = |sum: f64, n: u32| (n > 0).then(|| one_decimal(sum / f64::from(n)));
        GroupRow {
            group,
            registered: self.registered,
            attended: self.attended,
            completed: self.completed,
            pre_taken: self.pre_taken,
            post_taken: self.post_taken,
            paired: self.paired,
            pre_average: mean(self.pre_sum, self.pre_taken),
            post_average: mean(self.post_sum, self.post_taken),
            gain: mean(self.gain_sum, self.paired),
            improved: self.improved,
            suppressed: false,
        }
    }
}

/// Rounds to one decimal, halves away from zero. The sum of many floats
/// lands a hair off an exact half (12.25 as 12.2499999…), so the noise
/// below a billionth is dropped first; `+ 0.0` turns −0.0 into 0.0.
fn one_decimal(value: f64) -> f64 {
    let cleaned = (value * 1e9).round() / 1e9;
    (cleaned * 10.0).round() / 10.0 + 0.0
}

/// A figure as reports write it: one decimal with a dot.
fn decimal(value: f64) -> String {
    format!("{value:.1}")
}

/// Roughly how many "0"-widths `text` takes, for column widths and for
/// fitting chart labels: East Asian wide characters count two, Thai, Lao,
/// Burmese and Khmer letters a bit more than one, marks that stack less.
fn text_width(text: &str) -> f64 {
    text.chars()
        .map(|c| match u32::from(c) {
            0x0300..=0x036F
            | 0x0E31
            | 0x0E34..=0x0E3A
            | 0x0E47..=0x0E4E
            | 0x0EB1
            | 0x0EB4..=0x0EBC
            | 0x0EC8..=0x0ECD
            | 0x200B..=0x200D => 0.0,
            // Burmese and Khmer vowel signs: some stack, some take room.
            0x102B..=0x103E | 0x17B4..=0x17D3 => 0.5,
            0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFF00..=0xFF60 => 2.0,
            // Thai, Lao, Burmese and Khmer letters are wider than Latin ones.
            0x0E00..=0x0EFF | 0x1000..=0x109F | 0x1780..=0x17FF => 1.3,
            _ => 1.0,
        })
        .sum()
}
