//! `passage l10n check` as a translator (or CI) runs it.

use std::path::Path;
use std::process::Command;

fn passage(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_passage"))
        .args(args)
        .output()
        .expect("run passage");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

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
