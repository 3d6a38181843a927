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
    }
}

fn l10n_check(dir: &std::path::Path, format: Format) -> ExitCode {
    if !dir.join("en").is_dir() {
        eprintln!(
            "error: no English source ({}/en) to check against",
            dir.display()
        );
        return ExitCode::from(2);
    }
    let problems = passage_l10n::check_locales(dir);
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
