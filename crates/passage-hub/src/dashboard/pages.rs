//! The dashboard's pages as HTML (maud escapes every value). No scripts:
//! navigation is links, sign-out a form. Tables have captions and header
//! cells with scope, charts are inline SVG with a title and a table beside
//! them holding the same figures.

use std::collections::HashMap;

use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use maud::{DOCTYPE, Markup, PreEscaped, html};
use passage_l10n::{Locale, Messages, Msg, msg};
use passage_report::{Breakdown, GroupRow, ReportWords, WorkshopReport};

use super::figures::{Figures, Person, QuestionLine, WorkshopLine};
use super::{Content, MIN_GROUP, Reader};
use crate::storage::{AuditEntry, Device, Role, Waiting};

/// The page's stylesheet (same origin, so the CSP allows it).
pub(super) async fn stylesheet() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        include_str!("style.css"),
    )
}

/// The fonts the pages use (the same Noto files the printed PDFs embed), so
/// Thai, Lao, Khmer and Burmese read on a browser with no such font.
const FONTS: [(&str, &[u8]); 10] = [
    (
        "NotoSans-Regular.ttf",
        include_bytes!("../../../passage-print/fonts/NotoSans-Regular.ttf"),
    ),
    (
        "NotoSans-Bold.ttf",
        include_bytes!("../../../passage-print/fonts/NotoSans-Bold.ttf"),
    ),
    (
        "NotoSansThai-Regular.ttf",
        include_bytes!("../../../passage-print/fonts/NotoSansThai-Regular.ttf"),
    ),
    (
        "NotoSansThai-Bold.ttf",
        include_bytes!("../../../passage-print/fonts/NotoSansThai-Bold.ttf"),
    ),
    (
        "NotoSansLao-Regular.ttf",
        include_bytes!("../../../passage-print/fonts/NotoSansLao-Regular.ttf"),
    ),
    (
        "NotoSansLao-Bold.ttf",
        include_bytes!("../../../passage-print/fonts/NotoSansLao-Bold.ttf"),
    ),
    (
        "NotoSansKhmer-Regular.ttf",
        include_bytes!("../../../passage-print/fonts/NotoSansKhmer-Regular.ttf"),
    ),
    (
        "NotoSansKhmer-Bold.ttf",
        include_bytes!("../../../passage-print/fonts/NotoSansKhmer-Bold.ttf"),
    ),
    (
        "NotoSansMyanmar-Regular.ttf",
        include_bytes!("../../../passage-print/fonts/NotoSansMyanmar-Regular.ttf"),
    ),
    (
        "NotoSansMyanmar-Bold.ttf",
        include_bytes!("../../../passage-print/fonts/NotoSansMyanmar-Bold.ttf"),
    ),
];

