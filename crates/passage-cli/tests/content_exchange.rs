//! A translator's round trip for course content: `passage l10n
//! export-content`, a CAT tool's file checked by the real tools (GNU
//! gettext's `msgfmt`, Translate Toolkit, the XLIFF 2.0 schema), and
//! `passage l10n import-content` with the hostile files it must refuse.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

mod common;
use common::{copy_tree, passage, repo, s};

/// Every file under `dir` with its bytes, to see that nothing changed.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read dir").flatten() {
            if e.path().is_dir() {
                stack.push(e.path());
            } else {
                out.insert(e.path(), std::fs::read(e.path()).expect("read"));
            }
        }
    }
    out
}

/// Python from the Translate Toolkit environment `cargo xtask setup` makes
/// (it brings lxml too).
fn python() -> PathBuf {
    repo().join("target/tools/translate-toolkit/bin/python")
}

/// The official XLIFF 2.0 core schema (OASIS), as `cargo xtask setup`
/// takes it from Debian's php-symfony-translation.
fn schema() -> PathBuf {
    repo().join("target/tools/xliff-schema/xliff-core-2.0.xsd")
}

/// Validates XLIFF files against the schema; (file, valid, first error).
fn validate(files: &[PathBuf]) -> Vec<(String, bool, String)> {
    let script = r#"
import json, sys
from lxml import etree
schema = etree.XMLSchema(etree.parse(sys.argv[1]))
out = []
for f in sys.argv[2:]:
    ok = schema.validate(etree.parse(f))
    out.append([f, ok, str(schema.error_log.last_error) if not ok else ""])
print(json.dumps(out))
"#;
    let out = Command::new(python())
        .arg("-c")
        .arg(script)
        .arg(schema())
        .args(files)
        .output()
        .expect("python with lxml (cargo xtask setup)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("json")
}

/// Translate Toolkit's reading of an XLIFF 2.0 file: (units, translated).
fn translate_toolkit(file: &Path) -> (usize, usize) {
    let script = r#"
import json, sys
from translate.storage import xliff2
store = xliff2.Xliff2File.parsefile(sys.argv[1])
units = [u for u in store.units if not u.isheader()]
print(json.dumps([len(units), sum(1 for u in units if u.istranslated() or u.target)]))
"#;
    let out = Command::new(python())
        .arg("-c")
        .arg(script)
        .arg(file)
        .output()
        .expect("Translate Toolkit (cargo xtask setup)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let [units, translated]: [usize; 2] = serde_json::from_slice(&out.stdout).expect("json");
    (units, translated)
}

#[test]
fn every_language_exports_lessons_quizzes_and_tests_the_real_tools_accept() {
    let dir = tempfile::tempdir().expect("dir");
    let content = repo().join("content");
    let locales = repo().join("locales");
    let mut xliff = Vec::new();
    for lang in ["fil", "id", "vi", "th", "km", "my", "lo", "ms"] {
        let po = dir.path().join(format!("{lang}.po"));
        let xlf = dir.path().join(format!("{lang}.xlf"));
        for out in [&po, &xlf] {
            let (code, text) = passage(&[
                "l10n",
                "export-content",
                "--lang",
                lang,
                "--content",
                s(&content),
                "--out",
                s(out),
            ]);
            assert_eq!(code, 0, "{text}");
        }
        let check = Command::new("msgfmt")
            .args(["--check", "--statistics", "-o", "/dev/null"])
            .arg(&po)
            .output()
            .expect("msgfmt (Debian package gettext)");
        let stats = String::from_utf8_lossy(&check.stderr);
        assert!(check.status.success(), "{lang}: {stats}");
        // Every unit is translated: the shipped translations line up with
        // their English block for block.
        let units = std::fs::read_to_string(&po)
            .expect("po")
            .matches("\nmsgctxt ")
            .count();
        assert!(units > 5000, "{lang}: {units} units");
        assert!(
            stats.contains(&format!("{units} translated messages."))
                && !stats.contains("untranslated"),
            "{lang}: {stats}"
        );
        assert_eq!(translate_toolkit(&xlf), (units, units), "{lang}");
        xliff.push(xlf);
        let ui = dir.path().join(format!("{lang}-ui.xlf"));
        let (code, text) = passage(&[
            "l10n",
            "export",
            "--lang",
            lang,
            "--dir",
            s(&locales),
            "--out",
            s(&ui),
        ]);
        assert_eq!(code, 0, "{text}");
        xliff.push(ui);
    }
    // The validator can say no: a unit without a segment breaks the schema.
    let broken = dir.path().join("broken.xlf");
    std::fs::write(
        &broken,
        "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\">\
         <file id=\"f\"><unit id=\"u\"/></file></xliff>",
    )
    .expect("write");
    xliff.push(broken);
    let results = validate(&xliff);
    let (last, rest) = results.split_last().expect("results");
    for (file, ok, error) in rest {
        assert!(ok, "{file}: {error}");
    }
    assert!(!last.1, "the schema refuses a unit without a segment");

    // Reading the shipped translations back changes nothing.
    let copy = dir.path().join("content");
    copy_tree(&content, &copy);
    let before = snapshot(&copy);
    let (code, out) = passage(&[
        "l10n",
        "import-content",
        s(&dir.path().join("km.xlf")),
        "--lang",
        "km",
        "--content",
        s(&copy),
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.lines().any(|l| l.starts_with("0 unit(s) written, ")),
        "{out}"
    );
    assert!(
        snapshot(&copy) == before,
        "an unchanged import rewrote files"
    );

    // The glossary and the agenda travel too: deleted, they come back from
    // the file with the same words, ready for the app.
    let pack = copy.join("10-safe-migration");
    let (glossary, agenda) = (pack.join("glossary.km.toml"), pack.join("agenda.km.toml"));
    let read_glossary = |p: &Path| {
        let raw = std::fs::read_to_string(p).expect("glossary");
        passage_content::parse_glossary(&raw, p).expect("parses")
    };
    let read_agenda = |p: &Path| {
        let raw = std::fs::read_to_string(p).expect("agenda");
        passage_content::AgendaWords::parse(&raw, p).expect("parses")
    };
    let (glossary_was, agenda_was) = (read_glossary(&glossary), read_agenda(&agenda));
    let po = std::fs::read_to_string(dir.path().join("km.po")).expect("po");
    for unit in [
        "msgctxt \"glossary.safe-migration#broker.term\"",
        "msgctxt \"glossary.safe-migration#broker.definition\"",
        "msgctxt \"agenda.safe-migration#title\"",
        "msgctxt \"agenda.safe-migration#day.1.session.1\"",
    ] {
        assert!(po.contains(unit), "{unit}");
    }
    std::fs::remove_file(&glossary).expect("rm");
    std::fs::remove_file(&agenda).expect("rm");
    let (code, out) = passage(&[
        "l10n",
        "import-content",
        s(&dir.path().join("km.xlf")),
        "--lang",
        "km",
        "--content",
        s(&copy),
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(
        !out.lines().any(|l| l.starts_with("0 unit(s) written")),
        "{out}"
    );
    assert_eq!(read_glossary(&glossary), glossary_was);
    assert_eq!(read_agenda(&agenda), agenda_was);
    let (code, out) = passage(&["content", "check", s(&pack)]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("0 error(s)"), "{out}");
}

/// The fixture packs in a temporary folder, and the Khmer XLIFF of them.
fn fixture() -> (tempfile::TempDir, PathBuf, String) {
    let dir = tempfile::tempdir().expect("dir");
    let content = dir.path().join("content");
    copy_tree(&repo().join("tests/fixtures/content"), &content);
    let xlf = dir.path().join("km.xlf");
    let (code, out) = passage(&[
        "l10n",
        "export-content",
        "--lang",
        "km",
        "--content",
        s(&content),
        "--out",
        s(&xlf),
    ]);
    assert_eq!(code, 0, "{out}");
    let text = std::fs::read_to_string(&xlf).expect("xliff");
    (dir, content, text)
}

/// Each empty unit given a "translation": the English with `ខ្មែរ ` in
/// front, the `<ph/>` codes kept, as a CAT tool writes it.
fn translate_all(xliff: &str) -> String {
    let mut out = String::new();
    let mut rest = xliff;
    let open = "<source xml:space=\"preserve\">";
    while let Some(at) = rest.find(open) {
        let end = rest[at..].find("</source>").expect("closed") + at + "</source>".len();
        out.push_str(&rest[..end]);
        let source = &rest[at + open.len()..end - "</source>".len()];
        if !rest[end..].trim_start().starts_with("<target") {
            out.push_str(&format!(
                "\n        <target xml:space=\"preserve\">ខ្មែរ {source}</target>"
            ));
        }
        rest = &rest[end..];
    }
    out + rest
}

#[test]
fn a_new_translation_comes_back_as_lesson_and_quiz_files_of_the_same_shape() {
    let (dir, content, text) = fixture();
    // The passport lesson's link travels as codes, never as words.
    assert!(
        text.contains("<data id=\"d2\">](glossary:passport)</data>"),
        "{text}"
    );
    assert!(text.contains("<ph id=\"2\" dataRef=\"d2\" disp=\"](glossary:passport)\"/>"));
    let xlf = dir.path().join("km-done.xlf");
    std::fs::write(&xlf, translate_all(&text)).expect("write");
    let (code, out) = passage(&[
        "l10n",
        "import-content",
        s(&xlf),
        "--lang",
        "km",
        "--content",
        s(&content),
    ]);
    assert_eq!(code, 0, "{out}");
    let lessons = content.join("10-sample/lessons");
    let copies = std::fs::read_to_string(lessons.join("copies/km.md")).expect("new lesson file");
    assert!(copies.contains("status = \"draft\""), "{copies}");
    let en = std::fs::read_to_string(lessons.join("copies/en.md")).expect("en");
    let hash = format!("source-hash = \"{}\"", passage_hash(&en));
    assert!(copies.contains(&hash), "{copies}");
    let quiz = std::fs::read_to_string(lessons.join("keep-your-passport/quiz.km.toml"))
        .expect("new quiz file");
    assert!(quiz.contains("prompt = \"ខ្មែរ "), "{quiz}");
    let glossary =
        std::fs::read_to_string(content.join("10-sample/glossary.km.toml")).expect("new glossary");
    assert!(glossary.contains("term = \"ខ្មែរ "), "{glossary}");
    // The checker finds no error: same headings, lists, links and tools.
    let (code, out) = passage(&["content", "check", s(&content)]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("0 error(s)"), "{out}");
    let (_, status) = passage(&[
        "l10n",
        "status",
        "--dir",
        s(&repo().join("locales")),
        "--content",
        s(&content),
    ]);
    let km = status
        .lines()
        .find(|l| l.starts_with("sample") && l.split_whitespace().nth(1) == Some("km"))
        .expect("km row");
    assert!(km.contains(" 3/3 ") && km.contains(" 1/1 "), "{status}");
}

/// The hash `passage` records for an English file: its SHA-256 through
/// `sha256sum`, line endings as they are (the fixtures use LF).
fn passage_hash(text: &str) -> String {
    let mut child = Command::new("sha256sum")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("sha256sum");
    std::io::Write::write_all(child.stdin.as_mut().expect("stdin"), text.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("sha256sum");
    let hex = String::from_utf8_lossy(&out.stdout);
    format!(
        "sha256:{}",
        hex.split_whitespace().next().unwrap_or_default()
    )
}

#[test]
fn hostile_files_are_refused_with_line_and_unit_and_nothing_is_written() {
    let (dir, content, text) = fixture();
    let done = translate_all(&text);
    let po = dir.path().join("th.po");
    let (code, out) = passage(&[
        "l10n",
        "export-content",
        "--lang",
        "th",
        "--content",
        s(&content),
        "--out",
        s(&po),
    ]);
    assert_eq!(code, 0, "{out}");
    let po_text = std::fs::read_to_string(&po).expect("po");
    let link = "[หนังสือเดินทาง](glossary:passport)";
    assert!(
        po_text.contains(link),
        "the Thai lesson has the link: {po_text}"
    );
    let before = snapshot(&content);
    let cases: Vec<(&str, &str, String, &str)> = vec![
        (
            "po",
            "a link's target changed",
            po_text.replacen(link, "[หนังสือเดินทาง](https://evil.example)", 1),
            "placeable",
        ),
        (
            "po",
            "a link left out",
            po_text.replacen(link, "หนังสือเดินทาง", 1),
            "placeable",
        ),
        (
            "po",
            "a script in a translation",
            po_text.replacen(link, &format!("{link}<script>alert(1)</script>"), 1),
            "markup",
        ),
        (
            "po",
            "a paragraph turned into a heading",
            po_text.replacen(
                &format!("msgstr \"{link}"),
                &format!("msgstr \"# {link}"),
                1,
            ),
            "block-markup",
        ),
        (
            "po",
            "English edited in the file",
            po_text.replacen("msgid \"Your [passport]", "msgid \"My [passport]", 1),
            "source-changed",
        ),
        (
            "po",
            "a unit of no lesson",
            po_text.replacen("msgctxt \"lesson.sample.", "msgctxt \"lesson.nowhere.", 1),
            "unknown-id",
        ),
        (
            "xlf",
            "an entity declaration",
            done.replacen(
                "<xliff ",
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<xliff ",
                1,
            ),
            "xml-syntax",
        ),
        (
            "xlf",
            "forged original data",
            done.replacen(
                "](glossary:passport)</data>",
                "](javascript:alert(1))</data>",
                1,
            ),
            "source-changed",
        ),
        (
            "xlf",
            "an inline element of another kind",
            done.replacen(
                "<target xml:space=\"preserve\">ខ្មែរ ",
                "<target xml:space=\"preserve\"><pc id=\"9\">x</pc>ខ្មែរ ",
                1,
            ),
            "markup",
        ),
        (
            "xlf",
            "the wrong language",
            done.replacen("trgLang=\"km\"", "trgLang=\"th\"", 1),
            "wrong-language",
        ),
    ];
    for (ext, what, body, code_word) in cases {
        let file = dir.path().join(format!("case.{ext}"));
        std::fs::write(&file, body).expect("write");
        let lang = if ext == "po" { "th" } else { "km" };
        let (code, out) = passage(&[
            "l10n",
            "import-content",
            s(&file),
            "--lang",
            lang,
            "--content",
            s(&content),
        ]);
        assert_eq!(code, 1, "{what}: {out}");
        assert!(out.contains(&format!(": {code_word}")), "{what}: {out}");
        assert!(out.contains("line "), "{what}: the line is named: {out}");
        assert!(out.contains("nothing was written"), "{what}: {out}");
        assert!(snapshot(&content) == before, "{what}: files changed");
    }
    // Not UTF-8.
    let file = dir.path().join("latin1.po");
    std::fs::write(&file, b"msgid \"\"\nmsgstr \"caf\xe9\"\n").expect("write");
    let (code, out) = passage(&[
        "l10n",
        "import-content",
        s(&file),
        "--lang",
        "th",
        "--content",
        s(&content),
    ]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("encoding"), "{out}");

    // With --partial the sound files go in and the broken one is left out:
    // a line break inside one of the fees lesson's blocks.
    let fees = done.find("<file id=\"lesson.sample.fees\"").expect("fees");
    let target = "<target xml:space=\"preserve\">ខ្មែរ ";
    let at = done[fees..].find(target).expect("a fees target") + fees + target.len();
    let mixed = format!("{}\n\n{}", &done[..at], &done[at..]);
    let file = dir.path().join("partial.xlf");
    std::fs::write(&file, &mixed).expect("write");
    let (code, out) = passage(&[
        "l10n",
        "import-content",
        s(&file),
        "--lang",
        "km",
        "--content",
        s(&content),
        "--partial",
    ]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("lesson.sample.fees#") && out.contains("(left out)"),
        "{out}"
    );
    let lessons = content.join("10-sample/lessons");
    assert!(lessons.join("copies/km.md").is_file(), "{out}");
    assert!(!lessons.join("fees/km.md").exists(), "{out}");
}
