//! The same exchange as the PO file, as XLIFF 2.0 (OASIS core, no
//! modules): one `<file>` per `.ftl` file, one `<unit>` per message, the
//! English and the translation in Fluent syntax, the variables, the place
//! in the source and the source hash as notes. Reading it back goes
//! through the same checks as a PO file; a DTD, an entity or an inline
//! element in a translation is refused.

use std::fmt::Write as _;
use std::path::Path;

use crate::exchange::{ImportError, ImportProblem, ImportReport, Incoming, Unit, apply, utf8};

/// The XLIFF 2.0 namespace.
pub const XLIFF_NS: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// `text` with the five XML specials escaped (also fit for attributes).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// The units of `lang` as an XLIFF 2.0 document.
pub fn to_xliff(lang: &str, units: &[Unit]) -> String {
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <!-- Passage: the app's messages in {lang}. Source language: English.\n     \
         Keep Fluent syntax as it is: {{ $variable }}, and in {{ $count -> … }} the\n     \
         [variant] keys and the *default. Translate only the words. -->\n\
         <xliff xmlns=\"{XLIFF_NS}\" version=\"2.0\" srcLang=\"en\" trgLang=\"{}\">\n",
        escape(lang)
    );
    let mut file: Option<&str> = None;
    for u in units {
        if file != Some(u.file.as_str()) {
            if file.is_some() {
                out.push_str("  </file>\n");
            }
            let id = u.file.trim_end_matches(".ftl");
            let _ = writeln!(
                out,
                "  <file id=\"{}\" original=\"locales/en/{}\">",
                escape(id),
                escape(&u.file)
            );
            file = Some(&u.file);
        }
        let _ = writeln!(out, "    <unit id=\"{}\">", escape(&u.id));
        out.push_str("      <notes>\n");
        let _ = writeln!(
            out,
            "        <note category=\"location\">locales/en/{}:{}</note>",
            escape(&u.file),
            u.line
        );
        if !u.variables.is_empty() {
            let vars: Vec<String> = u.variables.iter().map(|v| format!("${v}")).collect();
            let _ = writeln!(
                out,
                "        <note category=\"variables\">{}</note>",
                escape(&vars.join(", "))
            );
        }
        let _ = writeln!(
            out,
            "        <note category=\"source-hash\">{}</note>",
            u.source_hash
        );
        out.push_str("      </notes>\n");
        let state = if u.target.is_some() {
            "translated"
        } else {
            "initial"
        };
        let _ = writeln!(out, "      <segment state=\"{state}\">");
        let _ = writeln!(
            out,
            "        <source xml:space=\"preserve\">{}</source>",
            escape(&u.source)
        );
        if let Some(target) = &u.target {
            let _ = writeln!(
                out,
                "        <target xml:space=\"preserve\">{}</target>",
                escape(target)
            );
        }
        out.push_str("      </segment>\n    </unit>\n");
    }
    if file.is_some() {
        out.push_str("  </file>\n");
    }
    out.push_str("</xliff>\n");
    out
}

fn problem(line: usize, id: Option<&str>, code: &'static str, message: String) -> ImportProblem {
    ImportProblem {
        line,
        id: id.map(str::to_owned),
        code,
        message,
    }
}

/// An XLIFF 2.0 document read for import: well-formed, no DTD, the 2.0
/// namespace and version, and `trgLang` the language being imported.
#[derive(Debug)]
pub struct Opened<'a> {
    /// The document.
    pub doc: roxmltree::Document<'a>,
    /// Where each line starts, to name lines fast (roxmltree's own
    /// position lookup counts from the start each time).
    starts: Vec<usize>,
}

impl Opened<'_> {
    /// The 1-based line a node starts on.
    pub fn line_of(&self, node: roxmltree::Node<'_, '_>) -> usize {
        self.starts.partition_point(|s| *s <= node.range().start)
    }
}

/// Whether `n` is the XLIFF 2.0 element `name`.
pub fn is_xliff(n: &roxmltree::Node<'_, '_>, name: &str) -> bool {
    n.is_element() && n.tag_name().namespace() == Some(XLIFF_NS) && n.tag_name().name() == name
}

