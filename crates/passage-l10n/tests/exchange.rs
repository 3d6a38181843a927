//! Exchange files for translators, over copies of the shipped locales: PO
//! export checked by GNU gettext's `msgfmt --check`, a round trip that
//! changes nothing, and a hostile import corpus refused line by line with
//! nothing written.

use std::path::{Path, PathBuf};
use std::process::Command;

use passage_l10n::exchange::{ImportError, import_po, to_po, units};
use passage_l10n::xliff::{import_xliff, to_xliff};
use passage_l10n::{Locale, Messages, check_locales};

const LANGUAGES: [&str; 8] = ["fil", "id", "vi", "th", "km", "my", "lo", "ms"];

fn shipped() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

/// A copy of the shipped locales to import into.
fn copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("dir");
    for lang in std::fs::read_dir(shipped()).expect("locales").flatten() {
        let to = dir.path().join(lang.file_name());
        std::fs::create_dir_all(&to).expect("dir");
        for file in std::fs::read_dir(lang.path()).expect("lang").flatten() {
            std::fs::copy(file.path(), to.join(file.file_name())).expect("copy");
        }
    }
    dir
}

fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for lang in std::fs::read_dir(dir).expect("dir").flatten() {
        for file in std::fs::read_dir(lang.path()).expect("lang").flatten() {
            out.push((file.path(), std::fs::read(file.path()).expect("read")));
        }
    }
    out.sort();
    out
}

