//! Checks every `.ftl` file of every language against the English source:
//! syntax, duplicate ids, ids English does not have (or lacks), variables
//! the English message does not have, and plural variants a language never
//! chooses. Run by `passage l10n check`, by the tests and by the bindings
//! build, so a broken translation never reaches a laptop.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::Entry;

use crate::usage::{Usage, usage_of};

/// One problem, with the place it is at.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct FtlProblem {
    /// The file.
    pub file: PathBuf,
    /// Its line (1-based).
    pub line: usize,
    /// A stable code: `syntax`, `duplicate`, `unknown-id`, `missing-id`,
    /// `unknown-variable`, `plural-category`.
    pub code: &'static str,
    /// What is wrong, in English.
    pub message: String,
}

impl std::fmt::Display for FtlProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}: {}: {}",
            self.file.display(),
            self.line,
            self.code,
            self.message
        )
    }
}

/// The CLDR plural categories a language uses for cardinal numbers.
pub fn plural_categories(lang: &str) -> &'static [&'static str] {
    match lang {
        "en" | "fil" => &["one", "other"],
        // Thai, Vietnamese, Indonesian, Malay, Khmer, Burmese and Lao do not
        // inflect for number.
        _ => &["other"],
    }
}

fn line_of(text: &str, byte: usize) -> usize {
    text.get(..byte.min(text.len()))
        .map_or(1, |before| before.matches('\n').count() + 1)
}

/// Every message of one language: id -> (file, usage).
fn read_language(dir: &Path, problems: &mut Vec<FtlProblem>) -> BTreeMap<String, (PathBuf, Usage)> {
    let mut out: BTreeMap<String, (PathBuf, Usage)> = BTreeMap::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "ftl"));
    files.sort();
    for file in files {
        let Ok(text) = std::fs::read_to_string(&file) else {
            problems.push(FtlProblem {
                file: file.clone(),
                line: 1,
                code: "syntax",
                message: "not readable as UTF-8 text".into(),
            });
            continue;
        };
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    problems.push(FtlProblem {
                        file: file.clone(),
                        // Where the broken entry starts (the parser notices later).
                        line: line_of(&text, e.slice.as_ref().map_or(e.pos.start, |s| s.start)),
                        code: "syntax",
                        message: e.kind.to_string(),
                    });
                }
                r
            }
        };
        for entry in &resource.body {
            let Entry::Message(m) = entry else { continue };
            let start = m.id.name.as_ptr() as usize - text.as_ptr() as usize;
            let mut usage = usage_of(m);
            usage.line = line_of(&text, start);
            if let Some((first, _)) = out.get(m.id.name) {
                problems.push(FtlProblem {
                    file: file.clone(),
                    line: usage.line,
                    code: "duplicate",
                    message: format!("`{}` is already defined in {}", m.id.name, first.display()),
                });
                continue;
            }
            out.insert(m.id.name.to_owned(), (file.clone(), usage));
        }
    }
    out
}