/// One of [`FONTS`], cached by the browser for a year (they never change
/// under the same name).
pub(super) async fn font(
    axum::extract::Path(name): axum::extract::Path<String>,
) -> axum::response::Response {
    match FONTS.iter().find(|(n, _)| *n == name) {
        Some((_, data)) => (
            [
                (header::CONTENT_TYPE, "font/ttf"),
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
            ],
            *data,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// Messages in the reader's language.
pub(super) struct Words<'a> {
    messages: &'a Messages,
    pub(super) locale: &'a Locale,
}

impl<'a> Words<'a> {
    pub(super) fn new(messages: &'a Messages, locale: &'a Locale) -> Self {
        Self { messages, locale }
    }

    fn t(&self, m: &Msg) -> String {
        self.messages.tr(self.locale, m)
    }

    fn id(&self, id: &str) -> String {
        self.messages.format(self.locale, id, &[])
    }

    /// The words of report tables and exports.
    pub(super) fn report_words(&self, title: &str) -> ReportWords {
        ReportWords::from_messages(title, String::new(), |id| self.id(id))
    }
}

fn one_decimal(v: f64) -> String {
    format!("{v:.1}")
}

fn percent(w: &Words<'_>, v: Option<f64>) -> String {
    v.map_or_else(
        || "–".to_owned(),
        |v| w.t(&msg::hub_percent(one_decimal(v))),
    )
}

fn points(w: &Words<'_>, v: Option<f64>) -> String {
    v.map_or_else(
        || "–".to_owned(),
        |v| {
            let sign = if v > 0.0 { "+" } else { "" };
            w.t(&msg::hub_points(format!("{sign}{}", one_decimal(v))))
        },
    )
}

fn share_of(part: u32, whole: u32) -> Option<f64> {
    (whole > 0).then(|| f64::from(part) * 100.0 / f64::from(whole))
}

/// `YYYY-MM-DD HH:MM` (UTC) of a time in ms.
fn when(millis: u64) -> String {
    let minutes = (millis / 60_000) % (24 * 60);
    format!(
        "{} {:02}:{:02}",
        passage_store::civil_date(millis),
        minutes / 60,
        minutes % 60
    )
}

/// Where a page sits in the navigation.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Nav {
    Overview,
    Groups,
    Workshops,
    Trainers,
    Questions,
    Devices,
    Export,
    Audit,
}

fn layout(
    w: &Words<'_>,
    reader: Option<&Reader>,
    at: Option<Nav>,
    title: &str,
    body: Markup,
) -> Markup {
    let links: [(Nav, &str, Msg); 8] = [
        (Nav::Overview, "/dashboard", msg::hub_nav_overview()),
        (Nav::Groups, "/dashboard/groups", msg::hub_nav_groups()),
        (
            Nav::Workshops,
            "/dashboard/workshops",
            msg::hub_nav_workshops(),
        ),
        (
            Nav::Trainers,
            "/dashboard/trainers",
            msg::hub_nav_trainers(),
        ),
        (
            Nav::Questions,
            "/dashboard/questions",
            msg::hub_nav_questions(),
        ),
        (Nav::Devices, "/dashboard/devices", msg::hub_nav_devices()),
        (Nav::Export, "/dashboard/export", msg::hub_nav_export()),
        (Nav::Audit, "/dashboard/audit", msg::hub_nav_audit()),
    ];
    html! {
        (DOCTYPE)
        html lang=(w.locale.as_str()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · " (w.t(&msg::hub_title())) }
                link rel="stylesheet" href="/dashboard/style.css";
            }
            body {
                a.skip href="#main" { (w.t(&msg::hub_skip())) }
                header.top {
                    p.brand { (w.t(&msg::hub_title())) }
                    @if let Some(reader) = reader {
                        div.account {
                            span { (w.t(&msg::hub_signed_in_as(
                                reader.user.email.as_str(),
                                w.t(&match reader.user.role {
                                    Role::Viewer => msg::hub_role_viewer(),
                                    Role::Manager => msg::hub_role_manager(),
                                }),
                            ))) }
                            form method="post" action="/dashboard/logout" {
                                input type="hidden" name="csrf" value=(reader.session.csrf);
                                button type="submit" { (w.t(&msg::hub_sign_out())) }
                            }
                        }
                    }
                    nav.languages aria-label=(w.id("language-label")) {
                        ul {
                            @for l in w.messages.locales() {
                                li {
                                    a href={ "?lang=" (l.as_str()) } lang=(l.as_str())
                                        aria-current=[(l == *w.locale).then_some("true")] {
                                        (passage_l10n::language_name(&l))
                                    }
                                }
                            }
                        }
                    }
                }
                @if let Some(reader) = reader {
                    nav.main aria-label=(w.t(&msg::hub_title())) {
                        ul {
                            @for (nav, href, label) in &links {
                                @if *nav != Nav::Audit || reader.user.role == Role::Manager {
                                    li {
                                        a href=(href) aria-current=[(Some(*nav) == at).then_some("page")] {
                                            (w.t(label))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                main #main {
                    h1 { (title) }
                    (body)
                }
            }
        }
    }
}

/// The sign-in page.
pub(super) fn login(w: &Words<'_>, csrf: &str, problem: Option<&str>) -> Markup {
    let title = w.t(&msg::hub_login_title());
    layout(
        w,
        None,
        None,
        &title,
        html! {
            @if let Some(problem) = problem {
                p.problem role="alert" { (problem) }
            }
            form.login method="post" action="/dashboard/login" {
                input type="hidden" name="csrf" value=(csrf);
                label for="email" { (w.t(&msg::hub_login_email())) }
                input #email type="email" name="email" autocomplete="username" required;
                label for="password" { (w.t(&msg::hub_login_password())) }
                input #password type="password" name="password" autocomplete="current-password" required;
                button type="submit" { (w.t(&msg::hub_login_submit())) }
            }
        },
    )
}

/// An error page.
pub(super) fn error_page(w: &Words<'_>, status: StatusCode) -> Markup {
    let (title, body) = match status {
        StatusCode::NOT_FOUND => (w.t(&msg::hub_not_found()), String::new()),
        StatusCode::FORBIDDEN => (w.t(&msg::hub_forbidden()), String::new()),
        _ => (w.t(&msg::hub_error_title()), w.t(&msg::hub_error_body())),
    };
    layout(
        w,
        None,
        None,
        &title,
        html! { p { (body) } a href="/dashboard" { (w.t(&msg::hub_nav_overview())) } },
    )
}

fn as_of(w: &Words<'_>, at: u64) -> Markup {
    html! { p.note { (w.t(&msg::hub_as_of(when(at)))) } }
}

fn suppressed_note(w: &Words<'_>) -> Markup {
    html! { p.note { (w.t(&msg::hub_suppressed_note())) } }
}

/// A report's total with small groups withheld (a copy).
fn withheld(report: &WorkshopReport) -> WorkshopReport {
    let mut report = report.clone();
    passage_report::suppress_small(&mut report, MIN_GROUP);
    report
}

fn card(label: &str, value: &str, detail: Option<String>) -> Markup {
    html! {
        div.card {
            p.label { (label) }
            p.value { (value) }
            @if let Some(detail) = detail { p.detail { (detail) } }
        }
    }
}

/// The overview: headline figures and results over time.
pub(super) fn overview(w: &Words<'_>, reader: &Reader, f: &Figures, at: u64) -> Markup {
    let title = w.t(&msg::hub_overview_title());
    let report = withheld(&f.report);
    let t = &report.total;
    let learners = if f.learners > 0 && f.learners < MIN_GROUP {
        w.id("report-suppressed")
    } else {
        f.learners.to_string()
    };
    // Months add up to the total on the cards: a lone small month would
    // show by subtraction, so it takes another with it.
    let mut months: Vec<GroupRow> = f.months.clone();
    passage_report::suppress_rows(&mut months, MIN_GROUP);
    let shown_months: Vec<GroupRow> = months.iter().filter(|m| !m.suppressed).cloned().collect();
    let words = w.report_words(&title);
    let chart_title = w.t(&msg::hub_overview_over_time());
    let body = html! {
        @if f.workshops.is_empty() {
            p.empty { (w.t(&msg::hub_overview_empty())) }
        } @else {
            section.cards aria-label=(title) {
                (card(&w.t(&msg::hub_overview_learners()), &learners, None))
                (card(&w.t(&msg::hub_overview_workshops()), &f.workshops.len().to_string(), None))
                (card(&w.t(&msg::hub_overview_completed()),
                    &percent(w, if t.suppressed { None } else { share_of(t.completed, t.registered) }),
                    (!t.suppressed).then(|| w.t(&msg::hub_share(t.completed, t.registered)))))
                (card(&w.t(&msg::hub_overview_pre()), &percent(w, t.pre_average), None))
                (card(&w.t(&msg::hub_overview_post()), &percent(w, t.post_average), None))
                (card(&w.t(&msg::hub_overview_gain()), &points(w, t.gain), None))
            }
            section {
                h2 { (chart_title) }
                figure.chart {
                    // Withheld months are left out of the picture (the
                    // table below says they are withheld).
                    (PreEscaped(passage_report::scores_svg(&chart_title, &shown_months, &words)))
                }
                (rows_table(w, &words, &chart_title, &months, &w.t(&msg::hub_col_dates())))
            }
            (as_of(w, at))
            (suppressed_note(w))
        }
    };
    layout(w, Some(reader), Some(Nav::Overview), &title, body)
}

/// A table of group rows (a breakdown, months, trainers' totals).
fn rows_table(
    w: &Words<'_>,
    words: &ReportWords,
    caption: &str,
    rows: &[GroupRow],
    first: &str,
) -> Markup {
    let suppressed = w.id("report-suppressed");
    html! {
        table {
            caption { (caption) }
            thead { tr {
                th scope="col" { (first) }
                th scope="col" { (w.id("report-col-registered")) }
                th scope="col" { (w.id("report-col-attended")) }
                th scope="col" { (w.id("report-col-completed")) }
                th scope="col" { (w.id("report-col-pre-average")) }
                th scope="col" { (w.id("report-col-post-average")) }
                th scope="col" { (w.id("report-col-gain")) }
            } }
            tbody {
                @for row in rows {
                    tr {
                        th scope="row" { (words.groups.get(&row.group).map_or(row.group.as_str(), String::as_str)) }
                        @if row.suppressed {
                            td.num colspan="6" { (suppressed) }
                        } @else {
                            td.num { (row.registered) }
                            td.num { (row.attended) }
                            td.num { (row.completed) }
                            td.num { (percent(w, row.pre_average)) }
                            td.num { (percent(w, row.post_average)) }
                            td.num { (points(w, row.gain)) }
                        }
                    }
                }
            }
        }
    }
}

fn breakdown_tables(w: &Words<'_>, words: &ReportWords, report: &WorkshopReport) -> Markup {
    html! {
        @for Breakdown { dimension, rows } in &report.breakdowns {
            @let name = words.dimensions.get(dimension.code()).cloned().unwrap_or_default();
            section {
                h2 { (name) }
                (rows_table(w, words, &name, rows, &w.id("report-col-group")))
            }
        }
    }
}

/// Results by sex, age band, origin, destination and sector, with charts.
pub(super) fn groups(w: &Words<'_>, reader: &Reader, f: &Figures, at: u64) -> Markup {
    let title = w.t(&msg::hub_groups_title());
    let report = withheld(&f.report);
    let words = w.report_words(&title);
    let charts = passage_report::charts_svg(&report, &words);
    let body = html! {
        section.charts {
            @for chart in &charts {
                figure.chart { (PreEscaped(&chart.svg)) }
            }
        }
        (breakdown_tables(w, &words, &report))
        (as_of(w, at))
        (suppressed_note(w))
    };
    layout(w, Some(reader), Some(Nav::Groups), &title, body)
}

fn dates(w: &Words<'_>, line: &WorkshopLine) -> String {
    match &line.dates {
        Some((a, b)) if a == b => a.clone(),
        Some((a, b)) => w.t(&msg::hub_dates_range(a.as_str(), b.as_str())),
        None => String::new(),
    }
}

fn or_no_name(w: &Words<'_>, name: &str) -> String {
    if name.trim().is_empty() {
        w.t(&msg::hub_no_name())
    } else {
        name.to_owned()
    }
}

fn courses(content: &Content, locale: &Locale, ids: &[String]) -> String {
    ids.iter()
        .map(|c| content.course_title(c, locale).unwrap_or_else(|| c.clone()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every workshop.
/// Rows on one page of a long list.
pub(super) const PER_PAGE: usize = 50;

/// One page of a long list: its rows, its number (from 1) and how many
/// pages there are. A page past the end shows the last one.
fn page_of<T>(all: &[T], page: Option<u32>) -> (&[T], u32, u32) {
    let pages = u32::try_from(all.len().div_ceil(PER_PAGE).max(1)).unwrap_or(u32::MAX);
    let page = page.unwrap_or(1).clamp(1, pages);
    let start = usize::try_from(page - 1).unwrap_or(0) * PER_PAGE;
    let end = (start + PER_PAGE).min(all.len());
    (all.get(start..end).unwrap_or_default(), page, pages)
}

/// Links to the pages before and after (nothing when there is one page).
fn pager(w: &Words<'_>, path: &str, page: u32, pages: u32) -> Markup {
    html! {
        @if pages > 1 {
            nav.pager aria-label=(w.t(&msg::hub_pages())) {
                @if page > 1 {
                    a rel="prev" href={ (path) "?page=" (page - 1) } { "← " (w.t(&msg::hub_page_previous())) }
                }
                span { (w.t(&msg::hub_page_of(page, pages))) }
                @if page < pages {
                    a rel="next" href={ (path) "?page=" (page + 1) } { (w.t(&msg::hub_page_next())) " →" }
                }
            }
        }
    }
}

pub(super) fn workshops(
    w: &Words<'_>,
    reader: &Reader,
    f: &Figures,
    content: &Content,
    page: Option<u32>,
) -> Markup {
    let title = w.t(&msg::hub_workshops_title());
    let suppressed = w.id("report-suppressed");
    let (rows, page, pages) = page_of(&f.workshops, page);
    let body = html! {
        (pager(w, "/dashboard/workshops", page, pages))
        table {
            caption { (title) }
            thead { tr {
                th scope="col" { (w.t(&msg::hub_col_workshop())) }
                th scope="col" { (w.t(&msg::hub_col_dates())) }
                th scope="col" { (w.t(&msg::hub_col_trainer())) }
                th scope="col" { (w.t(&msg::hub_col_venue())) }
                th scope="col" { (w.t(&msg::hub_col_courses())) }
                th scope="col" { (w.t(&msg::hub_col_people())) }
                th scope="col" { (w.id("report-col-completed")) }
                th scope="col" { (w.id("report-col-gain")) }
            } }
            tbody {
                @for line in rows {
                    @let t = withheld(&line.report).total;
                    tr {
                        th scope="row" { a href={ "/dashboard/workshops/" (line.id) } { (or_no_name(w, &line.title)) } }
                        td { (dates(w, line)) }
                        td { (or_no_name(w, &line.trainer)) }
                        td { (line.venue) }
                        td { (courses(content, w.locale, &line.courses)) }
                        @if t.suppressed {
                            td.num colspan="3" { (suppressed) }
                        } @else {
                            td.num { (t.registered) }
                            td.num { (percent(w, share_of(t.completed, t.registered))) }
                            td.num { (points(w, t.gain)) }
                        }
                    }
                }
            }
        }
        (pager(w, "/dashboard/workshops", page, pages))
        (suppressed_note(w))
    };
    layout(w, Some(reader), Some(Nav::Workshops), &title, body)
}

fn score(w: &Words<'_>, s: Option<(u32, u32)>) -> String {
    s.map_or_else(
        || w.t(&msg::hub_not_taken()),
        |(score, total)| w.t(&msg::hub_score(score, total)),
    )
}

/// One workshop: its breakdowns, and for managers who took part.
pub(super) fn workshop(
    w: &Words<'_>,
    reader: &Reader,
    line: &WorkshopLine,
    people: Option<&[Person]>,
    content: &Content,
) -> Markup {
    let title = or_no_name(w, &line.title);
    let report = withheld(&line.report);
    let words = w.report_words(&title);
    let body = html! {
        dl.facts {
            dt { (w.t(&msg::hub_col_dates())) } dd { (dates(w, line)) }
            dt { (w.t(&msg::hub_col_trainer())) } dd { (or_no_name(w, &line.trainer)) }
            dt { (w.t(&msg::hub_col_venue())) } dd { (line.venue) }
            dt { (w.t(&msg::hub_col_courses())) } dd { (courses(content, w.locale, &line.courses)) }
        }
        (rows_table(w, &words, &w.id("report-dim-all"), std::slice::from_ref(&report.total), &w.id("report-col-group")))
        (breakdown_tables(w, &words, &report))
        (suppressed_note(w))
        @if let Some(people) = people {
            section {
                h2 { (w.t(&msg::hub_workshop_people())) }
                p.note { (w.t(&msg::hub_workshop_people_note())) }
                table {
                    caption { (w.t(&msg::hub_workshop_people())) }
                    thead { tr {
                        th scope="col" { (w.t(&msg::hub_col_name())) }
                        th scope="col" { (w.t(&msg::hub_col_sex())) }
                        th scope="col" { (w.t(&msg::hub_col_age())) }
                        th scope="col" { (w.t(&msg::hub_col_sessions())) }
                        th scope="col" { (w.t(&msg::hub_col_pre())) }
                        th scope="col" { (w.t(&msg::hub_col_post())) }
                    } }
                    tbody {
                        @for p in people {
                            tr {
                                th scope="row" { (p.name) }
                                td { (p.sex.as_ref().and_then(|s| words.groups.get(s)).map_or("", String::as_str)) }
                                td { (p.age_band.as_ref().and_then(|s| words.groups.get(s)).map_or("", String::as_str)) }
                                td.num { (p.attended) }
                                td.num { (score(w, p.pre)) }
                                td.num { (score(w, p.post)) }
                            }
                        }
                    }
                }
            }
        }
    };
    layout(w, Some(reader), Some(Nav::Workshops), &title, body)
}

/// Every trainer.
pub(super) fn trainers(w: &Words<'_>, reader: &Reader, f: &Figures, page: Option<u32>) -> Markup {
    let title = w.t(&msg::hub_trainers_title());
    let suppressed = w.id("report-suppressed");
    let (rows, page, pages) = page_of(&f.trainers, page);
    let body = html! {
        (pager(w, "/dashboard/trainers", page, pages))
        table {
            caption { (title) }
            thead { tr {
                th scope="col" { (w.t(&msg::hub_col_trainer())) }
                th scope="col" { (w.t(&msg::hub_col_workshops())) }
                th scope="col" { (w.t(&msg::hub_col_people())) }
                th scope="col" { (w.id("report-col-completed")) }
                th scope="col" { (w.id("report-col-pre-average")) }
                th scope="col" { (w.id("report-col-post-average")) }
                th scope="col" { (w.id("report-col-gain")) }
            } }
            tbody {
                @for line in rows {
                    @let t = withheld(&line.report).total;
                    tr {
                        th scope="row" { (or_no_name(w, &line.name)) }
                        td.num { (line.workshops) }
                        @if t.suppressed {
                            td.num colspan="5" { (suppressed) }
                        } @else {
                            td.num { (t.registered) }
                            td.num { (percent(w, share_of(t.completed, t.registered))) }
                            td.num { (percent(w, t.pre_average)) }
                            td.num { (percent(w, t.post_average)) }
                            td.num { (points(w, t.gain)) }
                        }
                    }
                }
            }
        }
        (pager(w, "/dashboard/trainers", page, pages))
        (suppressed_note(w))
    };
    layout(w, Some(reader), Some(Nav::Trainers), &title, body)
}

fn right_share(w: &Words<'_>, right: u32, answered: u32, known: bool) -> String {
    if answered == 0 {
        "–".to_owned()
    } else if answered < MIN_GROUP {
        w.id("report-suppressed")
    } else if known {
        percent(w, share_of(right, answered))
    } else {
        "?".to_owned()
    }
}

/// Test questions, the most often wrong first.
pub(super) fn questions(w: &Words<'_>, reader: &Reader, f: &Figures, content: &Content) -> Markup {
    let title = w.t(&msg::hub_questions_title());
    let prompt = |q: &QuestionLine| {
        content
            .prompt(&q.course, &q.question, w.locale)
            .unwrap_or_else(|| w.t(&msg::hub_question_unknown()))
    };
    let body = html! {
        p { (w.t(&msg::hub_questions_intro())) }
        @if f.questions.is_empty() {
            p.empty { (w.t(&msg::hub_questions_empty())) }
        } @else {
            @if f.questions.iter().any(|q| !q.known && q.pre_answered + q.post_answered > 0) {
                p.note { (w.t(&msg::hub_questions_no_key())) }
            }
            table {
                caption { (title) }
                thead { tr {
                    th scope="col" { (w.t(&msg::hub_col_question())) }
                    th scope="col" { (w.t(&msg::hub_col_course())) }
                    th scope="col" { (w.t(&msg::hub_col_pre_right())) }
                    th scope="col" { (w.t(&msg::hub_col_post_right())) }
                    th scope="col" { (w.t(&msg::hub_col_answers())) }
                } }
                tbody {
                    @for q in &f.questions {
                        tr {
                            th scope="row" { (prompt(q)) br; small.code { (q.question) } }
                            td { (content.course_title(&q.course, w.locale).unwrap_or_else(|| q.course.clone())) }
                            td.num { (right_share(w, q.pre_right, q.pre_answered, q.known)) }
                            td.num { (right_share(w, q.post_right, q.post_answered, q.known)) }
                            td.num { (q.pre_answered + q.post_answered) }
                        }
                    }
                }
            }
            (suppressed_note(w))
        }
    };
    layout(w, Some(reader), Some(Nav::Questions), &title, body)
}

/// The organisation's laptops.
pub(super) fn devices(
    w: &Words<'_>,
    reader: &Reader,
    devices: &[Device],
    held: &HashMap<String, u64>,
    waiting: &HashMap<String, Waiting>,
) -> Markup {
    let title = w.t(&msg::hub_devices_title());
    let body = html! {
        @if devices.is_empty() {
            p.empty { (w.t(&msg::hub_devices_empty())) }
        } @else {
            table {
                caption { (title) }
                thead { tr {
                    th scope="col" { (w.t(&msg::hub_col_laptop())) }
                    th scope="col" { (w.t(&msg::hub_col_enrolled())) }
                    th scope="col" { (w.t(&msg::hub_col_last_sync())) }
                    th scope="col" { (w.t(&msg::hub_col_records())) }
                    th scope="col" { (w.t(&msg::hub_col_waiting())) }
                    th scope="col" { (w.t(&msg::hub_col_state())) }
                } }
                tbody {
                    @for d in devices {
                        tr {
                            th scope="row" { (d.name) }
                            td { (when(d.enrolled_millis)) }
                            td { (d.last_seen_millis.map_or_else(|| w.t(&msg::hub_never()), when)) }
                            td.num { (held.get(&d.id).copied().unwrap_or(0)) }
                            @match waiting.get(&d.id) {
                                None => td { (w.t(&msg::hub_waiting_unknown())) },
                                Some(left) if left.records > 0 => td.num.problem { (left.records) },
                                Some(left) => td.num { (left.records) },
                            }
                            td { (w.t(&if d.revoked_millis.is_some() { msg::hub_device_revoked() } else { msg::hub_device_active() })) }
                        }
                    }
                }
            }
            p.note { (w.t(&msg::hub_waiting_note())) }
        }
    };
    layout(w, Some(reader), Some(Nav::Devices), &title, body)
}

/// Where exports are downloaded.
pub(super) fn export(w: &Words<'_>, reader: &Reader) -> Markup {
    let title = w.t(&msg::hub_export_title());
    let body = html! {
        p { (w.t(&msg::hub_export_intro())) }
        ul.downloads {
            li { a href="/dashboard/export.csv" download { (w.t(&msg::hub_export_csv())) } }
            li { a href="/dashboard/export.xlsx" download { (w.t(&msg::hub_export_xlsx())) } }
        }
    };
    layout(w, Some(reader), Some(Nav::Export), &title, body)
}

/// The audit log (managers).
pub(super) fn audit(w: &Words<'_>, reader: &Reader, log: &[AuditEntry]) -> Markup {
    let title = w.t(&msg::hub_audit_title());
    let body = html! {
        @if log.is_empty() {
            p.empty { (w.t(&msg::hub_audit_empty())) }
        } @else {
            table {
                caption { (title) }
                thead { tr {
                    th scope="col" { (w.t(&msg::hub_col_when())) }
                    th scope="col" { (w.t(&msg::hub_col_who())) }
                    th scope="col" { (w.t(&msg::hub_col_what())) }
                } }
                tbody {
                    @for e in log {
                        tr {
                            td { (when(e.at_millis)) }
                            td { (e.email) }
                            td { code { (e.action) } " " (e.detail) }
                        }
                    }
                }
            }
        }
    };
    layout(w, Some(reader), Some(Nav::Audit), &title, body)
}
