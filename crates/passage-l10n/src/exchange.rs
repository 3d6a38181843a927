//! Exchange files for translators: the UI messages of one language as a
//! gettext PO file for a CAT tool (Weblate, Crowdin, Pontoon, OmegaT, Poedit),
//! and importing it back with checks. A unit is one Fluent message: its id is
//! the context (`msgctxt`), the English pattern the source, the translation
//! the target, each in Fluent syntax so variables, plurals and selectors
//! travel intact. Nothing is written unless every unit is sound (or, with
//! `partial`, only the sound ones).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Message, Resource};
use sha2::{Digest, Sha256};

use crate::usage::usage_of;

/// One message to translate.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Unit {
    /// The message id.
    pub id: String,
    /// The `.ftl` file it lives in (same name in every language).
    pub file: String,
    /// Its line in the English file.
    pub line: usize,
    /// The English pattern, in Fluent syntax.
    pub source: String,
    /// The translation, in Fluent syntax (`None`: not translated).
    pub target: Option<String>,
    /// The variables the English message uses.
    pub variables: BTreeSet<String>,
    /// A hash of the English pattern: it changes when the source does.
    pub source_hash: String,
    /// The hash of the English the translation was made from, as recorded
    /// at import in `<lang>/sources.toml` (`None`: not recorded).
    pub translated_from: Option<String>,
    /// The hash of the translation a reviewer signed off, as recorded in
    /// `<lang>/sources.toml` (`None`: never reviewed).
    pub reviewed_as: Option<String>,
}

impl Unit {
    /// Whether the English changed since the translation was made.
    pub fn outdated(&self) -> bool {
        self.target.is_some()
            && self
                .translated_from
                .as_ref()
                .is_some_and(|h| *h != self.source_hash)
    }

    /// Whether a reviewer signed off this translation, made from this English.
    pub fn reviewed(&self) -> bool {
        !self.outdated()
            && self
                .target
                .as_deref()
                .is_some_and(|t| self.reviewed_as.as_deref() == Some(hash(t).as_str()))
    }
}

/// Records the translations of `ids` in `lang`, as they are now, as
/// reviewed (in `<lang>/sources.toml`). Ids without a translation are left
/// out. Returns how many were recorded.
pub fn record_reviews(
    locales_dir: &Path,
    lang: &str,
    ids: &[String],
) -> Result<usize, ImportError> {
    let wanted: BTreeSet<&String> = ids.iter().collect();
    let reviewed: BTreeMap<String, String> = units(locales_dir, lang)
        .into_iter()
        .filter(|u| wanted.contains(&u.id))
        .filter_map(|u| Some((u.id, hash(u.target.as_deref()?))))
        .collect();
    let prepared = crate::sources::prepare_with(locales_dir, lang, &BTreeMap::new(), &reviewed)
        .map_err(|(path, source)| ImportError::Io { path, source })?;
    crate::sources::write(prepared).map_err(|(path, source)| ImportError::Io { path, source })?;
    Ok(reviewed.len())
}

/// A problem with an imported file, at a line of it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct ImportProblem {
    /// Line in the imported file.
    pub line: usize,
    /// The message id, when known.
    pub id: Option<String>,
    /// `po-syntax`, `xml-syntax`, `xliff-syntax`, `xliff-version`,
    /// `wrong-language`, `encoding`, `unknown-id`, `duplicate-id`,
    /// `fluent-syntax`, `unknown-variable`, `markup`, `plural-category`.
    pub code: &'static str,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.code)?;
        if let Some(id) = &self.id {
            write!(f, " ({id})")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// What an import did (or would do).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct ImportReport {
    /// Messages written (new or changed).
    pub written: usize,
    /// Messages whose translation was already the same (left as they were).
    pub unchanged: usize,
    /// Units left out (empty translation, or refused with `partial`).
    pub skipped: usize,
    /// Refusals (with `partial`: those left out) and warnings.
    pub problems: Vec<ImportProblem>,
    /// Warnings that do not stop the import (a translation much longer than
    /// the source, a variable the translation leaves out).
    pub warnings: Vec<ImportProblem>,
}

/// Why an import wrote nothing.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// Units were refused; nothing was written.
    #[error("{} problem(s); nothing was written", .0.len())]
    Refused(Vec<ImportProblem>),
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The error.
        source: std::io::Error,
    },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> ImportError + '_ {
    move |source| ImportError::Io {
        path: path.to_owned(),
        source,
    }
}

