//! Offline full-text search over lesson text, backed by SQLite FTS5.
//!
//! # Design
//!
//! * `docs` holds one row per (pack, lesson, locale) with the lesson's plain
//!   text after [`segment`], which puts an invisible U+200B between words of
//!   Thai, Lao, Khmer and Burmese (no spaces in those scripts). It is the only
//!   copy of the text; both indexes are FTS5 external-content tables over it.
//! * `fts_word` is the main index. Its unicode61 tokenizer is told that U+200B
//!   is a separator. Because the marker is invisible, highlighted text from
//!   this table looks exactly like the lesson once U+200B is stripped.
//! * `fts_tri` is a trigram index over the lessons in the scripts written
//!   without spaces (those [`segment`] cut: Thai, Lao, Khmer, Burmese),
//!   consulted only when the word index finds nothing. It catches substrings
//!   that do not start at a word boundary, and words the segmenter cut
//!   differently in the lesson than in the query. Spaced scripts do not need
//!   it: every fragment of a query is matched as a word prefix. It lives in
//!   a second file (`<index>.trigram`) with its own copy of that text
//!   (U+200B removed), so the two indexes are built at the same time on two
//!   threads; a rebuild commits the trigram file only once the word index
//!   is ready to commit, and the two fingerprints must agree for the index
//!   to count as current.
//! * `meta` records the schema version and a caller-supplied fingerprint of
//!   the content the index was built from, so the app can skip rebuilding.
//!
//! The index is derived data: on a schema version mismatch it is emptied and
//! [`SearchIndex::fingerprint`] reports `None`, which tells the caller to
//! rebuild.
//!
//! # Tokenizer notes (verified by tests in `search/tests.rs`)
//!
//! * unicode61's default `categories` ("L* N* Co") treats combining marks as
//!   separators, which shreds Thai/Lao/Khmer/Burmese words at every vowel sign
//!   (หนังสือ became "หน", "งส", "อ"). We add `M*`.
//! * `remove_diacritics 2` only touches U+0300..U+036F and precomposed Latin
//!   letters up to U+1EF9, so it is a no-op for the Southeast Asian scripts and
//!   lets Vietnamese "ho chieu" match "hộ chiếu". It does not fold `đ`; the
//!   query side compensates (see `query.rs`).

mod query;
mod segment;
mod snippet;
#[cfg(test)]
mod tests;

use std::borrow::Cow;
use std::collections::HashSet;
use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OptionalExtension, TransactionBehavior, ffi, params};

pub use segment::segment;

use segment::WORD_SEPARATOR;
use snippet::{MATCH_CLOSE, MATCH_OPEN};

/// Bump whenever the tables, the tokenizers or [`segment`]'s behaviour change:
/// an index written with another version is discarded on open.
const SCHEMA_VERSION: u32 = 2;

/// Tokenizer for `fts_word`. See the module docs for why `M*` is added and
/// why `remove_diacritics 2` is safe. The separator is a literal U+200B.
const WORD_TOKENIZER: &str =
    "unicode61 remove_diacritics 2 categories 'L* N* Co M*' separators '\u{200B}'";
/// Tokenizer for `fts_tri`. It only holds the unspaced scripts, which have
/// no letter case and no diacritics to fold, so the fastest form will do
/// (a Latin word inside such a lesson is found by the word index anyway).
const TRIGRAM_TOKENIZER: &str = "trigram case_sensitive 1";

/// A query shorter than this (not counting spaces) finds nothing: one
/// letter matches nearly every lesson. The reader asks for more.
pub const MIN_QUERY_CHARS: usize = 2;

/// Title matches count more than body matches (bm25 column weights).
const TITLE_WEIGHT: f64 = 2.0;
const BODY_WEIGHT: f64 = 1.0;
/// Snippet size in words (a match counts as one), and how many of them come
/// before the first match.
const SNIPPET_WORDS: usize = 12;
const SNIPPET_WORDS_BEFORE: usize = 4;
/// A learner's locale chain has a handful of entries; the cap keeps the
/// generated `IN (...)` list far below SQLite's parameter limit.
const MAX_LOCALES: usize = 32;

/// A file-backed or in-memory full-text index of lesson text.
#[derive(Debug)]
pub struct SearchIndex {
    /// `meta`, `docs` and `fts_word`.
    conn: Connection,
    /// `meta`, `docs` (plain text of the unspaced scripts) and `fts_tri`.
    tri: Connection,
}

