//! The glossary: `glossary.<locale>.toml`, terms that lessons link to with
//! `[word](glossary:<term-id>)`.

use std::collections::BTreeMap;
use std::path::Path;

use crate::manifest::{line_column, parse_toml};
use crate::translation::{TranslationMeta, split_header};
use crate::{ContentError, Result};

/// One term in one language.
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryEntry {
    /// The term as written, e.g. "Recruitment agency".
    pub term: String,
    /// A plain-language definition.
    pub definition: String,
}

/// A glossary in one language, by term id.
pub type Glossary = BTreeMap<String, GlossaryEntry>;

/// Parses a glossary file; every id is a slug and every entry has words.
/// A translation's `status` and `source-hash` come first.
pub fn parse_glossary(raw: &str, path: &Path) -> Result<(TranslationMeta, Glossary)> {
    let (meta, body) = split_header(raw, path)?;
    let glossary: Glossary = parse_toml(&body, path, 0)?;
    for (id, entry) in &glossary {
        let at = |message: String| {
            let (line, column) = line_column(raw, raw.find(&format!("[{id}]")).unwrap_or(0));
            ContentError::Manifest {
                path: path.to_owned(),
                line,
                column,
                message,
            }
        };
        if id.is_empty()
            || !id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            return Err(at(format!(
                "`{id}` is not a valid term id (lowercase letters, digits and '-')"
            )));
        }
        if entry.term.trim().is_empty() || entry.definition.trim().is_empty() {
            return Err(at(format!(
                "term `{id}` needs both `term` and `definition`"
            )));
        }
    }
    Ok((meta, glossary))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_terms_and_names_the_line_of_a_bad_one() {
        let path = Path::new("glossary.en.toml");
        let (_, g) = parse_glossary(
            "[remittance]\nterm = \"Remittance\"\ndefinition = \"Money sent home.\"\n",
            path,
        )
        .expect("valid");
        assert_eq!(g["remittance"].term, "Remittance");

        let err = parse_glossary(
            "[a]\nterm = \"A\"\ndefinition = \"x\"\n\n[Bad-Id]\nterm = \"B\"\ndefinition = \"y\"\n",
            path,
        )
        .expect_err("bad id")
        .to_string();
        assert!(err.starts_with("glossary.en.toml:5:"), "{err}");
        let err = parse_glossary("[a]\nterm = \"A\"\ndefinition = \" \"\n", path)
            .expect_err("empty definition")
            .to_string();
        assert!(err.contains("needs both"), "{err}");
        let err = parse_glossary("[a]\nterm = \"A\"\n", path)
            .expect_err("missing definition")
            .to_string();
        assert!(err.contains("definition"), "{err}");
    }
}
