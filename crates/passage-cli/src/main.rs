//! `passage`: the command for course authors, translators and CI.
//!
//! `passage content check [DIR]` reports every problem in the course packs
//! under DIR with its file and line, and exits non-zero when there are errors.

// A command-line tool: printing is its job.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use passage_content::{Diagnostic, Severity, check_dir};

#[derive(Debug, Parser)]
#[command(
    name = "passage",
    version,
    about = "Passage tools for course authors, translators and CI"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Course content.
    #[command(subcommand)]
    Content(ContentCommand),
    /// UI translations.
    #[command(subcommand)]
    L10n(L10nCommand),
}

#[derive(Debug, Subcommand)]
enum L10nCommand {
    /// How far each language is translated: the UI messages, then each
    /// course pack's lessons, quizzes, test questions, glossary and agenda.
    Status {
        /// The folder of languages.
        #[arg(long, default_value = "locales")]
        dir: PathBuf,
        /// The folder of course packs.
        #[arg(long, default_value = "content")]
        content: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Writes one language's UI messages for a CAT tool: a gettext PO file,
    /// or XLIFF 2.0 (`--format xliff`, or an `--out` ending in `.xlf`/`.xliff`).
    Export {
        /// The language (`km`, `fil`, …).
        #[arg(long)]
        lang: String,
        /// `po` or `xliff` (default: from `--out`'s extension, else `po`).
        #[arg(long, value_enum)]
        format: Option<Exchange>,
        /// The folder of languages.
        #[arg(long, default_value = "locales")]
        dir: PathBuf,
        /// The file to write (default: standard output).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Reads a translated PO or XLIFF 2.0 file back into the language's
    /// `.ftl` files. Nothing is written unless every unit is sound.
    Import {
        /// The PO or XLIFF file.
        file: PathBuf,
        /// The language.
        #[arg(long)]
        lang: String,
        /// The folder of languages.
        #[arg(long, default_value = "locales")]
        dir: PathBuf,
        /// Write the sound units and report the others.
        #[arg(long)]
        partial: bool,
    },
    /// Writes one language's lessons, quizzes and test questions for a CAT
    /// tool, PO or XLIFF 2.0, with the translations there are now. Markdown
    /// marks travel as protected codes.
    ExportContent {
        /// The language (`km`, `fil`, …).
        #[arg(long)]
        lang: String,
        /// `po` or `xliff` (default: from `--out`'s extension, else `po`).
        #[arg(long, value_enum)]
        format: Option<Exchange>,
        /// A pack folder, or a folder of packs.
        #[arg(long, default_value = "content")]
        content: PathBuf,
        /// Only this pack (by id; repeat for more).
        #[arg(long)]
        pack: Vec<String>,
        /// Only this lesson and its quiz (by id; repeat for more).
        #[arg(long)]
        lesson: Vec<String>,
        /// The file to write (default: standard output).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Reads a translated content file (from `export-content`) back into the
    /// packs. Each lesson, quiz or set of test questions is rebuilt from the
    /// English and checked; nothing is written unless every unit is sound.
    ImportContent {
        /// The PO or XLIFF file.
        file: PathBuf,
        /// The language.
        #[arg(long)]
        lang: String,
        /// A pack folder, or a folder of packs.
        #[arg(long, default_value = "content")]
        content: PathBuf,
        /// Write the files whose units are all sound and report the others.
        #[arg(long)]
        partial: bool,
    },
    /// Apply a reviewer's marks file (saved on the app's Translation
    /// screen) to the files: each lesson, quiz, test questions, glossary
    /// or agenda reviewed says `status = "reviewed"`, each message is
    /// recorded in `<lang>/sources.toml`. A mark whose English or
    /// translation changed since is not applied, and named.
    ApplyReviews {
        /// The marks file (`review-marks-<lang>-<date>.json`).
        file: PathBuf,
        /// The folder of languages (`<dir>/<lang>/*.ftl`).
        #[arg(long, default_value = "locales")]
        dir: PathBuf,
        /// A pack folder, or a folder of packs.
        #[arg(long, default_value = "content")]
        content: PathBuf,
    },
    /// Check every language's `.ftl` files against English: syntax,
    /// duplicate ids, ids missing or unknown, variables English does not
    /// have, plural variants a language never chooses.
    Check {
        /// The folder of languages (`<dir>/<lang>/*.ftl`).
        #[arg(default_value = "locales")]
        dir: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

#[derive(Debug, Subcommand)]
enum ContentCommand {
    /// Check course packs: manifests, lessons, quizzes, media, translations.
    Check {
        /// A pack folder, or a folder of packs.
        #[arg(default_value = "content")]
        dir: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Format {
    /// One line per problem, `file:line: level[code]: message`.
    Text,
    /// One JSON document, for editors and CI.
    Json,
}

#[derive(Debug, serde::Serialize)]
struct Report<'a> {
    packs: Vec<&'a str>,
    errors: usize,
    warnings: usize,
    diagnostics: Vec<&'a Diagnostic>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Content(ContentCommand::Check { dir, format }) => check(&dir, format),
        Command::L10n(L10nCommand::Check { dir, format }) => l10n_check(&dir, format),
        Command::L10n(L10nCommand::Status {
            dir,
            content,
            format,
        }) => l10n_status(&dir, &content, format),
        Command::L10n(L10nCommand::Export {
            lang,
            format,
            dir,
            out,
        }) => {
            let format = format.unwrap_or_else(|| Exchange::of(out.as_deref()));
            l10n_export(&dir, &lang, format, out.as_deref())
        }
        Command::L10n(L10nCommand::Import {
            file,
            lang,
            dir,
            partial,
        }) => l10n_import(&dir, &lang, &file, partial),
        Command::L10n(L10nCommand::ExportContent {
            lang,
            format,
            content,
            pack,
            lesson,
            out,
        }) => {
            let format = format.unwrap_or_else(|| Exchange::of(out.as_deref()));
            let selection = passage_content::exchange::Selection {
                lang,
                packs: pack,
                lessons: lesson,
            };
            content_export(&content, &selection, format, out.as_deref())
        }
        Command::L10n(L10nCommand::ApplyReviews { file, dir, content }) => {
            apply_reviews(&file, &dir, &content)
        }
        Command::L10n(L10nCommand::ImportContent {
            file,
            lang,
            content,
            partial,
        }) => match std::fs::read(&file) {
            Ok(bytes) => report_import(
                &file,
                passage_content::exchange::import(&content, &lang, &bytes, partial),
                "unit(s)",
            ),
            Err(err) => {
                eprintln!("error: {}: {err}", file.display());
                ExitCode::from(2)
            }
        },
    }
}

/// Writes `text` to `path` through a temporary file and a rename.
fn write_atomically(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    let tmp = path.with_extension("part");
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, path)
}

fn apply_reviews(
    file: &std::path::Path,
    locales: &std::path::Path,
    content: &std::path::Path,
) -> ExitCode {
    use passage_content::review::{NotApplied, ReviewMarks, mark_reviewed, plan};
    use passage_content::source_hash;
    let marks = match std::fs::read_to_string(file)
        .map_err(|e| e.to_string())
        .and_then(|text| ReviewMarks::parse(&text))
    {
        Ok(marks) => marks,
        Err(err) => {
            eprintln!("error: {}: {err}", file.display());
            return ExitCode::from(2);
        }
    };
    let lang = marks.lang.as_str();
    let units = passage_l10n::exchange::units(locales, lang);
    let mut messages = Vec::new();
    let mut refused = Vec::new();
    for mark in &marks.marks {
        let Some(id) = mark.item.strip_prefix("ui:") else {
            continue;
        };
        let unit = units.iter().find(|u| u.id == id);
        let why = match unit.map(|u| (u, u.target.as_deref())) {
            None | Some((_, None)) => Some(NotApplied::Unknown),
            Some((u, _)) if source_hash(&u.source) != mark.source_hash => {
                Some(NotApplied::SourceChanged)
            }
            Some((_, Some(t))) if source_hash(t) != mark.target_hash => {
                Some(NotApplied::TargetChanged)
            }
            _ => None,
        };
        match why {
            Some(why) => refused.push((mark.item.clone(), why)),
            None => messages.push(id.to_owned()),
        }
    }
    let (writes, content_refused) = plan(content, &marks);
    refused.extend(content_refused);
    for (path, text) in &writes {
        if let Err(err) = write_atomically(path, text) {
            eprintln!("error: {}: {err}", path.display());
            return ExitCode::from(2);
        }
    }
    if let Err(err) = passage_l10n::exchange::record_reviews(locales, lang, &messages) {
        eprintln!("error: {err}");
        return ExitCode::from(2);
    }
    // Every message translated and reviewed: the language is no longer a draft.
    let units = passage_l10n::exchange::units(locales, lang);
    let meta = locales.join(lang).join("meta.toml");
    let whole = !units.is_empty() && units.iter().all(passage_l10n::exchange::Unit::reviewed);
    if whole && let Ok(text) = std::fs::read_to_string(&meta) {
        let reviewed = mark_reviewed(&text);
        if reviewed != text
            && let Err(err) = write_atomically(&meta, &reviewed)
        {
            eprintln!("error: {}: {err}", meta.display());
            return ExitCode::from(2);
        }
        println!(
            "{}: every message reviewed: the language is no longer a draft",
            meta.display()
        );
    }
    for (item, why) in &refused {
        println!("{}: {item}: not applied: {why}", file.display());
    }
    println!(
        "{} mark(s) applied ({} file(s), {} message(s)) from {}'s review of {lang}, {} not applied",
        writes.len() + messages.len(),
        writes.len(),
        messages.len(),
        marks.reviewer,
        refused.len()
    );
    ExitCode::SUCCESS
}

fn content_export(
    content: &std::path::Path,
    selection: &passage_content::exchange::Selection,
    format: Exchange,
    out: Option<&std::path::Path>,
) -> ExitCode {
    let format = match format {
        Exchange::Po => passage_content::exchange::Format::Po,
        Exchange::Xliff => passage_content::exchange::Format::Xliff,
    };
    let text = match passage_content::exchange::export(content, selection, format) {
        Ok(t) => t,
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::from(2);
        }
    };
    match out {
        Some(path) => {
            if let Err(err) = std::fs::write(path, &text) {
                eprintln!("error: {}: {err}", path.display());
                return ExitCode::from(2);
            }
            println!("written to {}", path.display());
        }
        None => print!("{text}"),
    }
    ExitCode::SUCCESS
}

fn l10n_check(dir: &std::path::Path, format: Format) -> ExitCode {
    if !dir.join("en").is_dir() {
        eprintln!(
            "error: no English source ({}/en) to check against",
            dir.display()
        );
        return ExitCode::from(2);
    }
    let mut problems = passage_l10n::check_locales(dir);
    problems.extend(
        passage_l10n::installed_locales(dir)
            .iter()
            .filter_map(|l| passage_l10n::sources::problem(dir, l.as_str())),
    );
    match format {
        Format::Text => {
            for p in &problems {
                println!("{p}");
            }
            println!("{} problem(s) in {}", problems.len(), dir.display());
        }
        Format::Json => match serde_json::to_string_pretty(&problems) {
            Ok(json) => println!("{json}"),
            Err(err) => {
                eprintln!("error: {err}");
                return ExitCode::from(2);
            }
        },
    }
    if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn check(dir: &std::path::Path, format: Format) -> ExitCode {
    let checked = match check_dir(dir) {
        Ok(c) => c,
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::from(2);
        }
    };
    let diagnostics: Vec<&Diagnostic> = checked.iter().flat_map(|c| &c.diagnostics).collect();
    let count = |s: Severity| diagnostics.iter().filter(|d| d.severity == s).count();
    let report = Report {
        packs: checked
            .iter()
            .filter_map(|c| c.pack.as_ref())
            .map(|p| p.manifest.id.as_str())
            .collect(),
        errors: count(Severity::Error),
        warnings: count(Severity::Warning),
        diagnostics,
    };
    match format {
        Format::Text => {
            for d in &report.diagnostics {
                println!("{d}");
            }
            let lessons: usize = checked
                .iter()
                .filter_map(|c| c.pack.as_ref())
                .map(|p| p.lessons.len())
                .sum();
            println!(
                "{} error(s), {} warning(s) in {} pack(s), {lessons} lesson(s) under {}",
                report.errors,
                report.warnings,
                checked.len(),
                dir.display()
            );
        }
        Format::Json => match serde_json::to_string_pretty(&report) {
            Ok(json) => println!("{json}"),
            Err(err) => {
                eprintln!("error: {err}");
                return ExitCode::from(2);
            }
        },
    }
    if checked.is_empty() {
        eprintln!(
            "error: no course pack (a folder with pack.toml) under {}",
            dir.display()
        );
        return ExitCode::from(2);
    }
    if report.errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

#[derive(Debug, serde::Serialize)]
struct Coverage {
    lang: String,
    name: &'static str,
    status: &'static str,
    messages: usize,
    translated: usize,
    missing: usize,
    /// Translated, but the English changed since (by `sources.toml`).
    outdated: usize,
    /// Signed off by a reviewer (the whole language in `meta.toml`, or the
    /// message in `sources.toml`), and not outdated since.
    reviewed: usize,
}

/// One row of the content coverage table.
#[derive(Debug, serde::Serialize)]
struct ContentCoverage<'a> {
    pack: &'a str,
    lang: &'a str,
    #[serde(flatten)]
    coverage: &'a passage_content::Coverage,
    complete: bool,
}

fn l10n_status(dir: &std::path::Path, content: &std::path::Path, format: Format) -> ExitCode {
    let checked = if content.is_dir() {
        match check_dir(content) {
            Ok(c) => c,
            Err(err) => {
                eprintln!("error: {err}");
                return ExitCode::from(2);
            }
        }
    } else {
        Vec::new()
    };
    let packs: Vec<&passage_content::Pack> =
        checked.iter().filter_map(|c| c.pack.as_ref()).collect();
    let content_rows: Vec<ContentCoverage<'_>> = packs
        .iter()
        .flat_map(|p| {
            p.coverage.iter().map(|(locale, coverage)| ContentCoverage {
                pack: p.manifest.id.as_str(),
                lang: locale.as_str(),
                coverage,
                complete: coverage.complete(),
            })
        })
        .collect();
    let mut rows = Vec::new();
    for locale in passage_l10n::installed_locales(dir) {
        let lang = locale.as_str().to_owned();
        let units = passage_l10n::exchange::units(dir, &lang);
        let translated = units.iter().filter(|u| u.target.is_some()).count();
        let whole = passage_l10n::ui_translation_status(dir, &locale)
            == passage_l10n::TranslationStatus::Reviewed;
        rows.push(Coverage {
            name: passage_l10n::language_name(&locale),
            status: if whole { "reviewed" } else { "draft" },
            reviewed: units
                .iter()
                .filter(|u| u.reviewed() || whole && u.target.is_some() && !u.outdated())
                .count(),
            messages: units.len(),
            missing: units.len() - translated,
            outdated: units.iter().filter(|u| u.outdated()).count(),
            translated,
            lang,
        });
    }
    match format {
        Format::Text => {
            println!(
                "{:<6} {:<18} {:<9} {:>10} {:>8} {:>9} {:>9}",
                "lang", "name", "status", "translated", "missing", "outdated", "reviewed"
            );
            for r in &rows {
                let done = format!("{}/{}", r.translated, r.messages);
                println!(
                    "{:<6} {:<18} {:<9} {done:>10} {:>8} {:>9} {:>9}",
                    r.lang, r.name, r.status, r.missing, r.outdated, r.reviewed
                );
            }
            println!();
            let kinds = ["lesson", "quiz", "bank", "glossary", "agenda"];
            println!(
                "{:<20} {:<5} {:>8} {:>8} {:>6} {:>9} {:>7} {:>9} {:>9}",
                "course",
                "lang",
                "lessons",
                "quizzes",
                "bank",
                "glossary",
                "agenda",
                "outdated",
                "reviewed"
            );
            for p in &packs {
                if p.coverage.is_empty() {
                    println!(
                        "{:<20} {:<5} (no other language promised in pack.toml)",
                        p.manifest.id.as_str(),
                        p.manifest.source_locale.as_str()
                    );
                }
            }
            for r in &content_rows {
                let cell = |kind: &str| {
                    r.coverage
                        .files
                        .get(kind)
                        .map_or_else(String::new, |(done, all)| format!("{done}/{all}"))
                };
                let [lessons, quizzes, bank, glossary, agenda] = kinds.map(cell);
                println!(
                    "{:<20} {:<5} {lessons:>8} {quizzes:>8} {bank:>6} {glossary:>9} {agenda:>7} {:>9} {:>9}",
                    r.pack, r.lang, r.coverage.outdated, r.coverage.reviewed
                );
            }
        }
        Format::Json => {
            let json = serde_json::json!({ "ui": rows, "content": content_rows });
            match serde_json::to_string_pretty(&json) {
                Ok(json) => println!("{json}"),
                Err(err) => {
                    eprintln!("error: {err}");
                    return ExitCode::from(2);
                }
            }
        }
    }
    ExitCode::SUCCESS
}

/// The file formats a CAT tool exchanges.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum Exchange {
    /// gettext PO.
    Po,
    /// XLIFF 2.0.
    Xliff,
}

impl Exchange {
    /// By a file's extension (PO unless it is `.xlf` or `.xliff`).
    fn of(path: Option<&std::path::Path>) -> Self {
        match path
            .and_then(|p| p.extension())
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("xlf" | "xliff") => Self::Xliff,
            _ => Self::Po,
        }
    }

    /// By what a file starts with: XML is XLIFF.
    fn sniff(bytes: &[u8]) -> Self {
        let start = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        if start.trim_ascii_start().starts_with(b"<") {
            Self::Xliff
        } else {
            Self::Po
        }
    }
}

fn l10n_export(
    dir: &std::path::Path,
    lang: &str,
    format: Exchange,
    out: Option<&std::path::Path>,
) -> ExitCode {
    if !dir.join(lang).is_dir() {
        eprintln!("error: no language {lang} under {}", dir.display());
        return ExitCode::from(2);
    }
    let units = passage_l10n::exchange::units(dir, lang);
    let po = match format {
        Exchange::Po => passage_l10n::exchange::to_po(lang, &units),
        Exchange::Xliff => passage_l10n::xliff::to_xliff(lang, &units),
    };
    match out {
        Some(path) => {
            if let Err(err) = std::fs::write(path, po) {
                eprintln!("error: {}: {err}", path.display());
                return ExitCode::from(2);
            }
            println!("{} messages written to {}", units.len(), path.display());
        }
        None => print!("{po}"),
    }
    ExitCode::SUCCESS
}

fn l10n_import(
    dir: &std::path::Path,
    lang: &str,
    file: &std::path::Path,
    partial: bool,
) -> ExitCode {
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(err) => {
            eprintln!("error: {}: {err}", file.display());
            return ExitCode::from(2);
        }
    };
    let imported = match Exchange::sniff(&bytes) {
        Exchange::Po => passage_l10n::exchange::import_po(dir, lang, &bytes, partial),
        Exchange::Xliff => passage_l10n::xliff::import_xliff(dir, lang, &bytes, partial),
    };
    report_import(file, imported, "message(s)")
}

/// Prints what an import did, or why it wrote nothing.
fn report_import(
    file: &std::path::Path,
    imported: Result<passage_l10n::exchange::ImportReport, passage_l10n::exchange::ImportError>,
    noun: &str,
) -> ExitCode {
    match imported {
        Ok(report) => {
            for w in &report.warnings {
                println!("{}: {w} (warning)", file.display());
            }
            for p in &report.problems {
                println!("{}: {p} (left out)", file.display());
            }
            println!(
                "{} {noun} written, {} unchanged, {} left out, {} warning(s)",
                report.written,
                report.unchanged,
                report.skipped,
                report.warnings.len()
            );
            if report.problems.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(passage_l10n::exchange::ImportError::Refused(problems)) => {
            for p in &problems {
                println!("{}: {p}", file.display());
            }
            println!("{} problem(s); nothing was written", problems.len());
            ExitCode::FAILURE
        }
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(2)
        }
    }
}