/// One lesson body in one locale, as given to [`SearchIndex::rebuild`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchDoc<'a> {
    pub pack: &'a str,
    pub lesson: &'a str,
    pub locale: &'a str,
    pub title: &'a str,
    /// Plain text of the lesson body (no markup).
    pub text: &'a str,
}

/// One search result: a lesson, in the best locale of the learner's chain
/// that matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub pack: String,
    pub lesson: String,
    pub locale: String,
    pub title: String,
    /// A short excerpt of the body around the match (may start/end with "…").
    /// If only the title matched, this is the start of the body, unhighlighted.
    pub snippet: Vec<SnippetPart>,
}

/// Part of a snippet. The UI renders `Match` highlighted; it is plain text,
/// never HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SnippetPart {
    Text(String),
    Match(String),
}

/// Errors from the search index. Search input never causes one; these come
/// from the database itself (I/O, corruption, locking) or from bad content.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SearchError {
    /// SQLite failed; the cause is kept as the error source.
    #[error("search index database error")]
    Sqlite(#[from] rusqlite::Error),
    /// Two documents passed to one rebuild share (pack, lesson, locale).
    /// The rebuild was rolled back, so the previous index is still intact.
    #[error("duplicate search document {}/{} ({})", .doc.pack, .doc.lesson, .doc.locale)]
    DuplicateDoc {
        // Boxed to keep `Result<_, SearchError>` small on the happy path.
        doc: Box<DocKey>,
        #[source]
        source: rusqlite::Error,
    },
}

/// Identifies one document (one lesson in one locale) in an error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocKey {
    pub pack: String,
    pub lesson: String,
    pub locale: String,
}

/// Which of the two full-text tables a search runs against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Table {
    Word,
    Trigram,
}

impl Table {
    fn name(self) -> &'static str {
        match self {
            Table::Word => "fts_word",
            Table::Trigram => "fts_tri",
        }
    }
}

/// A matching row before de-duplication.
#[derive(Debug)]
struct Candidate {
    id: i64,
    pack: String,
    lesson: String,
    locale: String,
    title: String,
    rank: usize,
    score: f64,
}

impl SearchIndex {
    /// Opens (or creates) an index file. Uses WAL so the UI can keep searching
    /// while a rebuild is being written from another connection.
    pub fn open(path: &Path) -> Result<Self, SearchError> {
        let mut tri_path = path.as_os_str().to_owned();
        tri_path.push(".trigram");
        Self::init(
            Self::open_file(path)?,
            Self::open_file(Path::new(&tri_path))?,
        )
    }

    fn open_file(path: &Path) -> Result<Connection, SearchError> {
        let conn = Connection::open(path)?;
        // Another connection may hold the write lock during a rebuild.
        conn.busy_timeout(Duration::from_secs(5))?;
        // journal_mode returns the resulting mode; a filesystem without WAL
        // support keeps the old mode, which is slower but still correct.
        let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
        // With WAL, NORMAL can only lose the last commits on power loss, never
        // corrupt; that is fine for an index that can always be rebuilt.
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // A rebuild writes the whole index through the WAL; don't leave a file
        // that size lying around on the learner's disk afterwards.
        conn.pragma_update(None, "journal_size_limit", 8 * 1024 * 1024)?;
        Ok(conn)
    }

    /// An index that lives only as long as this value (tests, previews).
    pub fn open_in_memory() -> Result<Self, SearchError> {
        Self::init(Connection::open_in_memory()?, Connection::open_in_memory()?)
    }

    fn init(mut conn: Connection, mut tri: Connection) -> Result<Self, SearchError> {
        reset_if_outdated(&mut conn, Part::Word)?;
        reset_if_outdated(&mut tri, Part::Trigram)?;
        Ok(Self { conn, tri })
    }

    /// The fingerprint passed to the last successful [`rebuild`](Self::rebuild),
    /// or `None` if the index has never been built (or was reset because its
    /// schema was outdated, or its two files are from different builds).
    pub fn fingerprint(&self) -> Result<Option<String>, SearchError> {
        let word = get_meta(&self.conn, "fingerprint")?;
        let tri = get_meta(&self.tri, "fingerprint")?;
        Ok(word.filter(|w| tri.as_deref() == Some(w.as_str())))
    }

