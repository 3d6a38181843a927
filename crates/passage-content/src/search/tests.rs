// Tests may unwrap: a panic here is a failed test, not a crash for a user.
#![allow(clippy::unwrap_used)]

//! Tests for the search index. Sentences are the kind of thing a Passage
//! lesson says; each no-space script has one about an employer keeping the
//! worker's passport.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;

use super::*;

// --- fixtures -------------------------------------------------------------

const TH_BODY: &str =
    "นายจ้างไม่มีสิทธิ์ยึดหนังสือเดินทางของคุณ ถ้านายจ้างเก็บหนังสือเดินทางของคุณไว้ ให้ติดต่อสถานทูตทันที";
const KM_BODY: &str =
    "និយោជកមិនមានសិទ្ធិរក្សាទុកលិខិតឆ្លងដែនរបស់អ្នកទេ។ ប្រសិនបើនិយោជករឹបអូសលិខិតឆ្លងដែនរបស់អ្នក សូមទាក់ទងស្ថានទូត។";
const MY_BODY: &str =
    "အလုပ်ရှင်သည် သင်၏နိုင်ငံကူးလက်မှတ်ကို သိမ်းထားခွင့်မရှိပါ။ အလုပ်ရှင်က သင့်နိုင်ငံကူးလက်မှတ်ကို ယူထားလျှင် သံရုံးကို ဆက်သွယ်ပါ။";
const LO_BODY: &str = "ນາຍຈ້າງບໍ່ມີສິດຍຶດໜັງສືຜ່ານແດນຂອງທ່ານ. ຖ້ານາຍຈ້າງເກັບໜັງສືຜ່ານແດນຂອງທ່ານໄວ້ ໃຫ້ຕິດຕໍ່ສະຖານທູດທັນທີ.";
const EN_BODY: &str = "Your employer or recruitment agency must not keep your passport. \
    If someone takes your passport, call the embassy hotline 1955.";
const ID_BODY: &str = "Majikan atau agen perekrutan tidak boleh menahan paspor Anda. \
    Jika paspor Anda diambil, hubungi kedutaan.";
const VI_BODY: &str = "Chủ lao động không được giữ hộ chiếu của bạn. \
    Nếu bị giữ hộ chiếu, hãy gọi cho Đại sứ quán.";
const FIL_BODY: &str = "Hindi maaaring kunin ng employer o ahensya ang iyong pasaporte. \
    Tumawag sa embahada kung kinuha ito.";
const MS_BODY: &str = "Majikan tidak boleh menyimpan pasport anda. \
    Hubungi kedutaan jika pasport anda diambil.";

/// (locale, title, body) of the "keep your passport" lesson.
const PASSPORT_LESSON: [(&str, &str, &str); 9] = [
    ("th", "สิทธิของแรงงาน", TH_BODY),
    ("km", "សិទ្ធិរបស់ពលករ", KM_BODY),
    ("my", "အလုပ်သမားအခွင့်အရေး", MY_BODY),
    ("lo", "ສິດຂອງແຮງງານ", LO_BODY),
    ("en", "Your documents belong to you", EN_BODY),
    ("id", "Dokumen Anda milik Anda", ID_BODY),
    ("vi", "Giấy tờ của bạn", VI_BODY),
    ("fil", "Ang iyong mga dokumento", FIL_BODY),
    ("ms", "Dokumen anda", MS_BODY),
];

fn passport_docs() -> Vec<SearchDoc<'static>> {
    PASSPORT_LESSON
        .iter()
        .map(|&(locale, title, text)| SearchDoc {
            pack: "rights",
            lesson: "passport",
            locale,
            title,
            text,
        })
        .collect()
}

fn passport_index() -> SearchIndex {
    let mut index = SearchIndex::open_in_memory().expect("open");
    let n = index.rebuild("fp-1", passport_docs()).expect("rebuild");
    assert_eq!(n, 9);
    index
}

fn matches(hit: &Hit) -> Vec<&str> {
    hit.snippet
        .iter()
        .filter_map(|p| match p {
            SnippetPart::Match(m) => Some(m.as_str()),
            SnippetPart::Text(_) => None,
        })
        .collect()
}

fn snippet_text(hit: &Hit) -> String {
    hit.snippet
        .iter()
        .map(|p| match p {
            SnippetPart::Text(t) | SnippetPart::Match(t) => t.as_str(),
        })
        .collect()
}

fn lessons(hits: &[Hit]) -> Vec<(&str, &str)> {
    hits.iter()
        .map(|h| (h.lesson.as_str(), h.locale.as_str()))
        .collect()
}