/// Checks `locales_dir/<lang>/*.ftl` for every language against `en`.
/// Returns the problems, sorted by file and line (empty when all is well).
pub fn check_locales(locales_dir: &Path) -> Vec<FtlProblem> {
    let mut problems = Vec::new();
    let english = read_language(&locales_dir.join("en"), &mut problems);
    let mut langs: Vec<String> = std::fs::read_dir(locales_dir)
        .map(|rd| {
            rd.flatten()
                .filter(|e| e.path().is_dir())
                .filter_map(|e| e.file_name().to_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    langs.sort();
    for lang in &langs {
        let dir = locales_dir.join(lang);
        let messages = if lang == "en" {
            // Already read (its problems too); check its plurals below.
            None
        } else {
            Some(read_language(&dir, &mut problems))
        };
        let messages = messages.as_ref().unwrap_or(&english);
        let allowed = plural_categories(lang);
        for (id, (file, usage)) in messages {
            for key in &usage.plural_keys {
                if !allowed.contains(&key.as_str()) {
                    problems.push(FtlProblem {
                        file: file.clone(),
                        line: usage.line,
                        code: "plural-category",
                        message: format!(
                            "`{id}` has a [{key}] variant, which {lang} never chooses (it uses {})",
                            allowed.join(", ")
                        ),
                    });
                }
            }
            if lang == "en" {
                continue;
            }
            let Some((_, source)) = english.get(id) else {
                problems.push(FtlProblem {
                    file: file.clone(),
                    line: usage.line,
                    code: "unknown-id",
                    message: format!("`{id}` is not in the English source"),
                });
                continue;
            };
            for var in usage.variables.difference(&source.variables) {
                problems.push(FtlProblem {
                    file: file.clone(),
                    line: usage.line,
                    code: "unknown-variable",
                    message: format!("`{id}` uses ${var}, which the English message does not have"),
                });
            }
        }
        if lang != "en" {
            for (id, (file, usage)) in &english {
                if !messages.contains_key(id) {
                    let name = file
                        .file_name()
                        .map(|n| dir.join(n))
                        .unwrap_or_else(|| dir.clone());
                    problems.push(FtlProblem {
                        file: name,
                        line: 1,
                        code: "missing-id",
                        message: format!(
                            "`{id}` (English: {}:{}) is not translated",
                            file.display(),
                            usage.line
                        ),
                    });
                }
            }
        }
    }
    problems.sort();
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(root: &Path, lang: &str, file: &str, text: &str) {
        std::fs::create_dir_all(root.join(lang)).expect("dir");
        std::fs::write(root.join(lang).join(file), text).expect("write");
    }

    #[test]
    fn the_shipped_locales_pass() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let problems = check_locales(&dir);
        assert!(
            problems.is_empty(),
            "{}",
            problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        );
    }

    #[test]
    fn every_kind_of_mistake_is_named_with_its_file_and_line() {
        let dir = tempfile::tempdir().expect("dir");
        let root = dir.path();
        write(
            root,
            "en",
            "a.ftl",
            "hello = Hello { $name }\nitems = { $count ->\n    [one] one item\n   *[other] { $count } items\n}\nbye = Bye\n",
        );
        write(
            root,
            "th",
            "a.ftl",
            "hello = สวัสดี { $nmae }\nitems = { $count ->\n    [one] หนึ่ง\n   *[other] { $count } ชิ้น\n}\nextra = x\nhello = again\n",
        );
        write(
            root,
            "fil",
            "a.ftl",
            "hello = Kumusta { $name\nbye = Paalam\n",
        );
        let got: Vec<(String, usize, &str)> = check_locales(root)
            .into_iter()
            .map(|p| {
                (
                    format!(
                        "{}/{}",
                        p.file
                            .parent()
                            .and_then(Path::file_name)
                            .map(|n| n.to_string_lossy().into_owned())
                            .unwrap_or_default(),
                        p.file
                            .file_name()
                            .map(|n| n.to_string_lossy().into_owned())
                            .unwrap_or_default()
                    ),
                    p.line,
                    p.code,
                )
            })
            .collect();
        assert!(got.contains(&("fil/a.ftl".into(), 1, "syntax")), "{got:?}");
        assert!(
            got.contains(&("fil/a.ftl".into(), 1, "missing-id")),
            "{got:?}"
        );
        assert!(
            got.contains(&("th/a.ftl".into(), 1, "unknown-variable")),
            "{got:?}"
        );
        assert!(
            got.contains(&("th/a.ftl".into(), 2, "plural-category")),
            "{got:?}"
        );
        assert!(
            got.contains(&("th/a.ftl".into(), 6, "unknown-id")),
            "{got:?}"
        );
        assert!(
            got.contains(&("th/a.ftl".into(), 7, "duplicate")),
            "{got:?}"
        );
        assert!(
            !got.iter().any(|(f, _, _)| f.starts_with("en/")),
            "English is clean: {got:?}"
        );
    }
}
