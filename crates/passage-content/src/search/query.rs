//! Turning what a learner typed into an FTS5 MATCH expression.
//!
//! The user's text is never FTS5 syntax: every fragment becomes a quoted FTS5
//! string, so `NEAR`, `OR`, `*`, `:`, `^`, parentheses and stray quotes are
//! just characters. The only operators in the result are ones we emit.

use super::segment::{self, WORD_SEPARATOR};
use super::snippet::{MATCH_CLOSE, MATCH_OPEN};

/// Longer input is cut here. Real queries are a few words; the cap bounds the
/// segmenter and FTS5 work when someone pastes a page of text.
pub(crate) const MAX_QUERY_CHARS: usize = 256;
/// At most this many whitespace-separated fragments take part in a query.
const MAX_FRAGMENTS: usize = 16;
/// Vietnamese `đ` is its own letter, so neither FTS5 tokenizer folds it to
/// `d` the way it folds tone marks. Learners typing without diacritics write
/// `d`, so each fragment also tries `đ` for its first few `d`s (2^3 variants
/// at most, to keep the expression small).
const MAX_D_EXPANSIONS: usize = 3;
/// Fragments shorter than this cannot be matched by the trigram tokenizer.
pub(crate) const TRIGRAM_MIN_CHARS: usize = 3;

/// Cleans raw user input: caps its length, turns control characters into
/// spaces and removes U+200B and our snippet markers (pasted lesson text may
/// contain U+200B; it must not leak into the trigram query, and the
/// segmenter re-derives word boundaries anyway).
pub(crate) fn normalize(query: &str) -> String {
    query
        .chars()
        .take(MAX_QUERY_CHARS)
        .filter(|&c| c != WORD_SEPARATOR && c != MATCH_OPEN && c != MATCH_CLOSE)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// Expression for the word index, or `None` if the query has no words.
///
/// Each whitespace-separated fragment becomes one quoted string holding its
/// segmented words joined by U+200B; FTS5 tokenizes that into a *phrase*, so
/// Thai "นายจ้างไม่มี" (segmented "นายจ้าง|ไม่มี") must appear as those
/// adjacent words, not merely both somewhere in the lesson. This is stricter
/// than ANDing every token only where words were typed without a space, which
/// is what the learner meant. Fragments are ANDed, each a prefix match:
/// results appear while typing, and "embas hotline" finds "embassy hotline"
/// (spaced scripts have no trigram index to fall back on).
pub(crate) fn word_expression(normalized: &str) -> Option<String> {
    let phrases: Vec<String> = normalized
        .split_whitespace()
        .take(MAX_FRAGMENTS)
        .filter_map(|fragment| {
            let words = segment::words(fragment);
            (!words.is_empty()).then(|| words.join(&WORD_SEPARATOR.to_string()))
        })
        .collect();
    if phrases.is_empty() {
        return None;
    }
    let groups: Vec<String> = phrases
        .iter()
        .map(|phrase| alternatives(phrase, true))
        .collect();
    Some(groups.join(" AND "))
}

/// Expression for the trigram index, or `None` when no fragment is long
/// enough to be matched there. Fragments are matched as substrings (no
/// segmentation: the trigram table holds the unsegmented text) and ANDed;
/// shorter fragments are dropped because they would make the AND fail.
pub(crate) fn trigram_expression(normalized: &str) -> Option<String> {
    let groups: Vec<String> = normalized
        .split_whitespace()
        .take(MAX_FRAGMENTS)
        .filter(|fragment| fragment.chars().count() >= TRIGRAM_MIN_CHARS)
        .map(|fragment| alternatives(fragment, false))
        .collect();
    (!groups.is_empty()).then(|| groups.join(" AND "))
}

/// One quoted FTS5 string, or a parenthesised OR of its `đ` spellings.
fn alternatives(text: &str, prefix: bool) -> String {
    let variants = d_variants(text);
    let quoted: Vec<String> = variants.iter().map(|v| quote(v, prefix)).collect();
    if quoted.len() == 1 {
        quoted.concat()
    } else {
        format!("({})", quoted.join(" OR "))
    }
}

/// FTS5 string literal: wrapped in double quotes, inner quotes doubled. This
/// is the complete escaping rule for FTS5 strings.
fn quote(text: &str, prefix: bool) -> String {
    let mut out = String::with_capacity(text.len() + 3);
    out.push('"');
    out.push_str(&text.replace('"', "\"\""));
    out.push('"');
    if prefix {
        out.push('*');
    }
    out
}

/// `text` plus every spelling with some of its first `MAX_D_EXPANSIONS`
/// ASCII `d`/`D` replaced by `đ` (case is folded by the tokenizer).
fn d_variants(text: &str) -> Vec<String> {
    let positions: Vec<usize> = text
        .char_indices()
        .filter(|&(_, c)| c == 'd' || c == 'D')
        .map(|(i, _)| i)
        .take(MAX_D_EXPANSIONS)
        .collect();
    (0u32..(1u32 << positions.len()))
        .map(|mask| {
            let mut out = String::with_capacity(text.len() + positions.len());
            let mut last = 0;
            for (bit, &pos) in positions.iter().enumerate() {
                if mask & (1 << bit) != 0 {
                    // `pos` came from char_indices and 'd' is one byte long.
                    out.push_str(text.get(last..pos).unwrap_or_default());
                    out.push('đ');
                    last = pos + 1;
                }
            }
            out.push_str(text.get(last..).unwrap_or_default());
            out
        })
        .collect()
}
