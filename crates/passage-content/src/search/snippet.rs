//! Turning FTS5 `highlight()` output into a short structured excerpt.
//!
//! The UI must never receive HTML, so instead of `<b>` we ask FTS5 to wrap
//! matches in two private-use characters and split on them here. Documents are
//! cleaned of those characters before indexing (see `clean_text`), so a marker
//! in the output can only come from FTS5.
//!
//! We use `highlight()` on the whole body and cut the excerpt ourselves rather
//! than using `snippet()`: `snippet()` closes a highlight wherever its token
//! window ends, so a phrase spanning several index tokens (a trigram match,
//! or a word the segmenter split) came back half-highlighted at the edge (seen
//! in tests: "งสือเดิ…" for the trigram query "งสือเดิน"). Cutting ourselves keeps every match whole, and lets us count
//! context in real words via ICU for every script, including the trigram
//! table whose text has no word separators.

use super::SnippetPart;
use super::segment::{WORD_SEPARATOR, word_spans};

/// Marks text cut off at either end of an excerpt.
const ELLIPSIS: &str = "…";
/// Only this much text (in chars) on either side of the chosen match is
/// segmented: enough for any realistic 12 words, and it bounds the cost on
/// long lessons.
const SCAN_BEFORE_CHARS: usize = 300;
const SCAN_AFTER_CHARS: usize = 600;
/// How far (in chars) after a match other matches still count as "in the
/// same excerpt" when choosing where to cut; roughly 12 words of text.
const ANCHOR_SPAN_CHARS: usize = 80;
/// Matches considered when choosing where to cut (bounds the quadratic scan).
const MAX_ANCHORS: usize = 200;

/// Opens a highlighted match in `highlight()` output.
pub(crate) const MATCH_OPEN: char = '\u{E000}';
/// Closes a highlighted match in `highlight()` output.
pub(crate) const MATCH_CLOSE: char = '\u{E001}';

/// An excerpt of a fully highlighted body around its best group of matches
/// (see [`best_anchor`]): `words_before` words of context, then matches and
/// text up to about `words_total` words (each match counts as one). If nothing in the
/// body matched (only the title did), returns the start of the body.
/// Runs of whitespace are collapsed so the excerpt reads as one line.
pub(crate) fn excerpt(
    highlighted: &str,
    words_before: usize,
    words_total: usize,
) -> Vec<SnippetPart> {
    let parts = parse(highlighted);
    let group = best_anchor(&parts);
    let anchor = group.map(|(first, _)| first);
    let mut out = Vec::new();
    let mut used = 0;
    // `parse` merges neighbours, so the part before a match is always Text.
    if let Some(SnippetPart::Text(before)) = anchor
        .and_then(|a| a.checked_sub(1))
        .and_then(|i| parts.get(i))
    {
        let (tail, words, cut) = last_words(before, words_before);
        used += words;
        let mut text = String::new();
        // Also "…" when earlier parts (matches outside the window) exist.
        if cut || anchor.is_some_and(|a| a > 1) {
            text.push_str(ELLIPSIS);
        }
        text.push_str(&collapse_whitespace(tail));
        push(&mut out, text, false);
    }
    let start = anchor.unwrap_or(0);
    for (index, part) in parts.iter().enumerate().skip(start) {
        // Text between the matches of the chosen group is always kept whole,
        // even if that makes the excerpt a little longer than `words_total`.
        let in_group = group.is_some_and(|(_, last)| index <= last);
        if used >= words_total && !in_group {
            push(&mut out, ELLIPSIS.to_owned(), false);
            break;
        }
        match part {
            SnippetPart::Match(m) => {
                push(&mut out, collapse_whitespace(m), true);
                used += 1;
            }
            SnippetPart::Text(t) => {
                let budget = if in_group {
                    usize::MAX
                } else {
                    words_total.saturating_sub(used)
                };
                let (head, words, cut) = first_words(t, budget);
                used += words;
                let mut text = collapse_whitespace(head);
                if cut {
                    text.push_str(ELLIPSIS);
                    push(&mut out, text, false);
                    break;
                }
                push(&mut out, text, false);
            }
        }
    }
    out
}