    /// Replaces the whole index with `docs` and records `fingerprint`.
    ///
    /// All or nothing: if anything fails (a database error, a duplicate
    /// (pack, lesson, locale), or a panic in the iterator) the previous
    /// index and fingerprint are left untouched. The word and trigram files
    /// are written at the same time on two threads; the trigram file commits
    /// only once the word index is ready, and the word index only once the
    /// trigram file has committed. Should the last commit fail, the two
    /// fingerprints differ and [`fingerprint`](Self::fingerprint) asks for
    /// a rebuild.
    /// Returns the number of documents indexed.
    pub fn rebuild<'a>(
        &mut self,
        fingerprint: &str,
        docs: impl IntoIterator<Item = SearchDoc<'a>>,
    ) -> Result<usize, SearchError> {
        // The documents are gathered and segmented before any transaction:
        // a panic in the iterator leaves the index untouched.
        let docs: Vec<SearchDoc<'a>> = docs.into_iter().collect();
        let segmented: Vec<(String, String)> = crate::parallel::map(&docs, |doc| {
            // Segment the text *with* any U+200B the author put in: those
            // are real word boundaries, better than the dictionary's guess.
            (
                segment(&clean_text(doc.title)),
                segment(&clean_text(doc.text)),
            )
        });
        let (conn, tri) = (&mut self.conn, &mut self.tri);
        std::thread::scope(|scope| {
            // The trigram file is built on its own thread. Each side says
            // when it is ready to commit; both commit only if both are.
            let (ready, trigram_ready) = std::sync::mpsc::channel::<bool>();
            let (verdict, wait_for_verdict) = std::sync::mpsc::channel::<bool>();
            let (all, words) = (&docs, &segmented);
            let trigram = scope.spawn(move || {
                build_trigrams(tri, fingerprint, all, words, &ready, &wait_for_verdict)
            });
            let words = fill(conn, Part::Word, fingerprint, &docs, &segmented);
            let both_ready = trigram_ready.recv() == Ok(true);
            let tx = match words {
                Ok(tx) if both_ready => tx,
                failed => {
                    let _ = verdict.send(false);
                    let trigram = trigram
                        .join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                    // The word index's error first; else the trigram one's.
                    failed?;
                    trigram?;
                    unreachable!("a side that was not ready reports an error");
                }
            };
            let _ = verdict.send(true);
            // The two commits run at once. Should one fail, the fingerprints
            // differ and the index asks to be rebuilt.
            let committed = tx.commit();
            let trigram = trigram
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            committed?;
            trigram?;
            Ok(docs.len())
        })
    }

    /// Searches for what the learner typed.
    ///
    /// `query` is plain user text (never FTS5 syntax) and may be anything;
    /// invalid or empty input yields `Ok(vec![])`. `locales` is the learner's
    /// chain, e.g. `["km", "en"]`: only those locales are searched and a lesson
    /// that matches in an earlier locale ranks before one that only matches
    /// in a later locale; within a locale, results are ordered by bm25. Each
    /// lesson appears once, in its earliest matching locale. An empty `locales`
    /// searches every locale, ranked by bm25 alone.
    ///
    /// The word index is tried first (every fragment must match, the last one
    /// as a prefix); if it finds nothing and some fragment has at least three
    /// characters, the trigram index is searched for those substrings.
    pub fn search(
        &self,
        query: &str,
        locales: &[&str],
        limit: usize,
    ) -> Result<Vec<Hit>, SearchError> {
        if query.chars().filter(|c| !c.is_whitespace()).count() < MIN_QUERY_CHARS {
            return Ok(Vec::new());
        }
        let hits = self.search_words(query, locales, limit)?;
        if !hits.is_empty() {
            return Ok(hits);
        }
        self.search_trigrams(query, locales, limit)
    }

    fn search_words(
        &self,
        query: &str,
        locales: &[&str],
        limit: usize,
    ) -> Result<Vec<Hit>, SearchError> {
        match query::word_expression(&query::normalize(query)) {
            Some(expr) if limit > 0 => self.run(Table::Word, &expr, locales, limit),
            _ => Ok(Vec::new()),
        }
    }

    fn search_trigrams(
        &self,
        query: &str,
        locales: &[&str],
        limit: usize,
    ) -> Result<Vec<Hit>, SearchError> {
        match query::trigram_expression(&query::normalize(query)) {
            Some(expr) if limit > 0 => self.run(Table::Trigram, &expr, locales, limit),
            _ => Ok(Vec::new()),
        }
    }

    fn run(
        &self,
        table: Table,
        expr: &str,
        locales: &[&str],
        limit: usize,
    ) -> Result<Vec<Hit>, SearchError> {
        let locales = dedup_locales(locales);
        let candidates = self.candidates(table, expr, &locales)?;
        let best = best_per_lesson(candidates, limit);

        let fts = table.name();
        // Highlighting re-tokenizes the body, so it is done only for the hits
        // we return, one rowid lookup each. See snippet.rs for why this is
        // highlight() and not snippet().
        let mut highlight_stmt = self.conn_for(table).prepare_cached(&format!(
            "SELECT highlight({fts}, 1, '{MATCH_OPEN}', '{MATCH_CLOSE}') \
             FROM {fts} WHERE {fts} MATCH ?1 AND rowid = ?2"
        ))?;
        let mut hits = Vec::with_capacity(best.len());
        for c in best {
            let raw: Option<String> = highlight_stmt
                .query_row(params![expr, c.id], |row| row.get(0))
                .optional()?;
            hits.push(Hit {
                pack: c.pack,
                lesson: c.lesson,
                locale: c.locale,
                title: c.title,
                snippet: raw
                    .as_deref()
                    .map(|r| snippet::excerpt(r, SNIPPET_WORDS_BEFORE, SNIPPET_WORDS))
                    .unwrap_or_default(),
            });
        }
        Ok(hits)
    }

    /// The file a table lives in.
    fn conn_for(&self, table: Table) -> &Connection {
        match table {
            Table::Word => &self.conn,
            Table::Trigram => &self.tri,
        }
    }

    /// Every matching document in the chain's locales, with its locale rank
    /// and bm25 score (lower is better).
    fn candidates(
        &self,
        table: Table,
        expr: &str,
        locales: &[&str],
    ) -> Result<Vec<Candidate>, SearchError> {
        let fts = table.name();
        // Only placeholders are formatted into the SQL, never user text.
        let locale_filter = if locales.is_empty() {
            String::new()
        } else {
            let placeholders: Vec<String> =
                (2..locales.len() + 2).map(|i| format!("?{i}")).collect();
            format!("AND d.locale IN ({})", placeholders.join(", "))
        };
        // CROSS JOIN pins the FTS table as the outer loop: the alternative
        // plan (scan docs, run the MATCH once per row) is correct but
        // thousands of times slower, and bm25() needs the FTS cursor anyway.
        let sql = format!(
            "SELECT d.id, d.pack, d.lesson, d.locale, d.title, \
                    bm25({fts}, {TITLE_WEIGHT:.1}, {BODY_WEIGHT:.1}) \
             FROM {fts} CROSS JOIN docs AS d ON d.id = {fts}.rowid \
             WHERE {fts} MATCH ?1 {locale_filter}"
        );
        let mut stmt = self.conn_for(table).prepare_cached(&sql)?;
        let mut values: Vec<&str> = Vec::with_capacity(locales.len() + 1);
        values.push(expr);
        values.extend_from_slice(locales);
        let rows = stmt.query_map(rusqlite::params_from_iter(values), |row| {
            let locale: String = row.get(3)?;
            Ok(Candidate {
                id: row.get(0)?,
                pack: row.get(1)?,
                lesson: row.get(2)?,
                rank: locales.iter().position(|l| *l == locale).unwrap_or(0),
                locale,
                title: strip_separators(&row.get::<_, String>(4)?).into_owned(),
                score: row.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }
}

/// Sorts by (locale rank, bm25) and keeps each lesson's first (= best) row.
fn best_per_lesson(mut candidates: Vec<Candidate>, limit: usize) -> Vec<Candidate> {
    candidates.sort_by(|a, b| {
        a.rank
            .cmp(&b.rank)
            .then(a.score.total_cmp(&b.score))
            .then(a.id.cmp(&b.id)) // deterministic order for equal scores
    });
    let mut seen = HashSet::new();
    candidates
        .into_iter()
        .filter(|c| seen.insert((c.pack.clone(), c.lesson.clone())))
        .take(limit)
        .collect()
}

/// The chain without repeats, capped at [`MAX_LOCALES`].
fn dedup_locales<'l>(locales: &[&'l str]) -> Vec<&'l str> {
    let mut out: Vec<&str> = Vec::with_capacity(locales.len().min(MAX_LOCALES));
    for &l in locales {
        if out.len() == MAX_LOCALES {
            break;
        }
        if !out.contains(&l) {
            out.push(l);
        }
    }
    out
}

