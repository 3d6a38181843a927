//! Text that exists in several languages, and picking the one to show.

use std::collections::BTreeMap;

use passage_l10n::Locale;

/// One piece of text per locale, e.g. a course title.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(transparent)]
pub struct LocalizedText(BTreeMap<Locale, String>);

/// Text picked for a learner, with the locale it is really in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Picked<'a> {
    /// The text.
    pub text: &'a str,
    /// The locale the text is in; differs from the one asked for on fallback.
    pub locale: &'a Locale,
}

impl LocalizedText {
    /// The text in the first locale of `chain` that has it, else in `source`.
    pub fn pick<'a>(&'a self, chain: &[Locale], source: &Locale) -> Option<Picked<'a>> {
        chain
            .iter()
            .chain(std::iter::once(source))
            .find_map(|wanted| {
                self.0
                    .get_key_value(wanted)
                    .filter(|(_, text)| !text.trim().is_empty())
            })
            .map(|(locale, text)| Picked { text, locale })
    }

    /// Whether there is text in `locale`.
    pub fn has(&self, locale: &Locale) -> bool {
        self.0.get(locale).is_some_and(|t| !t.trim().is_empty())
    }
}

impl<const N: usize> From<[(Locale, &str); N]> for LocalizedText {
    fn from(pairs: [(Locale, &str); N]) -> Self {
        Self(pairs.into_iter().map(|(l, t)| (l, t.to_owned())).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loc(s: &str) -> Locale {
        Locale::parse(s).expect("locale")
    }

    #[test]
    fn picks_along_the_chain_then_the_source() {
        let text = LocalizedText::from([(loc("en"), "Safe migration"), (loc("fil"), "Ligtas")]);
        let en = loc("en");
        let fil = text.pick(&[loc("fil")], &en).expect("fil");
        assert_eq!((fil.text, fil.locale.as_str()), ("Ligtas", "fil"));
        let km = text.pick(&[loc("km")], &en).expect("fallback");
        assert_eq!((km.text, km.locale.as_str()), ("Safe migration", "en"));
        assert!(LocalizedText::default().pick(&[loc("km")], &en).is_none());
        let blank = LocalizedText::from([(loc("en"), "Safe migration"), (loc("km"), "  ")]);
        let picked = blank
            .pick(&[loc("km")], &en)
            .expect("falls back past blank text");
        assert_eq!(picked.locale.as_str(), "en");
    }
}