/// Where to build the excerpt: the match followed by the most *different*
/// matched words within [`ANCHOR_SPAN_CHARS`], so that "visa hotline" shows
/// the place where both words occur rather than the first "hotline" alone
/// (what `snippet()` would also prefer). Earliest wins ties. Returns the part
/// indices of the first and last match of that group.
fn best_anchor(parts: &[SnippetPart]) -> Option<(usize, usize)> {
    let mut found: Vec<(usize, usize, String)> = Vec::new(); // (part index, char offset, folded text)
    let mut offset = 0;
    for (i, part) in parts.iter().enumerate() {
        match part {
            SnippetPart::Match(m) => {
                if found.len() < MAX_ANCHORS {
                    found.push((i, offset, m.to_lowercase()));
                }
                offset += m.chars().count();
            }
            SnippetPart::Text(t) => offset += t.chars().count(),
        }
    }
    let mut best: Option<(usize, usize, usize)> = None; // (first, last, distinct count)
    for (k, (first, start, _)) in found.iter().enumerate() {
        let mut distinct: Vec<&str> = Vec::new();
        let mut last = *first;
        for (index, other_start, text) in found.iter().skip(k) {
            if other_start.saturating_sub(*start) > ANCHOR_SPAN_CHARS {
                break;
            }
            if !distinct.contains(&text.as_str()) {
                distinct.push(text);
                // Stretch the group only for a *new* word, not repeats.
                last = *index;
            }
        }
        if best.is_none_or(|(_, _, count)| distinct.len() > count) {
            best = Some((*first, last, distinct.len()));
        }
    }
    best.map(|(first, last, _)| (first, last))
}

/// The text up to the end of its `n`th word, how many words that is, and
/// whether anything was cut off.
fn first_words(text: &str, n: usize) -> (&str, usize, bool) {
    let scan_end = char_offset(text, SCAN_AFTER_CHARS);
    let scan = text.get(..scan_end).unwrap_or_default();
    let spans = word_spans(scan);
    if spans.len() > n {
        let end = n
            .checked_sub(1)
            .and_then(|i| spans.get(i))
            .map_or(0, |s| s.1);
        return (scan.get(..end).unwrap_or_default(), n, true);
    }
    if scan_end == text.len() {
        return (text, spans.len(), false);
    }
    let end = spans.last().map_or(0, |s| s.1);
    (scan.get(..end).unwrap_or_default(), spans.len(), true)
}

/// The text from the start of its `n`th-last word, how many words that is,
/// and whether anything before it was cut off.
fn last_words(text: &str, n: usize) -> (&str, usize, bool) {
    let total_chars = text.chars().count();
    let scan_start = char_offset(text, total_chars.saturating_sub(SCAN_BEFORE_CHARS));
    let scan = text.get(scan_start..).unwrap_or_default();
    let mut spans = word_spans(scan);
    if scan_start > 0 && !spans.is_empty() {
        spans.remove(0); // may be the tail of a word the scan window cut
    }
    if spans.len() > n || scan_start > 0 {
        let start = spans
            .len()
            .checked_sub(n)
            .and_then(|i| spans.get(i))
            .map_or(scan.len(), |s| s.0);
        let words = spans.len().min(n);
        return (scan.get(start..).unwrap_or_default(), words, true);
    }
    (text, spans.len(), false)
}

/// Byte offset of the `n`th char (or the end of the text).
fn char_offset(text: &str, n: usize) -> usize {
    text.char_indices().nth(n).map_or(text.len(), |(i, _)| i)
}

fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

/// Splits marked-up snippet text into parts, dropping our U+200B word
/// separators so the text reads exactly like the lesson.
///
/// Adjacent matches that were only separated by U+200B are merged: a Thai
/// query typed as two words ("หนังสือ เดินทาง") highlights two index tokens
/// that the reader sees as one word, and should get one highlight.
/// Unbalanced markers cannot come from FTS5, but are tolerated anyway.
pub(crate) fn parse(raw: &str) -> Vec<SnippetPart> {
    let mut parts = Vec::new();
    let mut buf = String::new();
    let mut in_match = false;
    for c in raw.chars() {
        match c {
            MATCH_OPEN => {
                push(&mut parts, std::mem::take(&mut buf), in_match);
                in_match = true;
            }
            MATCH_CLOSE => {
                push(&mut parts, std::mem::take(&mut buf), in_match);
                in_match = false;
            }
            WORD_SEPARATOR => {}
            _ => buf.push(c),
        }
    }
    push(&mut parts, buf, in_match);
    parts
}

/// Appends to `parts`, merging with a previous part of the same kind and
/// dropping empty text.
fn push(parts: &mut Vec<SnippetPart>, text: String, is_match: bool) {
    if text.is_empty() {
        return;
    }
    match (parts.last_mut(), is_match) {
        (Some(SnippetPart::Match(prev)), true) | (Some(SnippetPart::Text(prev)), false) => {
            prev.push_str(&text);
        }
        _ => parts.push(if is_match {
            SnippetPart::Match(text)
        } else {
            SnippetPart::Text(text)
        }),
    }
}