/// Makes lesson text safe to index: our snippet markers are replaced (so a
/// marker in `snippet()` output can only be one FTS5 put there) and control
/// characters other than tab/newline become spaces.
fn clean_text(text: &str) -> Cow<'_, str> {
    let needs_cleaning = |c: char| {
        c == MATCH_OPEN || c == MATCH_CLOSE || (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
    };
    if !text.contains(needs_cleaning) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                MATCH_OPEN | MATCH_CLOSE => '\u{FFFD}',
                c if needs_cleaning(c) => ' ',
                c => c,
            })
            .collect(),
    )
}

/// The learner-visible text: `docs` stores segmented text, with U+200B.
fn strip_separators(text: &str) -> Cow<'_, str> {
    if text.contains(WORD_SEPARATOR) {
        Cow::Owned(text.replace(WORD_SEPARATOR, ""))
    } else {
        Cow::Borrowed(text)
    }
}

fn is_unique_violation(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error(),
        Some(err) if err.code == ErrorCode::ConstraintViolation
            && err.extended_code == ffi::SQLITE_CONSTRAINT_UNIQUE
    )
}

/// One file of the index, written and ready to commit: its `docs` and its
/// full-text table. The word file holds every document as segmented; the
/// trigram file only the unspaced-script ones (those the segmenter cut), as
/// the learner sees them (no U+200B). Dropping the transaction without
/// commit (early return or unwinding) rolls back, which is what makes the
/// rebuild all-or-nothing.
fn fill<'c>(
    conn: &'c mut Connection,
    part: Part,
    fingerprint: &str,
    docs: &[SearchDoc<'_>],
    segmented: &[(String, String)],
) -> Result<rusqlite::Transaction<'c>, SearchError> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // Dropping and recreating (rather than DELETE) also migrates the table
    // definitions if a future version changes them.
    create_tables(&tx, part)?;
    {
        let mut insert_doc = tx.prepare(
            "INSERT INTO docs (id, pack, lesson, locale, title, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for (id, (doc, (title, body))) in (1_i64..).zip(docs.iter().zip(segmented)) {
            let (title, body) = match part {
                Part::Word => (Cow::Borrowed(title.as_str()), Cow::Borrowed(body.as_str())),
                Part::Trigram
                    if title.contains(WORD_SEPARATOR) || body.contains(WORD_SEPARATOR) =>
                {
                    (strip_separators(title), strip_separators(body))
                }
                Part::Trigram => continue,
            };
            match insert_doc.execute(params![id, doc.pack, doc.lesson, doc.locale, title, body]) {
                Ok(_) => {}
                Err(source) if is_unique_violation(&source) => {
                    return Err(SearchError::DuplicateDoc {
                        doc: Box::new(DocKey {
                            pack: doc.pack.to_owned(),
                            lesson: doc.lesson.to_owned(),
                            locale: doc.locale.to_owned(),
                        }),
                        source,
                    });
                }
                Err(e) => return Err(e.into()),
            }
        }
    }
    // External-content tables over `docs`, so the text is stored once per
    // file; one 'rebuild' pass is cheaper than indexing row by row. No
    // 'optimize' afterwards: merging the segments cost a tenth of a cold
    // build and won under a millisecond at the 95th percentile of the
    // bench's queries.
    let fts = part.table().name();
    tx.execute(&format!("INSERT INTO {fts} ({fts}) VALUES ('rebuild')"), [])?;
    set_meta(&tx, "schema_version", &SCHEMA_VERSION.to_string())?;
    set_meta(&tx, "fingerprint", fingerprint)?;
    Ok(tx)
}