/// The Fluent source of a message's value, without `id =`, dedented.
fn pattern_source(m: &Message<&str>) -> String {
    let only_value = Message {
        id: m.id.clone(),
        value: m.value.clone(),
        attributes: Vec::new(),
        comment: None,
    };
    let text = fluent_syntax::serializer::serialize(&Resource {
        body: vec![Entry::Message(only_value)],
    });
    let rest = text
        .strip_prefix(m.id.name)
        .and_then(|r| r.strip_prefix(" ="))
        .unwrap_or(&text);
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    let lines: Vec<&str> = rest.trim_end_matches('\n').split('\n').collect();
    lines
        .iter()
        .map(|l| l.strip_prefix("    ").unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n")
        .trim_start_matches('\n')
        .to_owned()
}

/// `id = pattern` in Fluent syntax, multi-line patterns indented.
fn fluent_entry(id: &str, pattern: &str) -> String {
    if pattern.contains('\n') || pattern.starts_with('{') && pattern.contains("->") {
        let body: Vec<String> = pattern.split('\n').map(|l| format!("    {l}")).collect();
        format!("{id} =\n{}\n", body.join("\n"))
    } else {
        format!("{id} = {pattern}\n")
    }
}

fn hash(text: &str) -> String {
    hex_prefix(&Sha256::digest(text.as_bytes()))
}

fn hex_prefix(bytes: &[u8]) -> String {
    bytes.iter().take(8).fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

fn line_of(text: &str, ptr: &str) -> usize {
    let start = (ptr.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
    text.get(..start.min(text.len()))
        .map_or(1, |b| b.matches('\n').count() + 1)
}

/// The messages of one language folder: id -> (file name, pattern source, line).
fn patterns(dir: &Path) -> BTreeMap<String, (String, String, usize, BTreeSet<String>)> {
    let mut out = BTreeMap::new();
    for file in crate::messages::ftl_files(dir).unwrap_or_default() {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) | Err((r, _)) => r,
        };
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        for entry in &resource.body {
            if let Entry::Message(m) = entry
                && m.value.is_some()
            {
                out.insert(
                    m.id.name.to_owned(),
                    (
                        name.clone(),
                        pattern_source(m),
                        line_of(&text, m.id.name),
                        usage_of(m).variables,
                    ),
                );
            }
        }
    }
    out
}

/// Every English message with its translation into `lang`, in file and line order.
pub fn units(locales_dir: &Path, lang: &str) -> Vec<Unit> {
    let english = patterns(&locales_dir.join("en"));
    let translated = patterns(&locales_dir.join(lang));
    let recorded = crate::sources::recorded(locales_dir, lang);
    let reviewed = crate::sources::reviewed(locales_dir, lang);
    let mut out: Vec<Unit> = english
        .into_iter()
        .map(|(id, (file, source, line, variables))| Unit {
            target: translated.get(&id).map(|t| t.1.clone()),
            translated_from: recorded.get(&id).cloned(),
            reviewed_as: reviewed.get(&id).cloned(),
            source_hash: hash(&source),
            id,
            file,
            line,
            source,
            variables,
        })
        .collect();
    out.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    out
}

/// `text` as a PO string: quoted and escaped, split after each line break.
pub fn po_string(text: &str) -> String {
    let escaped = |s: &str| {
        s.replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\t', "\\t")
            .replace('\r', "\\r")
    };
    if !text.contains('\n') {
        return format!("\"{}\"", escaped(text));
    }
    let mut out = String::from("\"\"");
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        let nl = if lines.peek().is_some() { "\\n" } else { "" };
        if line.is_empty() && nl.is_empty() {
            continue;
        }
        let _ = write!(out, "\n\"{}{nl}\"", escaped(line));
    }
    out
}

/// The units of `lang` as a gettext PO file.
pub fn to_po(lang: &str, units: &[Unit]) -> String {
    let mut out = format!(
        "# Passage: the app's messages in {lang}. Source language: English.\n\
         # Keep Fluent syntax as it is: {{ $variable }}, and in {{ $count -> … }} the\n\
         # [variant] keys and the *default. Translate only the words.\n\
         msgid \"\"\nmsgstr \"\"\n\
         \"Project-Id-Version: Passage\\n\"\n\
         \"Language: {lang}\\n\"\n\
         \"MIME-Version: 1.0\\n\"\n\
         \"Content-Type: text/plain; charset=UTF-8\\n\"\n\
         \"Content-Transfer-Encoding: 8bit\\n\"\n\
         \"X-Source-Language: en\\n\"\n"
    );
    for u in units {
        out.push('\n');
        if !u.variables.is_empty() {
            let vars: Vec<String> = u.variables.iter().map(|v| format!("${v}")).collect();
            let _ = writeln!(out, "#. Variables: {}", vars.join(", "));
        }
        let _ = writeln!(out, "#. source-hash: {}", u.source_hash);
        let _ = writeln!(out, "#: locales/en/{}:{}", u.file, u.line);
        let _ = writeln!(out, "msgctxt {}", po_string(&u.id));
        let _ = writeln!(out, "msgid {}", po_string(&u.source));
        let _ = writeln!(
            out,
            "msgstr {}",
            po_string(u.target.as_deref().unwrap_or(""))
        );
    }
    out
}