/// A fresh directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        let dir =
            std::env::temp_dir().join(format!("passage-search-test-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create temp dir");
        Self(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

// --- SQLite / tokenizer facts the design relies on ---------------------------

#[test]
fn bundled_sqlite_has_fts5_and_trigram() {
    let index = SearchIndex::open_in_memory().unwrap();
    let options: Vec<String> = index
        .conn
        .prepare("PRAGMA compile_options")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(options.iter().any(|o| o == "ENABLE_FTS5"), "{options:?}");
    // trigram remove_diacritics needs 3.45+.
    let version = rusqlite::version_number();
    assert!(version >= 3_045_000, "{version}");
}

fn vocab(tokenizer: &str, text: &str) -> Vec<String> {
    let conn = Connection::open_in_memory().unwrap();
    conn.execute_batch(&format!(
        "CREATE VIRTUAL TABLE t USING fts5(x, tokenize = \"{tokenizer}\");
         CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');"
    ))
    .unwrap();
    conn.execute("INSERT INTO t (x) VALUES (?1)", [text])
        .unwrap();
    conn.prepare("SELECT term FROM v ORDER BY offset")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn word_tokenizer_keeps_southeast_asian_words_whole() {
    for (segmented, expected) in [
        ("หนังสือ\u{200B}เดินทาง", vec!["หนังสือ", "เดินทาง"]),
        ("លិខិត\u{200B}ឆ្លងដែន", vec!["លិខិត", "ឆ្លងដែន"]),
        ("နိုင်ငံ\u{200B}ကူး\u{200B}လက်မှတ်", vec!["နိုင်ငံ", "ကူး", "လက်မှတ်"]),
        ("ໜັງສື\u{200B}ຜ່ານ\u{200B}ແດນ", vec!["ໜັງສື", "ຜ່ານ", "ແດນ"]),
    ] {
        // remove_diacritics 2 leaves these scripts' combining marks alone...
        assert_eq!(vocab(WORD_TOKENIZER, segmented), expected);
        assert_eq!(
            vocab(WORD_TOKENIZER, segmented),
            vocab(
                &WORD_TOKENIZER.replace("remove_diacritics 2", "remove_diacritics 0"),
                segmented
            )
        );
        // ...but without `M*` the default categories split at every mark.
        let default_categories = WORD_TOKENIZER.replace(" categories 'L* N* Co M*'", "");
        assert_ne!(vocab(&default_categories, segmented), expected);
    }
    assert_eq!(vocab(WORD_TOKENIZER, "หนังสือ\u{200B}เดินทาง").len(), 2);
}

#[test]
fn word_tokenizer_folds_vietnamese_tones_but_not_d_stroke() {
    assert_eq!(
        vocab(WORD_TOKENIZER, "Hộ chiếu Việt Vie\u{0323}\u{0302}t Đại"),
        vec!["ho", "chieu", "viet", "viet", "đai"]
    );
}

// --- segmentation ---------------------------------------------------------

#[test]
fn segment_inserts_invisible_separators_only_between_words() {
    let th = segment(TH_BODY);
    assert!(th.contains("ยึด\u{200B}หนังสือเดินทาง\u{200B}ของ"), "{th:?}");
    assert_eq!(th.replace('\u{200B}', ""), TH_BODY);
    for text in [EN_BODY, ID_BODY, VI_BODY, FIL_BODY, MS_BODY] {
        assert_eq!(segment(text), text, "spaced scripts are left alone");
    }
    assert_eq!(segment(""), "");
}

// --- no-space scripts -----------------------------------------------------

fn check_no_space_script(locale: &str, word: &str, inside: &str, absent: &str) {
    let (_, _, body) = PASSPORT_LESSON
        .iter()
        .find(|(l, _, _)| *l == locale)
        .copied()
        .unwrap();
    assert!(body.contains(word) && body.contains(inside) && !body.contains(absent));
    let index = passport_index();

    // The whole word is found through the *word* index...
    let hits = index.search_words(word, &[locale], 10).unwrap();
    assert_eq!(
        lessons(&hits),
        [("passport", locale)],
        "{locale} word index"
    );
    // ...and the public API highlights exactly that word.
    let hits = index.search(word, &[locale], 10).unwrap();
    assert_eq!(lessons(&hits), [("passport", locale)]);
    let title = PASSPORT_LESSON
        .iter()
        .find(|(l, _, _)| *l == locale)
        .map(|p| p.1);
    assert_eq!(
        Some(hits[0].title.as_str()),
        title,
        "title comes back without U+200B"
    );
    let m = matches(&hits[0]);
    assert!(
        !m.is_empty() && m.iter().all(|m| *m == word),
        "{locale}: {:?}",
        hits[0].snippet
    );
    assert!(!snippet_text(&hits[0]).contains('\u{200B}'));
    assert!(body.contains(snippet_text(&hits[0]).trim_matches('…')));

    // A piece from inside the word is missed by the word index but found by
    // the trigram fallback, highlighted exactly.
    assert!(
        index
            .search_words(inside, &[locale], 10)
            .unwrap()
            .is_empty(),
        "{locale}"
    );
    let hits = index.search(inside, &[locale], 10).unwrap();
    assert_eq!(lessons(&hits), [("passport", locale)], "{locale} trigram");
    let m = matches(&hits[0]);
    assert!(
        !m.is_empty() && m.iter().all(|m| *m == inside),
        "{locale}: {:?}",
        hits[0].snippet
    );

    // A word that is not in the lesson finds nothing.
    assert!(
        index.search(absent, &[locale], 10).unwrap().is_empty(),
        "{locale}"
    );
}

#[test]
fn thai_passport() {
    check_no_space_script("th", "หนังสือเดินทาง", "งสือเดิน", "โรงพยาบาล");
}

#[test]
fn khmer_passport() {
    check_no_space_script("km", "លិខិតឆ្លងដែន", "ខិតឆ្លង", "មន្ទីរពេទ្យ");
}

#[test]
fn burmese_passport() {
    check_no_space_script("my", "နိုင်ငံကူးလက်မှတ်", "ငံကူးလက်", "ဆေးရုံ");
}

#[test]
fn lao_passport() {
    check_no_space_script("lo", "ໜັງສືຜ່ານແດນ", "ງສືຜ່ານ", "ໂຮງໝໍ");
}

#[test]
fn no_space_word_typed_with_spaces_is_one_highlight() {
    let index = passport_index();
    let hits = index.search("หนังสือ เดินทาง", &["th"], 10).unwrap();
    let m = matches(&hits[0]);
    assert!(
        !m.is_empty() && m.iter().all(|m| *m == "หนังสือเดินทาง"),
        "{m:?}"
    );
}

#[test]
fn no_space_prefix_finds_compound_word_while_typing() {
    let index = passport_index();
    // The dictionary keeps หนังสือเดินทาง as one token; typing its first part
    // still finds it through the word index as a prefix.
    let hits = index.search_words("หนังสือ", &["th"], 10).unwrap();
    assert_eq!(lessons(&hits), [("passport", "th")]);
    assert!(matches(&hits[0]).iter().all(|m| *m == "หนังสือเดินทาง"));
    // The second half only appears inside the compound: trigram fallback.
    assert!(
        index
            .search_words("เดินทาง", &["th"], 10)
            .unwrap()
            .is_empty()
    );
    assert_eq!(index.search("เดินทาง", &["th"], 10).unwrap().len(), 1);
}

#[test]
fn short_query_without_word_hit_is_empty() {
    let index = passport_index();
    // Two characters from inside a Thai word: no word match, too short for trigrams.
    assert!(index.search("งส", &["th"], 10).unwrap().is_empty());
    assert!(index.search("zq", &[], 10).unwrap().is_empty());
    // One letter is too short to mean anything; two already find.
    assert!(index.search("p", &["en"], 10).unwrap().is_empty());
    assert!(index.search(" p ", &["en"], 10).unwrap().is_empty());
    assert_eq!(index.search("pa", &["en"], 10).unwrap().len(), 1);
}

// --- spaced scripts -------------------------------------------------------

#[test]
fn english_is_case_insensitive_and_prefix_matches() {
    let index = passport_index();
    let hits = index.search("PASSPORT", &["en"], 10).unwrap();
    assert_eq!(lessons(&hits), [("passport", "en")]);
    assert!(matches(&hits[0]).iter().all(|m| *m == "passport"));

    let hits = index.search("recrui", &["en"], 10).unwrap();
    assert_eq!(lessons(&hits), [("passport", "en")]);
    assert_eq!(matches(&hits[0]), ["recruitment"]);

    // Every fragment must match, each as a word prefix: a partial word
    // typed before the last one still finds the lesson.
    assert_eq!(index.search("embassy hot", &["en"], 10).unwrap().len(), 1);
    assert_eq!(
        index
            .search_words("embas hotline", &["en"], 10)
            .unwrap()
            .len(),
        1
    );
    // A spaced script has no trigram index: the inside of a word is not a
    // match (Thai, Lao, Khmer and Burmese have one, see above).
    assert!(index.search("assport", &["en"], 10).unwrap().is_empty());
    assert!(
        index
            .search("passport hospital", &["en"], 10)
            .unwrap()
            .is_empty()
    );
}

#[test]
fn indonesian_filipino_malay() {
    let index = passport_index();
    for (locale, query, expected) in [
        ("id", "Paspor", "paspor"),
        ("id", "PEREKRU", "perekrutan"),
        ("fil", "pasaport", "pasaporte"),
        ("ms", "pasport", "pasport"),
    ] {
        let hits = index.search(query, &[locale], 10).unwrap();
        assert_eq!(lessons(&hits), [("passport", locale)], "{query}");
        assert!(
            matches(&hits[0]).contains(&expected),
            "{query}: {:?}",
            hits[0].snippet
        );
    }
}

#[test]
fn vietnamese_matches_without_diacritics() {
    let index = passport_index();
    for (query, expected) in [
        ("hộ chiếu", vec!["hộ", "chiếu"]),
        ("ho chieu", vec!["hộ", "chiếu"]),
        ("HO CHIEU", vec!["hộ", "chiếu"]),
        // đ is not a diacritic to SQLite; the query side tries đ for d.
        ("khong duoc giu", vec!["không", "được", "giữ"]),
        ("dai su quan", vec!["Đại", "sứ", "quán"]),
        ("chu lao do", vec!["Chủ", "lao", "động"]),
    ] {
        let hits = index.search(query, &["vi"], 10).unwrap();
        assert_eq!(lessons(&hits), [("passport", "vi")], "{query}");
        let m = matches(&hits[0]);
        for e in expected {
            assert!(m.contains(&e), "{query}: {:?}", hits[0].snippet);
        }
    }
    // Decomposed (NFD) input, as some keyboards produce, also matches.
    let nfd = "ho\u{0323} chie\u{0302}\u{0301}u";
    assert_eq!(index.search(nfd, &["vi"], 10).unwrap().len(), 1);
    // Syllables typed in part match as prefixes, with or without marks.
    assert_eq!(index.search("da su qua", &["vi"], 10).unwrap().len(), 1);
    assert_eq!(index.search("chie cu", &["vi"], 10).unwrap().len(), 1);
    // Vietnamese is spaced: it is not in the trigram index.
    assert!(
        index
            .search_trigrams("dai su quan", &["vi"], 10)
            .unwrap()
            .is_empty()
    );
}

// --- ranking ----------------------------------------------------------------

#[test]
fn locale_chain_orders_and_deduplicates() {
    let mut index = SearchIndex::open_in_memory().unwrap();
    let km = "ប្រសិនបើមានបញ្ហា សូមទូរស័ព្ទទៅលេខ 1955។";
    let en = "If there is a problem, call 1955.";
    index
        .rebuild(
            "fp",
            [
                SearchDoc {
                    pack: "p",
                    lesson: "both",
                    locale: "en",
                    title: "Help",
                    text: en,
                },
                SearchDoc {
                    pack: "p",
                    lesson: "both",
                    locale: "km",
                    title: "ជំនួយ",
                    text: km,
                },
                SearchDoc {
                    pack: "p",
                    lesson: "en-only",
                    locale: "en",
                    title: "Hotline",
                    text: en,
                },
                SearchDoc {
                    pack: "p",
                    lesson: "km-only",
                    locale: "km",
                    title: "លេខ",
                    text: km,
                },
                SearchDoc {
                    pack: "q",
                    lesson: "both",
                    locale: "th",
                    title: "ช่วย",
                    text: "โทร 1955",
                },
            ],
        )
        .unwrap();

    let hits = index.search("1955", &["km", "en"], 10).unwrap();
    let got = lessons(&hits);
    assert_eq!(got.len(), 3, "{got:?}");
    // Khmer hits first (in bm25 order), then the lesson only available in English.
    let mut first_two = got[..2].to_vec();
    first_two.sort();
    assert_eq!(first_two, [("both", "km"), ("km-only", "km")]);
    assert_eq!(got[2], ("en-only", "en"));

    // The same lesson id in another pack is a different lesson.
    let hits = index.search("1955", &["th", "km", "en"], 10).unwrap();
    assert_eq!(hits.len(), 4);
    assert_eq!(
        (hits[0].pack.as_str(), hits[0].locale.as_str()),
        ("q", "th")
    );

    // Locales outside the chain are not searched.
    let hits = index.search("1955", &["en"], 10).unwrap();
    assert!(hits.iter().all(|h| h.locale == "en") && hits.len() == 2);
    assert!(index.search("1955", &["fr"], 10).unwrap().is_empty());
    // An empty chain searches everything, still one hit per lesson.
    assert_eq!(index.search("1955", &[], 10).unwrap().len(), 4);
    // Repeated chain entries are harmless; limit applies after de-duplication.
    assert_eq!(
        index.search("1955", &["km", "km", "en"], 2).unwrap().len(),
        2
    );
    assert!(index.search("1955", &["km"], 0).unwrap().is_empty());
}

#[test]
fn bm25_ranks_stronger_matches_first() {
    let mut index = SearchIndex::open_in_memory().unwrap();
    index
        .rebuild(
            "fp",
            [
                SearchDoc {
                    pack: "p",
                    lesson: "weak",
                    locale: "en",
                    title: "Money",
                    text: "Send money home safely. A contract is mentioned once among many other words \
                           about banks, fees, exchange rates and remittance services.",
                },
                SearchDoc {
                    pack: "p",
                    lesson: "strong",
                    locale: "en",
                    title: "Your contract",
                    text: "Read the contract. Keep a copy of the contract.",
                },
            ],
        )
        .unwrap();
    let hits = index.search("contract", &["en"], 10).unwrap();
    assert_eq!(lessons(&hits), [("strong", "en"), ("weak", "en")]);
}

#[test]
fn title_only_match_still_returns_a_body_snippet() {
    let index = passport_index();
    let hits = index.search("documents", &["en"], 10).unwrap();
    assert_eq!(lessons(&hits), [("passport", "en")]);
    assert!(matches(&hits[0]).is_empty());
    assert!(snippet_text(&hits[0]).starts_with("Your employer"));
}

// --- robustness -------------------------------------------------------------

fn junk(len: usize) -> String {
    const PIECES: &[&str] = &[
        "\"",
        "\"\"",
        "'",
        "NEAR(",
        "NEAR/2",
        ")",
        "(",
        "*",
        "^",
        "-",
        "+",
        ":",
        "{",
        "}",
        "AND",
        "OR",
        "NOT",
        "title:",
        "body:",
        "\0",
        "\u{200B}",
        "\u{E000}",
        "\u{E001}",
        "\u{FEFF}",
        "ั",
        "\u{0301}",
        "หนังสือ",
        "លិខិត",
        "😀",
        "👩🏽‍🌾",
        " ",
        "\t",
        "\n",
        "đ",
        "d",
        "%",
        "\\",
        "[",
        "]",
        "?",
        ";",
        "--",
        "/*",
        "ǅ",
        "Ⓐ",
        "\u{10FFFF}",
        "\u{7F}",
        "\u{9F}",
    ];
    let mut out = String::new();
    let mut state: u32 = 0x2545_F491;
    while out.len() < len {
        // xorshift: deterministic junk without a rand dependency.
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        out.push_str(PIECES[state as usize % PIECES.len()]);
    }
    out
}

#[test]
fn hostile_queries_never_error() {
    let index = passport_index();
    let big = junk(10 * 1024);
    let mut queries: Vec<String> = [
        "",
        " ",
        "\"",
        "\"\"",
        "\"passport",
        "passport\"",
        "NEAR(passport embassy)",
        "NEAR",
        "passport OR embassy",
        "NOT passport",
        "AND",
        "*",
        "**",
        "passport*",
        "(",
        ")",
        "(()",
        "title:passport",
        "{title body}: passport",
        "^passport",
        "-passport",
        "+",
        ":",
        "pass\0port",
        "\u{E000}passport\u{E001}",
        "\u{200B}",
        "😀",
        "Ⓐ",
        "d",
        "đ",
        "ddddddd",
        "'; DROP TABLE docs; --",
        "%",
        "_",
        "\\",
        "?1",
        "NEAR/0",
        "\u{10FFFF}",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    queries.push(big.clone());
    queries.push("passport ".repeat(2000));
    queries.push("ก".repeat(10_000));
    for chunk in big.as_bytes().chunks(97) {
        queries.push(String::from_utf8_lossy(chunk).into_owned());
    }
    for q in &queries {
        for locales in [&[][..], &["en"][..], &["th", "en"][..], &["\"", "'"][..]] {
            let result = index.search(q, locales, 20);
            assert!(result.is_ok(), "{q:?}: {result:?}");
        }
    }
    // Syntax characters are literal text: they neither error nor broaden the query.
    assert_eq!(
        index.search("passport OR zzzz", &["en"], 10).unwrap().len(),
        0
    );
    assert_eq!(index.search("\"passport\"", &["en"], 10).unwrap().len(), 1);
    assert_eq!(index.search("(passport)", &["en"], 10).unwrap().len(), 1);
    assert_eq!(
        index.search("passport\u{E000}", &["en"], 10).unwrap().len(),
        1
    );
}

#[test]
fn hostile_documents_index_and_snippet_safely() {
    let mut index = SearchIndex::open_in_memory().unwrap();
    let body = format!(
        "before \u{E000}fake\u{E001} marker\0 passport {}",
        junk(5000)
    );
    let title = junk(300);
    let n = index
        .rebuild(
            "fp",
            [
                SearchDoc {
                    pack: "p",
                    lesson: "junk",
                    locale: "en",
                    title: &title,
                    text: &body,
                },
                SearchDoc {
                    pack: "",
                    lesson: "",
                    locale: "",
                    title: "",
                    text: "",
                },
            ],
        )
        .unwrap();
    assert_eq!(n, 2);
    let hits = index.search("marker", &["en"], 10).unwrap();
    assert_eq!(matches(&hits[0]), ["marker"], "{:?}", hits[0].snippet);
    assert!(snippet_text(&hits[0]).contains("\u{FFFD}fake\u{FFFD}"));
    for q in [junk(200), junk(3000), "fake".to_owned()] {
        assert!(index.search(&q, &[], 10).is_ok());
    }
    let _ = segment(&junk(20_000));
}

#[test]
fn duplicate_documents_are_an_error_not_a_panic() {
    let mut index = SearchIndex::open_in_memory().unwrap();
    let doc = SearchDoc {
        pack: "p",
        lesson: "l",
        locale: "en",
        title: "t",
        text: "x",
    };
    let err = index.rebuild("fp", [doc, doc]).unwrap_err();
    assert!(matches!(err, SearchError::DuplicateDoc { .. }), "{err:?}");
    assert!(
        std::error::Error::source(&err).is_some(),
        "rusqlite cause is kept"
    );
}

// --- rebuild / fingerprint / persistence --------------------------------------

#[test]
fn fingerprint_round_trip() {
    let mut index = SearchIndex::open_in_memory().unwrap();
    assert_eq!(index.fingerprint().unwrap(), None);
    index.rebuild("sha256:abc", passport_docs()).unwrap();
    assert_eq!(index.fingerprint().unwrap().as_deref(), Some("sha256:abc"));
    index.rebuild("sha256:def", []).unwrap();
    assert_eq!(index.fingerprint().unwrap().as_deref(), Some("sha256:def"));
    assert!(
        index.search("passport", &[], 10).unwrap().is_empty(),
        "rebuild replaces"
    );
}

#[test]
fn failed_rebuild_leaves_old_index_intact() {
    let mut index = passport_index();
    let replacement = SearchDoc {
        pack: "new",
        lesson: "new",
        locale: "en",
        title: "New",
        text: "zebra",
    };

    // A panicking document source (e.g. a content loader bug).
    let result = catch_unwind(AssertUnwindSafe(|| {
        index.rebuild(
            "fp-2",
            [replacement].into_iter().chain(std::iter::from_fn(
                || -> Option<SearchDoc<'static>> { panic!("content loader failed") },
            )),
        )
    }));
    assert!(result.is_err());
    // A database-level error half way through.
    let err = index.rebuild("fp-3", [replacement, replacement]);
    assert!(err.is_err());

    assert_eq!(index.fingerprint().unwrap().as_deref(), Some("fp-1"));
    assert!(index.search("zebra", &[], 10).unwrap().is_empty());
    assert_eq!(index.search("passport", &["en"], 10).unwrap().len(), 1);
    assert_eq!(index.search("หนังสือเดินทาง", &["th"], 10).unwrap().len(), 1);
    // And the index is still usable for a good rebuild afterwards.
    index.rebuild("fp-4", [replacement]).unwrap();
    assert_eq!(index.search("zebra", &[], 10).unwrap().len(), 1);
}

#[test]
fn file_backed_index_survives_reopen() {
    let dir = TempDir::new("reopen");
    let path = dir.0.join("search.sqlite3");
    {
        let mut index = SearchIndex::open(&path).unwrap();
        let mode: String = index
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        assert_eq!(index.fingerprint().unwrap(), None);
        index.rebuild("fp-file", passport_docs()).unwrap();
    }
    let index = SearchIndex::open(&path).unwrap();
    assert_eq!(index.fingerprint().unwrap().as_deref(), Some("fp-file"));
    let hits = index.search("លិខិតឆ្លងដែន", &["km", "en"], 10).unwrap();
    assert_eq!(lessons(&hits), [("passport", "km")]);
    assert_eq!(
        index.search("passport", &["km", "en"], 10).unwrap()[0].locale,
        "en"
    );
}

#[test]
fn the_two_files_must_come_from_the_same_build() {
    let dir = TempDir::new("pair");
    let path = dir.0.join("search.sqlite3");
    let trigram = dir.0.join("search.sqlite3.trigram");
    SearchIndex::open(&path)
        .unwrap()
        .rebuild("fp-1", passport_docs())
        .unwrap();
    assert!(trigram.is_file(), "the trigram index has its own file");
    // The trigram file is lost (or left from another build): the index is
    // not current, and the caller rebuilds it.
    for name in [
        "search.sqlite3.trigram",
        "search.sqlite3.trigram-wal",
        "search.sqlite3.trigram-shm",
    ] {
        let _ = std::fs::remove_file(dir.0.join(name));
    }
    let mut index = SearchIndex::open(&path).unwrap();
    assert_eq!(index.fingerprint().unwrap(), None);
    index.rebuild("fp-2", passport_docs()).unwrap();
    assert_eq!(index.fingerprint().unwrap().as_deref(), Some("fp-2"));
    assert_eq!(index.search("เดินทาง", &["th"], 10).unwrap().len(), 1);
}

#[test]
fn searching_from_another_connection_during_a_rebuild_sees_the_old_index() {
    let dir = TempDir::new("concurrent");
    let path = dir.0.join("search.sqlite3");
    let mut writer = SearchIndex::open(&path).unwrap();
    writer.rebuild("fp-old", passport_docs()).unwrap();
    let reader = SearchIndex::open(&path).unwrap();

    let mut seen_during = Vec::new();
    let new_doc = SearchDoc {
        pack: "p",
        lesson: "new",
        locale: "en",
        title: "New",
        text: "zebra",
    };
    // The document iterator runs inside the write transaction, so searching
    // from it shows what the UI would see while a rebuild is in progress.
    let docs = [new_doc].into_iter().inspect(|_| {
        seen_during.push((
            reader.search("passport", &["en"], 10).map(|h| h.len()).ok(),
            reader.fingerprint().ok().flatten(),
        ));
    });
    writer.rebuild("fp-new", docs).unwrap();
    assert_eq!(seen_during, [(Some(1), Some("fp-old".to_owned()))]);
    // Once committed, the other connection sees the new index.
    assert_eq!(reader.fingerprint().unwrap().as_deref(), Some("fp-new"));
    assert_eq!(reader.search("zebra", &[], 10).unwrap().len(), 1);
    assert!(reader.search("passport", &[], 10).unwrap().is_empty());
}

#[test]
fn outdated_schema_is_reset_on_open() {
    let dir = TempDir::new("schema");
    let path = dir.0.join("search.sqlite3");
    {
        let mut index = SearchIndex::open(&path).unwrap();
        index.rebuild("fp-old", passport_docs()).unwrap();
        index
            .conn
            .execute(
                "UPDATE meta SET value = '0' WHERE key = 'schema_version'",
                [],
            )
            .unwrap();
    }
    let index = SearchIndex::open(&path).unwrap();
    assert_eq!(index.fingerprint().unwrap(), None, "caller must rebuild");
    assert!(index.search("passport", &[], 10).unwrap().is_empty());
}

#[test]
fn opening_a_non_database_is_an_error_not_a_panic() {
    let dir = TempDir::new("garbage");
    let path = dir.0.join("search.sqlite3");
    std::fs::write(
        &path,
        b"this is not a database file, just some bytes.........",
    )
    .unwrap();
    let err = SearchIndex::open(&path).unwrap_err();
    assert!(matches!(err, SearchError::Sqlite(_)), "{err:?}");
    assert!(SearchIndex::open(&dir.0.join("missing-dir").join("x.sqlite3")).is_err());
}

// --- pure helpers ---------------------------------------------------------------

#[test]
fn query_expressions_are_always_quoted() {
    use super::query::{normalize, trigram_expression, word_expression};
    let w = |q: &str| word_expression(&normalize(q));
    assert_eq!(w(""), None);
    assert_eq!(w("  \t "), None);
    assert_eq!(w("*** ((("), None);
    assert_eq!(w("passport"), Some("\"passport\"*".to_owned()));
    assert_eq!(
        w("NEAR(a b"),
        Some("\"NEAR\u{200B}a\"* AND \"b\"*".to_owned())
    );
    assert_eq!(w("ab\"ce"), Some("\"ab\u{200B}ce\"*".to_owned()));
    // A no-space fragment becomes one phrase of its words.
    assert_eq!(w("นายจ้างไม่มี"), Some("\"นายจ้าง\u{200B}ไม่มี\"*".to_owned()));
    assert_eq!(w("หนังสือเดินทาง"), Some("\"หนังสือเดินทาง\"*".to_owned()));
    assert_eq!(w("do"), Some("(\"do\"* OR \"đo\"*)".to_owned()));
    assert_eq!(w("ddddd").map(|e| e.matches(" OR ").count()), Some(7));

    let t = |q: &str| trigram_expression(&normalize(q));
    assert_eq!(t("ab"), None);
    assert_eq!(t("ab cd"), None);
    assert_eq!(t("ab cfe"), Some("\"cfe\"".to_owned()));
    assert_eq!(t("a\"b\"c"), Some("\"a\"\"b\"\"c\"".to_owned()));
    assert_eq!(
        normalize(&"x".repeat(10_000)).chars().count(),
        query::MAX_QUERY_CHARS
    );
}

#[test]
fn snippet_parts_are_split_and_merged() {
    use super::snippet::parse;
    let p = |s: &str| parse(s);
    assert_eq!(
        p("…a \u{E000}b\u{E001} c…"),
        [
            SnippetPart::Text("…a ".into()),
            SnippetPart::Match("b".into()),
            SnippetPart::Text(" c…".into())
        ]
    );
    // Separated only by U+200B: one highlight.
    assert_eq!(
        p("x\u{200B}\u{E000}หนังสือ\u{E001}\u{200B}\u{E000}เดินทาง\u{E001}"),
        [
            SnippetPart::Text("x".into()),
            SnippetPart::Match("หนังสือเดินทาง".into())
        ]
    );
    assert_eq!(p(""), []);
    assert_eq!(
        p("\u{E001}\u{E001}a\u{E000}"),
        [SnippetPart::Text("a".into())]
    );
}

#[test]
fn excerpts_keep_matches_whole_and_cut_at_words() {
    use super::snippet::excerpt;
    let t = |s: &str| SnippetPart::Text(s.into());
    let m = |s: &str| SnippetPart::Match(s.into());
    let ex = |s: &str| excerpt(s, 4, 12);

    // Short body: everything, no ellipsis; whitespace runs collapsed.
    assert_eq!(
        ex("Keep your \u{E000}passport\u{E001}\n\n safe."),
        [t("Keep your "), m("passport"), t(" safe.")]
    );
    // No match in the body (title-only hit): the start of the body.
    let words: Vec<String> = (1..=30).map(|i| format!("w{i}")).collect();
    assert_eq!(
        ex(&words.join(" ")),
        [t("w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12…")]
    );
    // Long context: 4 words before, 12 in all, "…" at both cuts.
    let body = format!(
        "{} \u{E000}passport\u{E001} {}",
        words.join(" "),
        words.join(" ")
    );
    assert_eq!(
        ex(&body),
        [
            t("…w27 w28 w29 w30 "),
            m("passport"),
            t(" w1 w2 w3 w4 w5 w6 w7…")
        ]
    );
    // Thai without spaces is cut at ICU word boundaries, never inside a word,
    // and the match itself is never shortened.
    let th = format!("{}\u{E000}หนังสือเดินทาง\u{E001}{}", TH_BODY, TH_BODY);
    let parts = ex(&th);
    assert!(parts.contains(&m("หนังสือเดินทาง")), "{parts:?}");
    let SnippetPart::Text(before) = &parts[0] else {
        panic!("{parts:?}")
    };
    assert!(
        before.starts_with('…') && TH_BODY.ends_with(before.trim_start_matches('…')),
        "{before:?}"
    );
    // Prefers the place where different query words occur together.
    let far = format!(
        "\u{E000}visa\u{E001} {} \u{E000}visa\u{E001} and \u{E000}hotline\u{E001} {}",
        words.join(" "),
        words.join(" ")
    );
    let parts = ex(&far);
    assert_eq!(
        parts[..4],
        [t("…w27 w28 w29 w30 "), m("visa"), t(" and "), m("hotline")]
    );
}

proptest::proptest! {
    /// Text without a dictionary script comes back from `segment` exactly
    /// as the ICU segmenter would have returned it: the shortcut is safe.
    #[test]
    fn spaced_text_skips_the_segmenter_safely(
        text in "[\t\n\r\u{20}-\u{7E}\u{A0}-\u{AC}\u{AE}-\u{024F}\u{1E00}-\u{1EFF}\u{200B}\u{2010}-\u{2027}\u{2030}-\u{205E}\u{20A0}-\u{20C0}]{0,80}"
    ) {
        proptest::prop_assert_eq!(segment(&text), segment::segment_with_icu(&text));
    }
}