/// The trigram file: the unspaced-script lessons as the learner sees them
/// (no U+200B), indexed by trigram. Says on `ready` whether it could be
/// built, then commits only if `verdict` says so.
fn build_trigrams(
    conn: &mut Connection,
    fingerprint: &str,
    docs: &[SearchDoc<'_>],
    segmented: &[(String, String)],
    ready: &std::sync::mpsc::Sender<bool>,
    verdict: &std::sync::mpsc::Receiver<bool>,
) -> Result<(), SearchError> {
    let built = fill(conn, Part::Trigram, fingerprint, docs, segmented);
    let _ = ready.send(built.is_ok());
    let tx = built?;
    if verdict.recv() == Ok(true) {
        tx.commit()?;
    }
    Ok(())
}

/// The two files of an index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Word,
    Trigram,
}

impl Part {
    /// The full-text table the file holds.
    fn table(self) -> Table {
        match self {
            Part::Word => Table::Word,
            Part::Trigram => Table::Trigram,
        }
    }
}

/// Empties a file whose tables are from another version of this code.
fn reset_if_outdated(conn: &mut Connection, part: Part) -> Result<(), SearchError> {
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;",
    )?;
    if !schema_is_current(conn, part)? {
        // IMMEDIATE: two processes opening a stale index at once must not
        // both try to reset it.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Re-check under the lock: the other process may have just done it.
        if !schema_is_current(&tx, part)? {
            create_tables(&tx, part)?;
            tx.execute("DELETE FROM meta", [])?;
            set_meta(&tx, "schema_version", &SCHEMA_VERSION.to_string())?;
        }
        tx.commit()?;
    }
    Ok(())
}