/// A unit read back from a PO file.
#[derive(Debug, Default)]
pub struct PoUnit {
    /// The line of its `msgctxt`.
    pub line: usize,
    /// The context: which message or block it is.
    pub ctxt: Option<String>,
    /// The source (`msgid`) as the file has it.
    pub source: String,
    /// The translation (`msgstr`); empty when not translated.
    pub target: String,
    /// The `#. source-hash:` comment before it: the English it was made from.
    pub source_hash: Option<String>,
}

fn unquote(raw: &str, line: usize) -> Result<String, ImportProblem> {
    let bad = |message: &str| ImportProblem {
        line,
        id: None,
        code: "po-syntax",
        message: message.to_owned(),
    };
    let inner = raw
        .trim()
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .ok_or_else(|| bad("a string must be in double quotes"))?;
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('r') => out.push('\r'),
                Some('"') => out.push('"'),
                Some('\\') => out.push('\\'),
                _ => return Err(bad("an unknown escape after \\")),
            },
            '"' => return Err(bad("a double quote inside a string must be written \\\"")),
            c => out.push(c),
        }
    }
    Ok(out)
}

/// Reads the units of a PO file (msgctxt, msgid, msgstr and the
/// `#. source-hash:` comment; the rest is ignored). Units without a
/// `msgctxt` (the header) are left out.
pub fn parse_po(text: &str) -> Result<Vec<PoUnit>, Vec<ImportProblem>> {
    let mut units = Vec::new();
    let mut problems = Vec::new();
    let mut current = PoUnit::default();
    let mut field: Option<&str> = None;
    let finish = |u: &mut PoUnit, units: &mut Vec<PoUnit>| {
        if u.ctxt.is_some() {
            units.push(std::mem::take(u));
        } else {
            *u = PoUnit::default();
        }
    };
    let mut hash_comment: Option<String> = None;
    for (n, raw) in text.lines().enumerate() {
        let line = n + 1;
        let l = raw.trim();
        if let Some(hash) = l.strip_prefix("#. source-hash:") {
            hash_comment = Some(hash.trim().to_owned());
        }
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        let (keyword, rest) = match l.split_once(' ') {
            Some((k, r)) if k.starts_with("msg") => (Some(k), r),
            _ => (None, l),
        };
        if let Some(k) = keyword {
            match k {
                "msgctxt" => {
                    finish(&mut current, &mut units);
                    current.line = line;
                    current.ctxt = Some(String::new());
                    current.source_hash = hash_comment.take();
                }
                "msgid" | "msgstr" => {}
                "msgid_plural" | "msgstr[0]" | "msgstr[1]" => {
                    problems.push(ImportProblem {
                        line,
                        id: current.ctxt.clone(),
                        code: "po-syntax",
                        message: "gettext plurals are not used: plurals are inside the Fluent text"
                            .into(),
                    });
                }
                _ => problems.push(ImportProblem {
                    line,
                    id: None,
                    code: "po-syntax",
                    message: format!("unknown keyword `{k}`"),
                }),
            }
            field = Some(k);
        }
        match unquote(rest, line) {
            Ok(s) => match field {
                Some("msgctxt") => {
                    if let Some(c) = current.ctxt.as_mut() {
                        c.push_str(&s);
                    }
                }
                Some("msgid") => current.source.push_str(&s),
                Some("msgstr") => current.target.push_str(&s),
                _ => {}
            },
            Err(p) => problems.push(p),
        }
    }
    finish(&mut current, &mut units);
    if problems.is_empty() {
        Ok(units)
    } else {
        Err(problems)
    }
}

/// Whether `text` has HTML-like markup (`<tag`, `</tag`, `<!`), or a
/// `javascript:` link.
pub fn has_markup(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.contains("javascript:")
        || text
            .as_bytes()
            .windows(2)
            .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!'))
}