/// Opens an XLIFF 2.0 document for `lang`, or says at which line it is not
/// one Passage reads (`xml-syntax`, `xliff-version`, `wrong-language`).
pub fn open<'a>(text: &'a str, lang: &str) -> Result<Opened<'a>, Vec<ImportProblem>> {
    // roxmltree refuses a DTD (and so any entity but the five built in).
    let doc = roxmltree::Document::parse(text).map_err(|e| {
        let (line, message) = match e {
            roxmltree::Error::DtdDetected => (
                text.find("<!DOCTYPE")
                    .map_or(1, |at| text[..at].matches('\n').count() + 1),
                "a DTD or entity declaration: XLIFF files for Passage have none".to_owned(),
            ),
            _ => (usize::try_from(e.pos().row).unwrap_or(0), e.to_string()),
        };
        vec![problem(line, None, "xml-syntax", message)]
    })?;
    let starts = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let opened = Opened { doc, starts };
    let root = opened.doc.root_element();
    let line = opened.line_of(root);
    if !is_xliff(&root, "xliff") || root.attribute("version") != Some("2.0") {
        return Err(vec![problem(
            line,
            None,
            "xliff-version",
            "not an XLIFF 2.0 document (<xliff version=\"2.0\"> in the 2.0 namespace)".into(),
        )]);
    }
    let target_lang = root.attribute("trgLang").unwrap_or_default();
    let normal = |code: &str| crate::Locale::parse(code).map(|l| l.to_string()).ok();
    if normal(target_lang) != normal(lang) {
        return Err(vec![problem(
            line,
            None,
            "wrong-language",
            format!("the file is for trgLang=\"{target_lang}\", not {lang}"),
        )]);
    }
    Ok(opened)
}

/// Reads the translated units of an XLIFF 2.0 document for `lang`.
fn parse(text: &str, lang: &str) -> Result<Vec<Incoming>, Vec<ImportProblem>> {
    let opened = open(text, lang)?;
    let line_of = |node: roxmltree::Node<'_, '_>| opened.line_of(node);
    let root = opened.doc.root_element();
    let mut units = Vec::new();
    let mut problems = Vec::new();
    let ours = is_xliff;
    for unit in root.descendants().filter(|n| ours(n, "unit")) {
        let line = line_of(unit);
        let Some(id) = unit.attribute("id") else {
            problems.push(problem(
                line,
                None,
                "xliff-syntax",
                "a <unit> without id".into(),
            ));
            continue;
        };
        let mut target = String::new();
        for t in unit
            .children()
            .filter(|n| ours(n, "segment") || ours(n, "ignorable"))
            .flat_map(|s| s.children().filter(|n| ours(n, "target")))
        {
            if let Some(inline) = t.children().find(roxmltree::Node::is_element) {
                problems.push(problem(
                    line_of(inline),
                    Some(id),
                    "markup",
                    format!(
                        "<{}> inside a translation: write the Fluent text only",
                        inline.tag_name().name()
                    ),
                ));
            }
            target.extend(t.children().filter_map(|n| n.text()));
        }
        let source_hash = unit
            .descendants()
            .find(|n| ours(n, "note") && n.attribute("category") == Some("source-hash"))
            .and_then(|n| n.text())
            .map(|h| h.trim().to_owned());
        units.push(Incoming {
            line,
            id: id.to_owned(),
            target,
            source_hash,
        });
    }
    if problems.is_empty() {
        Ok(units)
    } else {
        Err(problems)
    }
}

/// Imports an XLIFF 2.0 file of `lang` into `locales_dir/lang/*.ftl`, with
/// the checks and the all-or-nothing rule of
/// [`import_po`](crate::exchange::import_po).
pub fn import_xliff(
    locales_dir: &Path,
    lang: &str,
    bytes: &[u8],
    partial: bool,
) -> Result<ImportReport, ImportError> {
    let text = utf8(bytes)?;
    let incoming = parse(text, lang).map_err(ImportError::Refused)?;
    apply(locales_dir, lang, incoming, partial)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specials_are_escaped_and_read_back() {
        let units = vec![Unit {
            id: "x-one".into(),
            file: "x.ftl".into(),
            line: 3,
            source: "A & B <c> \"d\" { $n }".into(),
            target: Some("ก & ข <ค>\n  { $n }".into()),
            variables: std::iter::once("n".to_owned()).collect(),
            source_hash: "00".into(),
            translated_from: None,
            reviewed_as: None,
        }];
        let xml = to_xliff("th", &units);
        let read = parse(&xml, "th").expect("parses");
        assert_eq!(read.len(), 1);
        assert_eq!(read[0].target, "ก & ข <ค>\n  { $n }");
        assert!(matches!(parse(&xml, "km"), Err(p) if p[0].code == "wrong-language"));
    }
}
