//! The help directory: `contacts.toml`. Phone numbers and addresses change
//! and a wrong one can cost a worker dearly, so every entry says where it
//! comes from and when someone last checked it.

use std::path::Path;

use crate::Result;
use crate::manifest::{line_column, parse_toml};

/// The directory of a pack.
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Contacts {
    /// A note for the organisation that fills the directory in.
    pub note: Option<String>,
    /// The entries.
    #[serde(default, rename = "contact")]
    pub entries: Vec<Contact>,
}

/// What kind of help a contact gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ContactKind {
    /// An embassy or consulate.
    Embassy,
    /// A labour office or labour attaché.
    LabourOffice,
    /// A telephone hotline.
    Hotline,
    /// A migrant worker resource centre.
    MigrantCentre,
    /// A non-governmental organisation.
    Ngo,
    /// A trade union.
    Union,
}

/// One entry.
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Contact {
    /// Name of the office or organisation.
    pub name: String,
    /// What kind of help.
    pub kind: ContactKind,
    /// Country where it is (ISO 3166 alpha-2, e.g. `TH`).
    pub country: String,
    /// Whose citizens it helps, if not everyone.
    #[serde(default)]
    pub serves: Vec<String>,
    /// Telephone number.
    pub phone: Option<String>,
    /// Web address (https).
    pub url: Option<String>,
    /// Street address.
    pub address: Option<String>,
    /// Where the details come from.
    pub source: String,
    /// The day someone checked the details.
    pub checked: toml::value::Datetime,
}

fn is_country(code: &str) -> bool {
    code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase())
}

impl Contacts {
    /// Parses `contacts.toml`; `path` only names the file in errors.
    pub fn parse(raw: &str, path: &Path) -> Result<Self> {
        parse_toml(raw, path, 0)
    }

    /// What is wrong with the entries, as (line, message).
    pub fn problems(&self, raw: &str) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        let mut from = 0;
        for entry in &self.entries {
            let at = raw[from..].find("[[contact]]").map_or(from, |i| from + i);
            from = at + 1;
            let line = line_column(raw, at).0;
            let mut problem = |m: String| out.push((line, m));
            if entry.name.trim().is_empty() {
                problem("a contact needs a `name`".into());
            }
            if entry.source.trim().is_empty() {
                problem(format!(
                    "`{}` needs a `source`: where do the details come from?",
                    entry.name
                ));
            }
            if entry.checked.date.is_none() || entry.checked.time.is_some() {
                problem(format!(
                    "`{}`: `checked` is a date, e.g. 2026-11-01",
                    entry.name
                ));
            }
            if !is_country(&entry.country) || !entry.serves.iter().all(|c| is_country(c)) {
                problem(format!(
                    "`{}`: countries are two capital letters (ISO 3166), e.g. TH",
                    entry.name
                ));
            }
            if entry.phone.is_none() && entry.url.is_none() && entry.address.is_none() {
                problem(format!(
                    "`{}` gives no way to reach it (phone, url or address)",
                    entry.name
                ));
            }
            if let Some(url) = &entry.url
                && !url.starts_with("https://")
            {
                problem(format!("`{}`: `url` must start with https://", entry.name));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(raw: &str) -> Vec<(usize, String)> {
        Contacts::parse(raw, Path::new("contacts.toml"))
            .expect("parses")
            .problems(raw)
    }

    const ENTRY: &str = r#"note = "Fill in the contacts of your area."

[[contact]]
name = "Example Centre"
kind = "migrant-centre"
country = "TH"
serves = ["KH"]
url = "https://example.org"
source = "Leaflet of the centre"
checked = 2026-11-01
"#;

    #[test]
    fn an_empty_directory_with_a_note_is_fine() {
        let c = Contacts::parse("note = \"None yet.\"\n", Path::new("contacts.toml")).expect("ok");
        assert!(c.entries.is_empty());
        assert_eq!(problems(ENTRY), vec![]);
    }

    #[test]
    fn an_entry_needs_its_source_and_the_day_it_was_checked() {
        let err = Contacts::parse(
            &ENTRY.replace("checked = 2026-11-01\n", ""),
            Path::new("contacts.toml"),
        )
        .expect_err("no date")
        .to_string();
        assert!(err.contains("checked"), "{err}");

        let p = problems(&ENTRY.replace("\"Leaflet of the centre\"", "\"\""));
        assert_eq!(p[0].0, 3);
        assert!(p[0].1.contains("needs a `source`"), "{p:?}");

        let p = problems(&ENTRY.replace("2026-11-01", "2026-11-01T10:00:00"));
        assert!(p[0].1.contains("is a date"), "{p:?}");

        let p = problems(&ENTRY.replace("\"TH\"", "\"Thailand\""));
        assert!(p[0].1.contains("ISO 3166"), "{p:?}");

        let p = problems(&ENTRY.replace("url = \"https://example.org\"\n", ""));
        assert!(p[0].1.contains("no way to reach"), "{p:?}");
    }
}