#[test]
fn every_language_exports_a_po_file_gnu_gettext_accepts() {
    let dir = tempfile::tempdir().expect("dir");
    for lang in LANGUAGES {
        let units = units(&shipped(), lang);
        assert!(units.len() > 400, "{lang}: {}", units.len());
        assert!(
            units.iter().all(|u| u.target.is_some()),
            "{lang}: all translated"
        );
        let po = dir.path().join(format!("{lang}.po"));
        std::fs::write(&po, to_po(lang, &units)).expect("write");
        let out = Command::new("msgfmt")
            .args(["--check", "--statistics", "-o", "/dev/null"])
            .arg(&po)
            .output()
            .expect("msgfmt (Debian package gettext) runs");
        assert!(
            out.status.success(),
            "{lang}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let stats = String::from_utf8_lossy(&out.stderr);
        assert!(
            stats.contains(&format!("{} translated messages", units.len())),
            "{lang}: {stats}"
        );
    }
}

#[test]
fn exporting_and_importing_back_changes_no_message() {
    let dir = copy();
    let before = Messages::load(dir.path()).expect("load");
    for lang in ["km", "fil", "my"] {
        let po = to_po(lang, &units(dir.path(), lang));
        let report = import_po(dir.path(), lang, po.as_bytes(), false).expect("imports");
        assert_eq!(report.written, 0, "{lang}: {report:?}");
        assert!(report.unchanged > 400, "{lang}: {report:?}");
        assert!(report.problems.is_empty());
    }
    assert!(
        check_locales(dir.path()).is_empty(),
        "{:?}",
        check_locales(dir.path())
    );
    let after = Messages::load(dir.path()).expect("load");
    for lang in ["km", "fil", "my"] {
        let locale = Locale::parse(lang).expect("locale");
        for id in [
            "sync-waiting",
            "cert-body",
            "profiles-new",
            "report-col-pre-avg",
        ] {
            let args = [
                ("count", 2u32.into()),
                ("workshop", "W".into()),
                ("organisation", "O".into()),
                ("dates", "D".into()),
                ("hours", 6u32.into()),
            ];
            assert_eq!(
                before.format(&locale, id, &args),
                after.format(&locale, id, &args),
                "{lang} {id}"
            );
        }
    }
}

fn po_with(unit: &str) -> String {
    format!("msgid \"\"\nmsgstr \"\"\n\"Language: km\\n\"\n\n{unit}")
}

#[test]
fn a_hostile_import_is_refused_line_by_line_and_writes_nothing() {
    let dir = copy();
    let before = snapshot(dir.path());
    let cases: [(&str, String, &str, usize); 9] = [
        (
            "unknown id",
            po_with("msgctxt \"no-such-message\"\nmsgid \"x\"\nmsgstr \"y\"\n"),
            "unknown-id",
            5,
        ),
        (
            "a variable the English does not have",
            po_with("msgctxt \"sync-enrolled\"\nmsgid \"x\"\nmsgstr \"{ $orgg } { $url }\"\n"),
            "unknown-variable",
            5,
        ),
        (
            "HTML injection",
            po_with(
                "msgctxt \"sync-now\"\nmsgid \"Sync now\"\nmsgstr \"<img src=x onerror=alert(1)>\"\n",
            ),
            "markup",
            5,
        ),
        (
            "a script link",
            po_with("msgctxt \"sync-now\"\nmsgid \"Sync now\"\nmsgstr \"javascript:alert(1)\"\n"),
            "markup",
            5,
        ),
        (
            "broken Fluent",
            po_with("msgctxt \"sync-waiting\"\nmsgid \"x\"\nmsgstr \"{ $count \"\n"),
            "fluent-syntax",
            5,
        ),
        (
            "a plural category Khmer never uses",
            po_with(
                "msgctxt \"sync-waiting\"\nmsgid \"x\"\nmsgstr \"\"\n\"{ $count ->\\n\"\n\"    [one] មួយ\\n\"\n\"   *[other] { $count }\\n\"\n\"}\"\n",
            ),
            "plural-category",
            5,
        ),
        (
            "a string not closed",
            po_with("msgctxt \"sync-now\"\nmsgid \"x\"\nmsgstr \"y\n"),
            "po-syntax",
            7,
        ),
        (
            "gettext plurals",
            po_with("msgctxt \"sync-now\"\nmsgid \"x\"\nmsgid_plural \"xs\"\nmsgstr[0] \"y\"\n"),
            "po-syntax",
            7,
        ),
        (
            "not UTF-8",
            String::from_utf8_lossy(b"msgctxt \"sync-now\"\n").into_owned() + "\u{FFFD}",
            "encoding",
            2,
        ),
    ];
    for (name, po, code, line) in cases {
        let bytes: Vec<u8> = if code == "encoding" {
            let mut b = po.replace('\u{FFFD}', "").into_bytes();
            b.extend_from_slice(b"msgstr \"\xff\xfe\"\n");
            b
        } else {
            po.into_bytes()
        };
        match import_po(dir.path(), "km", &bytes, false) {
            Err(ImportError::Refused(problems)) => {
                assert!(
                    problems.iter().any(|p| p.code == code && p.line == line),
                    "{name}: {problems:?}"
                );
            }
            other => panic!("{name}: not refused: {other:?}"),
        }
        assert_eq!(snapshot(dir.path()), before, "{name}: nothing written");
    }
}

#[test]
fn a_partial_import_writes_only_the_sound_units() {
    let dir = copy();
    let po = po_with(
        "msgctxt \"sync-now\"\nmsgid \"Sync now\"\nmsgstr \"ធ្វើសមកាលកម្មឥឡូវ\"\n\n\
         msgctxt \"sync-never\"\nmsgid \"never\"\nmsgstr \"<b>never</b>\"\n",
    );
    assert!(matches!(
        import_po(dir.path(), "km", po.as_bytes(), false),
        Err(ImportError::Refused(_))
    ));
    let report = import_po(dir.path(), "km", po.as_bytes(), true).expect("partial");
    assert_eq!((report.written, report.skipped), (1, 1));
    assert_eq!(report.problems[0].code, "markup");
    let messages = Messages::load(dir.path()).expect("load");
    let km = Locale::parse("km").expect("km");
    assert_eq!(messages.format(&km, "sync-now", &[]), "ធ្វើសមកាលកម្មឥឡូវ");
    assert!(check_locales(dir.path()).is_empty());
}

/// Translate Toolkit's Python (installed by `cargo xtask setup`).
fn translate_toolkit() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/tools/translate-toolkit/bin/python")
}

/// What Translate Toolkit's XLIFF 2.0 reader makes of a file.
const READ_WITH_TRANSLATE_TOOLKIT: &str = r#"
import json, sys
from translate.storage import xliff2
store = xliff2.Xliff2File.parsefile(sys.argv[1])
units = [u for u in store.units if not u.isheader()]
print(json.dumps({
    "source": store.getsourcelanguage(),
    "target": store.gettargetlanguage(),
    "units": [[u.getid(), u.source, u.target, u.istranslated()] for u in units],
}, ensure_ascii=False))
"#;

