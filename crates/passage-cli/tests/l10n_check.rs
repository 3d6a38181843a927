//! `passage l10n check` as a translator (or CI) runs it.

use std::path::Path;

mod common;
use common::{copy_tree, passage};

#[test]
fn the_shipped_translations_pass() {
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let (code, out) = passage(&["l10n", "check", locales.to_str().expect("path")]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.ends_with(&format!("0 problem(s) in {}\n", locales.display())),
        "{out}"
    );
}

#[test]
fn a_broken_translation_fails_with_file_line_and_reason() {
    let dir = tempfile::tempdir().expect("dir");
    for (lang, text) in [
        ("en", "greet = Hello { $name }\n"),
        ("km", "greet = សួស្តី { $nom }\n"),
    ] {
        std::fs::create_dir_all(dir.path().join(lang)).expect("dir");
        std::fs::write(dir.path().join(lang).join("main.ftl"), text).expect("write");
    }
    let (code, out) = passage(&["l10n", "check", dir.path().to_str().expect("path")]);
    assert_eq!(code, 1);
    let km = dir.path().join("km").join("main.ftl");
    assert!(
        out.contains(&format!(
            "{}:1: unknown-variable: `greet` uses $nom",
            km.display()
        )),
        "{out}"
    );
    let (code, json) = passage(&[
        "l10n",
        "check",
        "--format",
        "json",
        dir.path().to_str().expect("path"),
    ]);
    assert_eq!(code, 1);
    let parsed: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(parsed[0]["code"], "unknown-variable");
    let (code, _) = passage(&["l10n", "check", "/no/such/dir"]);
    assert_eq!(code, 2);
}

#[test]
fn a_translator_exports_edits_and_imports_a_po_file() {
    let dir = tempfile::tempdir().expect("dir");
    for (lang, text) in [
        ("en", "greet = Hello { $name }\nbye = Goodbye\n"),
        ("km", "greet = សួស្តី { $name }\n"),
    ] {
        std::fs::create_dir_all(dir.path().join(lang)).expect("dir");
        std::fs::write(dir.path().join(lang).join("main.ftl"), text).expect("write");
    }
    let root = dir.path().to_str().expect("path");
    let (code, status) = passage(&["l10n", "status", "--dir", root]);
    assert_eq!(code, 0);
    assert!(
        status.lines().any(|l| l.starts_with("km")
            && l.split_whitespace().rev().take(4).collect::<Vec<_>>() == ["0", "0", "1", "1/2"]),
        "{status}"
    );
    let po = dir.path().join("km.po");
    let (code, _) = passage(&[
        "l10n",
        "export",
        "--lang",
        "km",
        "--dir",
        root,
        "--out",
        po.to_str().expect("p"),
    ]);
    assert_eq!(code, 0);
    let text = std::fs::read_to_string(&po).expect("po");
    assert!(
        text.contains("msgctxt \"bye\"\nmsgid \"Goodbye\"\nmsgstr \"\""),
        "{text}"
    );
    std::fs::write(
        &po,
        text.replace(
            "msgid \"Goodbye\"\nmsgstr \"\"",
            "msgid \"Goodbye\"\nmsgstr \"លាហើយ\"",
        ),
    )
    .expect("edit");
    let (code, out) = passage(&[
        "l10n",
        "import",
        po.to_str().expect("p"),
        "--lang",
        "km",
        "--dir",
        root,
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("1 message(s) written, 1 unchanged"), "{out}");
    let km = std::fs::read_to_string(dir.path().join("km/main.ftl")).expect("km");
    assert!(km.contains("bye = លាហើយ"), "{km}");
    let (code, out) = passage(&["l10n", "check", root]);
    assert_eq!(code, 0, "{out}");

    // The English of one message changes: its translation is outdated.
    std::fs::write(
        dir.path().join("en/main.ftl"),
        "greet = Hello { $name }\nbye = Goodbye, see you\n",
    )
    .expect("write");
    let (_, status) = passage(&["l10n", "status", "--dir", root]);
    // lang name status translated missing outdated reviewed
    assert!(
        status.lines().any(|l| l.starts_with("km")
            && l.split_whitespace().rev().take(4).collect::<Vec<_>>() == ["0", "1", "0", "2/2"]),
        "{status}"
    );
}

#[test]
fn status_shows_how_far_each_course_is_translated_and_what_is_outdated() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = tempfile::tempdir().expect("dir");
    copy_tree(&repo.join("tests/fixtures/content"), dir.path());
    let content = dir.path().to_str().expect("path");
    let locales = repo.join("locales");
    let locales = locales.to_str().expect("path");
    let row = |out: &str, lang: &str| {
        out.lines()
            .find(|l| l.starts_with("sample") && l.split_whitespace().nth(1) == Some(lang))
            .map(|l| l.split_whitespace().skip(2).collect::<Vec<_>>().join(" "))
            .unwrap_or_else(|| panic!("no {lang} row in:\n{out}"))
    };
    let (code, out) = passage(&["l10n", "status", "--dir", locales, "--content", content]);
    assert_eq!(code, 0, "{out}");
    // lessons quizzes bank glossary agenda outdated reviewed
    assert_eq!(row(&out, "th"), "3/3 1/1 0/0 1/1 0/0 0 0", "{out}");
    assert_eq!(row(&out, "km"), "1/3 0/1 0/0 0/1 0/0 0 0", "{out}");

    // The author changes an English lesson: its translations are outdated.
    let en = dir
        .path()
        .join("10-sample/lessons/keep-your-passport/en.md");
    let text = std::fs::read_to_string(&en).expect("read");
    std::fs::write(
        &en,
        text.replace("Keep it yourself.", "Always keep it yourself."),
    )
    .expect("write");
    let (_, out) = passage(&["l10n", "status", "--dir", locales, "--content", content]);
    assert_eq!(row(&out, "th"), "3/3 1/1 0/0 1/1 0/0 1 0", "{out}");
    assert_eq!(row(&out, "km"), "1/3 0/1 0/0 0/1 0/0 1 0", "{out}");

    let (_, json) = passage(&[
        "l10n",
        "status",
        "--dir",
        locales,
        "--content",
        content,
        "--format",
        "json",
    ]);
    let json: serde_json::Value = serde_json::from_str(&json).expect("json");
    let th = json["content"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["lang"] == "th")
        .expect("th");
    assert_eq!(th["complete"], false, "{th}");
    assert_eq!(th["files"]["lesson"], serde_json::json!([3, 3]), "{th}");
}