/// (Re)creates one file's content tables, discarding any existing ones
/// (including those of schema 1, which kept both indexes in one file).
fn create_tables(conn: &Connection, part: Part) -> rusqlite::Result<()> {
    conn.execute_batch(
        "DROP TABLE IF EXISTS fts_tri; DROP TABLE IF EXISTS fts_word; \
         DROP VIEW IF EXISTS docs_plain; DROP TABLE IF EXISTS docs;",
    )?;
    if part == Part::Trigram {
        return conn.execute_batch(&format!(
            r#"
            CREATE TABLE docs (
                id     INTEGER PRIMARY KEY,
                pack   TEXT NOT NULL,
                lesson TEXT NOT NULL,
                locale TEXT NOT NULL,
                title  TEXT NOT NULL,
                body   TEXT NOT NULL
            );
            CREATE VIRTUAL TABLE fts_tri USING fts5(
                title, body, content = 'docs', content_rowid = 'id',
                tokenize = "{TRIGRAM_TOKENIZER}"
            );
            "#
        ));
    }
    conn.execute_batch(&format!(
        r#"
        -- The only copy of the text, segmented (U+200B between words) because
        -- highlight() on fts_word must see the text its token offsets refer to.
        CREATE TABLE docs (
            id     INTEGER PRIMARY KEY,
            pack   TEXT NOT NULL,
            lesson TEXT NOT NULL,
            locale TEXT NOT NULL,
            title  TEXT NOT NULL,
            body   TEXT NOT NULL,
            UNIQUE (pack, lesson, locale)
        );
        -- prefix: two letters ("re") match much of the corpus; a 2-char
        -- prefix index keeps those fast. A query needs at least 2 characters
        -- (MIN_QUERY_CHARS): a 1-char prefix index cost a fifth of a cold
        -- build for queries nobody means. (1- and 2-char indexes took those
        -- queries from ~75 ms to
        -- ~10 ms in the bench for ~10% more disk.
        CREATE VIRTUAL TABLE fts_word USING fts5(
            title, body, content = 'docs', content_rowid = 'id', prefix = '2',
            tokenize = "{WORD_TOKENIZER}"
        );
        "#
    ))
}

fn schema_is_current(conn: &Connection, part: Part) -> rusqlite::Result<bool> {
    let version = get_meta(conn, "schema_version")?;
    if version.as_deref() != Some(SCHEMA_VERSION.to_string().as_str()) {
        return Ok(false);
    }
    // Guards against a half-deleted file: meta says current but a table is gone.
    let fts = part.table().name();
    let tables: i64 = conn.query_row(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('docs', ?1)",
        [fts],
        |row| row.get(0),
    )?;
    Ok(tables == 2)
}

fn get_meta(conn: &Connection, key: &str) -> rusqlite::Result<Option<String>> {
    conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |row| {
        row.get(0)
    })
    .optional()
}

fn set_meta(conn: &Connection, key: &str, value: &str) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}