#[test]
fn every_language_exports_xliff_translate_toolkit_reads_unit_for_unit() {
    let dir = tempfile::tempdir().expect("dir");
    for lang in LANGUAGES {
        let units = units(&shipped(), lang);
        let file = dir.path().join(format!("{lang}.xlf"));
        std::fs::write(&file, to_xliff(lang, &units)).expect("write");
        let out = Command::new(translate_toolkit())
            .arg("-c")
            .arg(READ_WITH_TRANSLATE_TOOLKIT)
            .arg(&file)
            .output()
            .expect("Translate Toolkit runs (cargo xtask setup installs it)");
        assert!(
            out.status.success(),
            "{lang}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let read: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        assert_eq!(read["source"], "en");
        assert_eq!(read["target"], lang);
        let read = read["units"].as_array().expect("units");
        assert_eq!(read.len(), units.len(), "{lang}: every message a unit");
        for (u, r) in units.iter().zip(read) {
            assert_eq!(r[0], u.id.as_str(), "{lang}");
            assert_eq!(r[1], u.source.as_str(), "{lang} {}: source intact", u.id);
            assert_eq!(
                r[2],
                u.target.as_deref().unwrap_or_default(),
                "{lang} {}: translation intact",
                u.id
            );
            assert_eq!(r[3], u.target.is_some(), "{lang} {}", u.id);
        }
    }
}

#[test]
fn an_xliff_round_trip_changes_no_file() {
    let dir = copy();
    let before = snapshot(dir.path());
    for lang in ["km", "fil", "my"] {
        let xliff = to_xliff(lang, &units(dir.path(), lang));
        let report = import_xliff(dir.path(), lang, xliff.as_bytes(), false).expect("imports");
        assert_eq!(report.written, 0, "{lang}: {report:?}");
        assert!(report.unchanged > 400, "{lang}: {report:?}");
    }
    let changed: Vec<_> = snapshot(dir.path())
        .into_iter()
        .zip(&before)
        .filter(|(a, b)| a != *b)
        .map(|(a, _)| a.0)
        .collect();
    assert!(changed.is_empty(), "{changed:?}");
}

fn xliff_with(units: &str) -> String {
    format!(
        "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" \
         version=\"2.0\" srcLang=\"en\" trgLang=\"km\">\n<file id=\"f\">\n{units}</file>\n</xliff>\n"
    )
}

fn unit(id: &str, target: &str) -> String {
    format!(
        "<unit id=\"{id}\">\n<segment>\n<source>x</source>\n<target>{target}</target>\n</segment>\n</unit>\n"
    )
}

#[test]
fn a_hostile_xliff_is_refused_with_its_line_and_writes_nothing() {
    let dir = copy();
    let before = snapshot(dir.path());
    let cases: Vec<(&str, String, &str, usize)> = vec![
        (
            "broken XML",
            xliff_with("<unit id=\"sync-now\">\n<segment><target>x</segment>\n</unit>\n"),
            "xml-syntax",
            5,
        ),
        (
            "an entity bomb",
            format!(
                "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\n{}",
                xliff_with(&unit("sync-now", "&b;"))
                    .trim_start_matches("<?xml version=\"1.0\"?>\n")
            ),
            "xml-syntax",
            2,
        ),
        (
            "XLIFF 1.2",
            "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"/>\n".into(),
            "xliff-version",
            2,
        ),
        (
            "another language",
            xliff_with(&unit("sync-now", "y")).replace("trgLang=\"km\"", "trgLang=\"lo\""),
            "wrong-language",
            2,
        ),
        (
            "an unknown message",
            xliff_with(&unit("no-such-message", "y")),
            "unknown-id",
            4,
        ),
        (
            "a wrong placeable",
            xliff_with(&unit("sync-enrolled", "{ $orgg } { $url }")),
            "unknown-variable",
            4,
        ),
        (
            "HTML injection, escaped",
            xliff_with(&unit("sync-now", "&lt;img src=x onerror=alert(1)&gt;")),
            "markup",
            4,
        ),
        (
            "HTML injection, as elements",
            xliff_with(&unit("sync-now", "<b xmlns=\"http://www.w3.org/1999/xhtml\">now</b>")),
            "markup",
            7,
        ),
        (
            "broken Fluent",
            xliff_with(&unit("sync-waiting", "{ $count ")),
            "fluent-syntax",
            4,
        ),
        (
            "the same message twice",
            xliff_with(&(unit("sync-now", "a") + &unit("sync-now", "b"))),
            "duplicate-id",
            10,
        ),
    ];
    for (name, xml, code, line) in cases {
        match import_xliff(dir.path(), "km", xml.as_bytes(), false) {
            Err(ImportError::Refused(problems)) => {
                assert!(
                    problems.iter().any(|p| p.code == code && p.line == line),
                    "{name}: {problems:?}"
                );
            }
            other => panic!("{name}: not refused: {other:?}"),
        }
        assert_eq!(snapshot(dir.path()), before, "{name}: nothing written");
    }
    let mut latin1 = xliff_with(&unit("sync-now", "X")).into_bytes();
    let at = latin1.iter().position(|b| *b == b'X').expect("X");
    latin1[at] = 0xE9;
    assert!(matches!(
        import_xliff(dir.path(), "km", &latin1, false),
        Err(ImportError::Refused(p)) if p[0].code == "encoding" && p[0].line == 7
    ));
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn a_translation_is_outdated_once_its_english_changes_until_translated_again() {
    let dir = copy();
    let outdated = |dir: &Path| -> Vec<String> {
        units(dir, "km")
            .into_iter()
            .filter(passage_l10n::exchange::Unit::outdated)
            .map(|u| u.id)
            .collect()
    };
    assert!(
        outdated(dir.path()).is_empty(),
        "{:?}",
        outdated(dir.path())
    );

    // The English of one message changes.
    let en = dir.path().join("en/reader.ftl");
    let text = std::fs::read_to_string(&en).expect("en");
    std::fs::write(
        &en,
        text.replace("nav-home = Home\n", "nav-home = Home page\n"),
    )
    .expect("write");
    assert_eq!(outdated(dir.path()), ["nav-home"]);

    // A newer export brought back with the same Khmer: still outdated.
    let po = to_po("km", &units(dir.path(), "km"));
    import_po(dir.path(), "km", po.as_bytes(), false).expect("imports");
    assert_eq!(outdated(dir.path()), ["nav-home"]);

    // A translation made from the new English (its export's hash) is not.
    let nav: Vec<_> = units(dir.path(), "km")
        .into_iter()
        .filter(|u| u.id == "nav-home")
        .collect();
    let po = to_po("km", &nav).replace("ទំព័រដើម", "ទំព័រដើមវិញ");
    let report = import_po(dir.path(), "km", po.as_bytes(), false).expect("imports");
    assert_eq!(report.written, 1);
    assert!(outdated(dir.path()).is_empty());

    // One made from an older English (an old file's hash) is outdated at once.
    let old = to_xliff("km", &nav)
        .replace(&nav[0].source_hash, "0123456789abcdef")
        .replace("ទំព័រដើម", "ផ្ទះ");
    import_xliff(dir.path(), "km", old.as_bytes(), false).expect("imports");
    assert_eq!(outdated(dir.path()), ["nav-home"]);

    // An unreadable sources.toml is named with its line, and not overwritten.
    let sources = dir.path().join("km/sources.toml");
    std::fs::write(&sources, "[translated-from]\nnav-home = \n").expect("write");
    assert!(
        passage_l10n::sources::problem(dir.path(), "km")
            .is_some_and(|p| p.to_string().contains("sources.toml:2")),
        "{:?}",
        passage_l10n::sources::problem(dir.path(), "km")
    );
    let po = to_po("km", &nav).replace("ទំព័រដើម", "ទំព័រ");
    let km = std::fs::read(dir.path().join("km/reader.ftl")).expect("km");
    let err = import_po(dir.path(), "km", po.as_bytes(), false).expect_err("refused");
    assert!(err.to_string().contains("sources.toml:2"), "{err}");
    assert_eq!(
        std::fs::read(dir.path().join("km/reader.ftl")).expect("km"),
        km,
        "nothing written"
    );
}