/// Checks one translated unit; returns the Fluent message if it is sound.
fn check_unit(
    lang: &str,
    unit: &Unit,
    target: &str,
    line: usize,
    warnings: &mut Vec<ImportProblem>,
) -> Result<(), ImportProblem> {
    let problem = |code: &'static str, message: String| ImportProblem {
        line,
        id: Some(unit.id.clone()),
        code,
        message,
    };
    if has_markup(target) && !has_markup(&unit.source) {
        return Err(problem(
            "markup",
            "the translation has HTML or a script link the English does not have".into(),
        ));
    }
    let entry = fluent_entry(&unit.id, target);
    let resource = fluent_syntax::parser::parse(entry.as_str()).map_err(|(_, errors)| {
        problem(
            "fluent-syntax",
            errors
                .first()
                .map_or_else(|| "not valid Fluent".into(), |e| e.kind.to_string()),
        )
    })?;
    let Some(Entry::Message(m)) = resource.body.first() else {
        return Err(problem("fluent-syntax", "not one Fluent message".into()));
    };
    if resource.body.len() != 1 || m.value.is_none() {
        return Err(problem("fluent-syntax", "not one Fluent message".into()));
    }
    let usage = usage_of(m);
    if let Some(var) = usage.variables.difference(&unit.variables).next() {
        return Err(problem(
            "unknown-variable",
            format!(
                "${var} is not a variable of this message (it has: {})",
                list(&unit.variables)
            ),
        ));
    }
    let allowed = crate::plural_categories(lang);
    if let Some(key) = usage
        .plural_keys
        .iter()
        .find(|k| !allowed.contains(&k.as_str()))
    {
        return Err(problem(
            "plural-category",
            format!(
                "[{key}] is never chosen in {lang} (it uses {})",
                allowed.join(", ")
            ),
        ));
    }
    for var in unit.variables.difference(&usage.variables) {
        warnings.push(problem("missing-variable", format!("${var} is not used")));
    }
    if target.chars().count() > unit.source.chars().count() * 3 + 40 {
        warnings.push(problem(
            "long",
            "much longer than the English: check it fits".into(),
        ));
    }
    Ok(())
}

fn list(vars: &BTreeSet<String>) -> String {
    if vars.is_empty() {
        return "none".into();
    }
    vars.iter()
        .map(|v| format!("${v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Imports a PO file of `lang` into `locales_dir/lang/*.ftl`. Every unit is
/// checked (known id, valid Fluent, the same variables, plural categories
/// of the language, no markup the English lacks); nothing is written if any
/// is refused, unless `partial`, which writes the sound ones. Empty
/// translations are skipped. Files are rewritten whole, each through a
/// temporary file and a rename.
pub fn import_po(
    locales_dir: &Path,
    lang: &str,
    bytes: &[u8],
    partial: bool,
) -> Result<ImportReport, ImportError> {
    let text = utf8(bytes)?;
    let po = parse_po(text).map_err(ImportError::Refused)?;
    let incoming = po
        .into_iter()
        .map(|p| Incoming {
            line: p.line,
            id: p.ctxt.unwrap_or_default(),
            target: p.target,
            source_hash: p.source_hash,
        })
        .collect();
    apply(locales_dir, lang, incoming, partial)
}

/// A translated unit read from an exchange file.
#[derive(Debug)]
pub(crate) struct Incoming {
    /// Its line in the file.
    pub(crate) line: usize,
    /// The message id.
    pub(crate) id: String,
    /// The translation, in Fluent syntax (empty: not translated).
    pub(crate) target: String,
    /// The hash of the English it was translated from, as the exported
    /// file said (`None`: the file did not say; the English of now).
    pub(crate) source_hash: Option<String>,
}

/// The text of bytes that must be UTF-8, or the line where they stop being.
pub fn utf8(bytes: &[u8]) -> Result<&str, ImportError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        ImportError::Refused(vec![ImportProblem {
            line,
            id: None,
            code: "encoding",
            message: "the file is not UTF-8 text".into(),
        }])
    })
}

