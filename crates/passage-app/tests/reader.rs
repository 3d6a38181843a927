//! The reader over the test fixture pack (`tests/fixtures/content`): English
//! source, Thai and Khmer drafts, one Khmer lesson missing.

use std::path::PathBuf;

use passage_app::{Config, ErrorCode, Passage};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn open(lang: &str) -> Passage {
    Passage::open(&Config {
        content_dir: repo().join("tests/fixtures/content"),
        locales_dir: repo().join("locales"),
        requested_locales: vec![lang.to_owned()],
        index_path: None,
        store_path: None,
        exports_dir: None,
    })
    .expect("fixture opens")
}

#[test]
fn a_course_lists_its_modules_and_lessons_in_order() {
    let course = open("th").course("sample").expect("course");
    assert_eq!(course.title, "หลักสูตรตัวอย่าง");
    let modules: Vec<(&str, Vec<&str>)> = course
        .modules
        .iter()
        .map(|m| {
            (
                m.title.as_str(),
                m.lessons.iter().map(|l| l.id.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        modules,
        [
            ("เอกสาร", vec!["keep-your-passport", "copies"]),
            ("Money", vec!["fees"]),
        ]
    );
    assert_eq!(
        course.modules[0].lessons[0].title,
        "เก็บหนังสือเดินทางของคุณไว้เอง"
    );
}

#[test]
fn a_lesson_renders_safely_with_its_media_and_neighbours() {
    let lesson = open("en")
        .lesson("sample", "keep-your-passport", None)
        .expect("lesson");
    assert_eq!(lesson.title, "Keep your passport");
    assert_eq!((lesson.shown_in.as_str(), lesson.draft), ("en", false));
    assert!(
        lesson.html.contains("<h2>Maria’s passport</h2>"),
        "{}",
        lesson.html
    );
    assert!(
        lesson.html.contains(
            "src=\"passage-media://localhost/sample/lessons/keep-your-passport/media/passport.png\""
        ),
        "{}",
        lesson.html
    );
    assert_eq!(lesson.previous, None);
    assert_eq!(lesson.next.as_ref().map(|n| n.id.as_str()), Some("copies"));
    let codes: Vec<&str> = lesson.languages.iter().map(|l| l.code.as_str()).collect();
    assert_eq!(codes, ["en", "km", "th"]);

    let last = open("en").lesson("sample", "fees", None).expect("lesson");
    assert_eq!(
        last.previous.as_ref().map(|p| p.id.as_str()),
        Some("copies")
    );
    assert_eq!(last.next, None);
    assert!(
        last.html.contains("data-tool=\"remittance-cost\""),
        "{}",
        last.html
    );
}

#[test]
fn a_missing_translation_falls_back_and_says_so() {
    let km = open("km_KH.UTF-8");
    let translated = km
        .lesson("sample", "keep-your-passport", None)
        .expect("lesson");
    assert_eq!(
        (translated.shown_in.as_str(), translated.draft),
        ("km", true)
    );
    let missing = km.lesson("sample", "copies", None).expect("lesson");
    assert_eq!(missing.requested, "km");
    assert_eq!(missing.shown_in, "en");
    assert_eq!(missing.title, "Copies of your documents");
    // Read this lesson in another language, whatever the UI language.
    let thai = km.lesson("sample", "copies", Some("th")).expect("lesson");
    assert_eq!(
        (thai.shown_in.as_str(), thai.title.as_str()),
        ("th", "สำเนาเอกสารของคุณ")
    );
}

#[test]
fn unknown_courses_lessons_and_media_are_not_found() {
    let app = open("en");
    for err in [
        app.course("nope").expect_err("course"),
        app.lesson("sample", "nope", None).expect_err("lesson"),
        app.media("sample", "lessons/keep-your-passport/media/nope.png")
            .expect_err("media"),
    ] {
        assert_eq!(err.code(), ErrorCode::NotFound, "{err}");
    }
}

#[test]
fn media_are_served_from_inside_the_pack_only() {
    let app = open("en");
    let png = app
        .media("sample", "lessons/keep-your-passport/media/passport.png")
        .expect("image");
    assert_eq!(png.mime, "image/png");
    assert!(png.bytes.starts_with(b"\x89PNG"));
    for hostile in [
        "../../../../etc/passwd",
        "lessons/../pack.toml",
        "lessons/keep-your-passport/media/../../../pack.toml",
        "/etc/passwd",
        "lessons/keep-your-passport/en.md",
        "pack.toml",
        "lessons/keep-your-passport/media/passport.png?x=1",
        "lessons%2F..%2Fpack.toml",
        "",
    ] {
        let err = app.media("sample", hostile).expect_err(hostile);
        assert_eq!(err.code(), ErrorCode::NotFound, "{hostile}");
    }
}

#[test]
fn search_finds_words_in_scripts_without_spaces_and_opens_in_that_language() {
    let app = open("th_TH.UTF-8");
    // "employer" inside a Thai sentence with no spaces between words.
    assert!(app.wait_for_search(std::time::Duration::from_secs(10)));
    let hits = app.search("นายจ้าง").expect("search");
    let first = hits.first().expect("a hit");
    assert_eq!(
        (first.lesson_id.as_str(), first.locale.as_str()),
        ("keep-your-passport", "th")
    );
    assert_eq!(first.title, "เก็บหนังสือเดินทางของคุณไว้เอง");
    let matched: Vec<&str> = first
        .snippet
        .iter()
        .filter_map(|p| match p {
            passage_app::SnippetPiece::Match(t) => Some(t.as_str()),
            passage_app::SnippetPiece::Text(_) => None,
        })
        .collect();
    assert_eq!(matched, ["นายจ้าง"]);

    // English is in the chain after the UI language.
    let english = app.search("exchange-rate").expect("search");
    assert!(english.iter().any(|h| h.lesson_id == "fees"), "{english:?}");
    // Queries are text, never syntax.
    for hostile in ["\"", "NEAR(", "*", "a OR", ""] {
        app.search(hostile).expect(hostile);
    }
}

#[test]
fn the_search_index_file_is_reused_when_content_is_unchanged() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = Config {
        content_dir: repo().join("tests/fixtures/content"),
        locales_dir: repo().join("locales"),
        requested_locales: vec!["km".into()],
        index_path: Some(dir.path().join("search.sqlite")),
        store_path: None,
        exports_dir: None,
    };
    let first = Passage::open(&config).expect("open");
    assert!(first.wait_for_search(std::time::Duration::from_secs(10)));
    assert!(!first.search("លិខិតឆ្លងដែន").expect("search").is_empty());
    drop(first);
    let again = Passage::open(&config).expect("reopen");
    assert!(again.wait_for_search(std::time::Duration::from_secs(10)));
    assert!(!again.search("លិខិតឆ្លងដែន").expect("search").is_empty());
    // A damaged index file is replaced, not fatal.
    drop(again);
    std::fs::write(dir.path().join("search.sqlite"), b"not a database").expect("write");
    let damaged = Passage::open(&config).expect("opens despite a damaged index");
    assert!(damaged.wait_for_search(std::time::Duration::from_secs(10)));
    assert!(!damaged.search("លិខិតឆ្លងដែន").expect("search").is_empty());
}

#[test]
fn a_lesson_carries_its_sources_terms_activity_and_quiz_without_the_answers() {
    let passage = open("th");
    let lesson = passage
        .lesson("sample", "keep-your-passport", Some("en"))
        .expect("lesson");
    assert_eq!(lesson.sources.len(), 1);
    assert_eq!(lesson.sources[0].year, 2011);
    assert_eq!(
        lesson.activity.as_ref().map(|a| a.title.as_str()),
        Some("Who holds the passport?")
    );
    assert!(
        lesson.html.contains("data-lesson=\"copies\""),
        "{}",
        lesson.html
    );
    // The glossary term follows the language the lesson is read in.
    assert_eq!(lesson.terms.len(), 1);
    assert_eq!(lesson.terms[0].term, "Passport");
    let quiz = lesson.quiz.expect("quiz");
    assert_eq!(quiz.shown_in, "en");
    assert_eq!(
        quiz.questions[0].prompt,
        "Who should keep Maria's passport?"
    );
    let json = serde_json::to_string(&quiz).expect("json");
    assert!(
        !json.contains("feedback") && !json.contains("correct"),
        "the UI gets no answer key before answering: {json}"
    );

    // In Thai the quiz is Thai; in Khmer (no quiz words) it falls back to English.
    let th = passage
        .lesson("sample", "keep-your-passport", Some("th"))
        .expect("th");
    assert_eq!(th.quiz.expect("quiz").shown_in, "th");
    let km = passage
        .lesson("sample", "keep-your-passport", Some("km"))
        .expect("km");
    assert_eq!(km.quiz.expect("quiz").shown_in, "en");
}

#[test]
fn answers_are_graded_with_the_why_for_each_option() {
    let passage = open("en");
    let wrong = passage
        .answer(
            "sample",
            "keep-your-passport",
            "q1",
            &["employer".into()],
            Some("th"),
            None,
        )
        .expect("graded");
    assert!(!wrong.correct);
    assert_eq!(wrong.correct_options, ["you"]);
    // The chosen option and the right one, each with its reason, in Thai.
    let ids: Vec<(&str, bool, bool)> = wrong
        .feedback
        .iter()
        .map(|f| (f.id.as_str(), f.chosen, f.correct))
        .collect();
    assert_eq!(ids, [("employer", true, false), ("you", false, true)]);
    assert_eq!(wrong.feedback[1].feedback, "ใช่ หนังสือเดินทางเป็นของเธอ");

    let partly = passage
        .answer(
            "sample",
            "keep-your-passport",
            "q2",
            &["paper".into()],
            None,
            None,
        )
        .expect("graded");
    assert!(!partly.correct, "all right options must be chosen");
    let right = passage
        .answer(
            "sample",
            "keep-your-passport",
            "q2",
            &["phone".into(), "paper".into()],
            None,
            None,
        )
        .expect("graded");
    assert!(right.correct);

    let err = passage
        .answer(
            "sample",
            "keep-your-passport",
            "q1",
            &["bribe".into()],
            None,
            None,
        )
        .expect_err("not an option");
    assert_eq!(err.code(), ErrorCode::BadInput);
    let err = passage
        .answer("sample", "copies", "q1", &["you".into()], None, None)
        .expect_err("no quiz");
    assert_eq!(err.code(), ErrorCode::NotFound);
}
