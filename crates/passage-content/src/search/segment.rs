//! Word segmentation shared by indexing and querying.
//!
//! Thai, Lao, Khmer and Burmese are written without spaces between words, so
//! SQLite's unicode61 tokenizer would see a whole clause as one "word". We run
//! ICU4X's word segmenter first and mark the boundaries it finds with U+200B,
//! which the FTS5 tokenizer is told to treat as a separator. U+200B is
//! invisible, so the stored text (and therefore every snippet) still looks
//! exactly like the original.
//!
//! The same function must be used on documents and queries: the index only
//! works if both sides are cut at the same places.

use icu_segmenter::WordSegmenter;
use icu_segmenter::options::WordBreakInvariantOptions;

/// The invisible separator inserted between words (ZERO WIDTH SPACE).
pub(crate) const WORD_SEPARATOR: char = '\u{200B}';

/// Returns `text` with U+200B inserted between adjacent words that are not
/// already separated by a space or punctuation.
///
/// Latin, Vietnamese etc. come back unchanged (their words are already
/// separated); Thai "นายจ้างยึดหนังสือเดินทาง" comes back as
/// "นายจ้าง\u{200B}ยึด\u{200B}หนังสือเดินทาง".
pub fn segment(text: &str) -> String {
    // Latin-script text already separates its words: skip the segmenter
    // (more than half of a cold index build's text in nine languages).
    if text.chars().all(spaced_latin) {
        return text.to_owned();
    }
    segment_with_icu(text)
}

/// [`segment`] without the shortcut (the tests check they agree).
pub(crate) fn segment_with_icu(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut prev_was_word = false;
    for_each_segment(text, |piece, is_word| {
        // Only two *adjacent* words need a separator; anything else (space,
        // punctuation, an existing U+200B) already splits tokens.
        if is_word && prev_was_word {
            out.push(WORD_SEPARATOR);
        }
        out.push_str(piece);
        prev_was_word = is_word;
    });
    out
}

/// Whether `c` is in the Latin-script text of the spaced languages (ASCII,
/// the Latin blocks with Vietnamese letters, punctuation, U+200B, currency
/// signs; no control or format characters, no combining marks): text made
/// only of these has its words separated already, and the segmenter would
/// leave it as it is (a proptest checks this against ICU).
fn spaced_latin(c: char) -> bool {
    matches!(
        u32::from(c),
        0x09 | 0x0A | 0x0D
            | 0x20..=0x7E
            | 0xA0..=0xAC // not U+00AD, the soft hyphen (a format character)
            | 0xAE..=0x024F
            | 0x1E00..=0x1EFF
            | 0x200B
            | 0x2010..=0x2027 // dashes, quotes, bullets, ellipsis
            | 0x2030..=0x205E
            | 0x20A0..=0x20C0
    )
}

/// The searchable words of a query fragment, in order.
///
/// Word-like segments without a letter or digit are dropped: FTS5 would turn
/// them into an empty phrase, and an empty phrase inside an AND makes the
/// whole query match nothing.
pub(crate) fn words(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for_each_segment(text, |piece, is_word| {
        if is_word && piece.chars().any(char::is_alphanumeric) {
            out.push(piece);
        }
    });
    out
}

/// Byte ranges of the word-like segments of `text` (spaces and punctuation
/// excluded); used to cut snippets at word boundaries in every script.
pub(crate) fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for_each_segment(text, |piece, is_word| {
        if is_word {
            out.push((offset, offset + piece.len()));
        }
        offset += piece.len();
    });
    out
}

/// Calls `f(segment, is_word_like)` for each ICU word-break segment of
/// `text`, covering the whole input exactly once.
fn for_each_segment<'t>(text: &'t str, mut f: impl FnMut(&'t str, bool)) {
    // The dictionary model rather than `new_auto` (= LSTM for these scripts):
    // measured in release builds, the LSTM ran at ~0.4 MB/s against ~45 MB/s
    // (a 500-lesson rebuild would spend ~30 s segmenting), and on the lesson
    // sentences in the bench it cut a word typed alone differently from the
    // same word in context more often (Thai 2/15, Khmer 3/12, Burmese 1/12
    // query words unfindable, against 0 with the dictionary). Consistency
    // between query and document matters more here than linguistic accuracy.
    // `new_dictionary` borrows baked data, so constructing it per call is
    // just a few pointer copies.
    let segmenter = WordSegmenter::new_dictionary(WordBreakInvariantOptions::default());
    let mut breaks = segmenter.segment_str(text);
    let mut start = 0;
    while let Some(end) = breaks.next() {
        if end <= start {
            continue; // the leading boundary at 0
        }
        // ICU only reports char boundaries, but `get` keeps a hypothetical bad
        // offset from ever panicking: the piece simply joins the next one.
        let Some(piece) = text.get(start..end) else {
            continue;
        };
        f(piece, breaks.is_word_like());
        start = end;
    }
    if let Some(rest) = text.get(start..).filter(|rest| !rest.is_empty()) {
        f(rest, false);
    }
}