/// Checks every incoming unit and writes the sound ones into
/// `locales_dir/lang/*.ftl` (all or nothing unless `partial`).
pub(crate) fn apply(
    locales_dir: &Path,
    lang: &str,
    incoming: Vec<Incoming>,
    partial: bool,
) -> Result<ImportReport, ImportError> {
    let units: BTreeMap<String, Unit> = units(locales_dir, lang)
        .into_iter()
        .map(|u| (u.id.clone(), u))
        .collect();
    let mut report = ImportReport::default();
    let mut accepted: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    // The English each accepted translation was made from.
    let mut made_from: BTreeMap<String, String> = BTreeMap::new();
    let mut seen = BTreeSet::new();
    for p in incoming {
        let id = p.id;
        if !seen.insert(id.clone()) {
            report.problems.push(ImportProblem {
                line: p.line,
                id: Some(id),
                code: "duplicate-id",
                message: "this message appears twice in the file".into(),
            });
            continue;
        }
        let Some(unit) = units.get(&id) else {
            report.problems.push(ImportProblem {
                line: p.line,
                id: Some(id),
                code: "unknown-id",
                message: "no such message in the English source".into(),
            });
            continue;
        };
        if p.target.trim().is_empty() {
            report.skipped += 1;
            continue;
        }
        let from = p
            .source_hash
            .filter(|h| !h.is_empty())
            .unwrap_or_else(|| unit.source_hash.clone());
        match check_unit(lang, unit, &p.target, p.line, &mut report.warnings) {
            Ok(()) if unit.target.as_deref() == Some(p.target.as_str()) => {
                report.unchanged += 1;
                // The same words brought back from a newer export were not
                // translated again: what they were made from stays.
                if unit.translated_from.is_none() {
                    made_from.insert(id, from);
                }
            }
            Ok(()) => {
                made_from.insert(id.clone(), from);
                accepted
                    .entry(unit.file.clone())
                    .or_default()
                    .insert(id, p.target);
            }
            Err(problem) => report.problems.push(problem),
        }
    }
    if !report.problems.is_empty() && !partial {
        return Err(ImportError::Refused(report.problems));
    }
    report.skipped += report.problems.len();
    let dir = locales_dir.join(lang);
    std::fs::create_dir_all(&dir).map_err(io(&dir))?;
    let mut rewritten = Vec::new();
    for (file, updates) in &accepted {
        let path = dir.join(file);
        let old = std::fs::read_to_string(&path).unwrap_or_default();
        rewritten.push((path, rewrite(&old, updates)));
        report.written += updates.len();
    }
    let sources =
        crate::sources::prepare(locales_dir, lang, &made_from).map_err(|(path, e)| io(&path)(e))?;
    for (path, text) in rewritten {
        let tmp = path.with_extension("ftl.part");
        std::fs::write(&tmp, text).map_err(io(&tmp))?;
        std::fs::rename(&tmp, &path).map_err(io(&path))?;
    }
    crate::sources::write(sources).map_err(|(path, e)| io(&path)(e))?;
    Ok(report)
}

/// The message id a line starts, if it starts one (`id =` at column 0).
fn message_at(line: &str) -> Option<&str> {
    let end = line
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(line.len());
    let id = &line[..end];
    let starts = id.starts_with(|c: char| c.is_ascii_alphabetic());
    (starts && line[end..].trim_start_matches(' ').starts_with('=')).then_some(id)
}

/// A `.ftl` file with `updates` (id -> pattern) replacing its messages or
/// added at its end. Everything else (comments, blank lines, other
/// messages) is kept byte for byte, so a round trip changes nothing.
fn rewrite(old: &str, updates: &BTreeMap<String, String>) -> String {
    let lines: Vec<&str> = old.split_inclusive('\n').collect();
    let mut out = String::with_capacity(old.len());
    let mut done = BTreeSet::new();
    let mut i = 0;
    while i < lines.len() {
        let Some((id, new)) = message_at(lines[i]).and_then(|id| updates.get_key_value(id)) else {
            out.push_str(lines[i]);
            i += 1;
            continue;
        };
        // The message runs on over indented lines (and blank lines between them).
        let mut end = i + 1;
        loop {
            let mut next = end;
            while next < lines.len() && lines[next].trim().is_empty() {
                next += 1;
            }
            // Indented lines, and a select's closing `}` (which may sit at column 0).
            if next < lines.len() && lines[next].starts_with([' ', '\t', '}']) {
                end = next + 1;
            } else {
                break;
            }
        }
        out.push_str(&fluent_entry(id, new));
        done.insert(id.clone());
        i = end;
    }
    let mut missing = updates
        .iter()
        .filter(|(id, _)| !done.contains(*id))
        .peekable();
    if missing.peek().is_some() && !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    for (id, pattern) in missing {
        out.push_str(&fluent_entry(id, pattern));
    }
    out
}