#[test]
fn a_translator_can_use_xliff_instead() {
    let dir = tempfile::tempdir().expect("dir");
    for (lang, text) in [
        (
            "en",
            "greet = Hello { $name }\n\n# Leaving\nbye = Goodbye\n",
        ),
        ("km", "greet = សួស្តី { $name }\n"),
    ] {
        std::fs::create_dir_all(dir.path().join(lang)).expect("dir");
        std::fs::write(dir.path().join(lang).join("main.ftl"), text).expect("write");
    }
    let root = dir.path().to_str().expect("path");
    let xlf = dir.path().join("km.xlf");
    let (code, out) = passage(&[
        "l10n",
        "export",
        "--lang",
        "km",
        "--dir",
        root,
        "--out",
        xlf.to_str().expect("p"),
    ]);
    assert_eq!(code, 0, "{out}");
    let text = std::fs::read_to_string(&xlf).expect("xliff");
    assert!(text.contains("version=\"2.0\""), "{text}");
    let empty = "<source xml:space=\"preserve\">Goodbye</source>\n";
    assert!(text.contains(empty), "{text}");
    std::fs::write(
        &xlf,
        text.replace(empty, &format!("{empty}        <target>លាហើយ</target>\n")),
    )
    .expect("edit");
    let (code, out) = passage(&[
        "l10n",
        "import",
        xlf.to_str().expect("p"),
        "--lang",
        "km",
        "--dir",
        root,
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("1 message(s) written, 1 unchanged"), "{out}");
    let km = std::fs::read_to_string(dir.path().join("km/main.ftl")).expect("km");
    assert_eq!(km, "greet = សួស្តី { $name }\nbye = លាហើយ\n");
}
