//! `passage content check` as an author runs it.

use std::path::{Path, PathBuf};
use std::process::Command;

fn passage(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_passage"))
        .args(args)
        .output()
        .expect("run passage");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn the_bundled_content_passes() {
    let content = repo().join("content");
    let (code, out, err) = passage(&["content", "check", &content.to_string_lossy()]);
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(out.contains("0 error(s)"), "{out}");
    assert!(out.contains("in 2 pack(s)"), "{out}");
    // Every translation keeps its source's shape (Markdown blocks, tools,
    // links, list lengths; quiz option ids are errors above) and is current.
    for code in [
        "translation-structure",
        "outdated-translation",
        "unclosed-emphasis",
    ] {
        assert!(!out.contains(code), "{code}:\n{out}");
    }

    // The reader's test fixture is a valid pack too.
    let fixture = repo().join("tests/fixtures/content");
    let (code, out, err) = passage(&["content", "check", &fixture.to_string_lossy()]);
    assert_eq!(code, 0, "{out}\n{err}");
}

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

/// A small pack with one good lesson and one of each common mistake.
fn broken_pack(root: &Path) {
    write(
        root,
        "pack/pack.toml",
        "id = \"p\"\nversion = \"1.0.0\"\npublisher = \"P\"\nlicence = \"CC-BY-4.0\"\n\
         source-locale = \"en\"\nlocales = [\"en\", \"km\"]\n[translation-status]\nkm = \"draft\"\n\
         [title]\nen = \"T\"\nkm = \"ត\"\n[description]\nen = \"D\"\nkm = \"ព\"\n\
         [[modules]]\nid = \"m\"\ntitle = { en = \"M\" }\nlessons = [\"good\", \"bad\", \"gone\", \"latin\"]\n",
    );
    let front = |id: &str, extra: &str| {
        format!(
            "+++\nid = \"{id}\"\ntitle = \"A lesson\"\nminutes = 5\nobjectives = [\"Know\"]\n{extra}+++\n"
        )
    };
    let good_en = format!("{}Hello.\n\n![Flyer](media/flyer.png)\n", front("good", ""));
    write(root, "pack/lessons/good/en.md", &good_en);
    write(root, "pack/lessons/good/media/flyer.png", "png");
    let hash = passage_content::source_hash(&good_en);
    write(
        root,
        "pack/lessons/good/km.md",
        &format!(
            "{}**សួស្តី។**ក\n\n![Flyer](media/flyer.png)\n\n- ក\n",
            front(
                "good",
                &format!("source-hash = \"{hash}\"\nstatus = \"draft\"\n")
            )
        ),
    );
    write(
        root,
        "pack/lessons/bad/en.md",
        &format!(
            "{}Line one.\n\n<script>alert(1)</script>\n\n::crypto-wallet\n\n![x](missing.png)\n\n\
             See [fees](lesson:nowhere), [red flags](lesson:good) and [a term](glossary:unknown).\n",
            front("bad", "")
        ),
    );
    write(
        root,
        "pack/lessons/bad/km.md",
        &front(
            "bad",
            "source-hash = \"sha256:0000000000000000000000000000000000000000000000000000000000000000\"\n",
        ),
    );
    write(
        root,
        "pack/lessons/bad/quiz.toml",
        "[[question]]\nid = \"q1\"\ntype = \"single\"\noptions = [\"a\", \"b\"]\ncorrect = [\"a\", \"b\"]\n",
    );
    write(root, "pack/lessons/stray/en.md", &front("stray", ""));
    // Translated words files say where they come from, at the top.
    write(
        root,
        "pack/glossary.km.toml",
        "[remittance]\nterm = \"ប្រាក់ផ្ញើ\"\ndefinition = \"ប្រាក់ផ្ញើទៅផ្ទះ។\"\n",
    );
    write(
        root,
        "pack/bank/m.km.toml",
        "status = \"draft\"\nsource-hash = \"sha256:1111111111111111111111111111111111111111111111111111111111111111\"\n\n\
         [m-1]\nprompt = \"ក?\"\noptions.true = { text = \"ពិត\", feedback = \"បាទ។\" }\n\
         options.false = { text = \"មិនពិត\", feedback = \"ទេ។\" }\n",
    );
    write(
        root,
        "pack/glossary.en.toml",
        "[remittance]\nterm = \"Remittance\"\ndefinition = \"Money sent home.\"\n",
    );
    write(
        root,
        "pack/bank/m.toml",
        "[[question]]\nid = \"m-1\"\ntype = \"true-false\"\noptions = [\"true\", \"false\"]\n\
         correct = [\"true\"]\nobjectives = [\"good#1\"]\n\n\
         [[question]]\nid = \"m-2\"\ntype = \"true-false\"\noptions = [\"true\", \"false\"]\n\
         correct = [\"false\"]\nobjectives = [\"good#5\"]\n",
    );
    write(
        root,
        "pack/bank/m.en.toml",
        "[m-1]\nprompt = \"A?\"\noptions.true = { text = \"True\", feedback = \"Yes.\" }\n\
         options.false = { text = \"False\", feedback = \"No.\" }\n\
         [m-2]\nprompt = \"B?\"\noptions.true = { text = \"True\", feedback = \"No.\" }\n\
         options.false = { text = \"False\", feedback = \"\" }\n",
    );
    write(
        root,
        "pack/agenda.toml",
        "title = \"Day\"\n[[day]]\n[[day.session]]\nstart = \"09:00\"\nminutes = 60\nkind = \"lesson\"\n\
         title = \"One\"\nlessons = [\"good\"]\n[[day.session]]\nstart = \"09:30\"\nminutes = 30\n\
         kind = \"lesson\"\ntitle = \"Two\"\nlessons = [\"nowhere\"]\n",
    );
    write(
        root,
        "pack/contacts.toml",
        "[[contact]]\nname = \"Centre\"\nkind = \"ngo\"\ncountry = \"TH\"\nphone = \"1\"\n\
         source = \"\"\nchecked = 2026-01-01\n",
    );
    // A source lesson saved in another encoding: not "missing", but "not UTF-8" at its line.
    let mut latin1 = front("latin", "").into_bytes();
    latin1.extend_from_slice(b"Caf\xe9\n");
    let path = root.join("pack/lessons/latin/en.md");
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, latin1).expect("write");
}

#[test]
fn every_problem_is_reported_with_file_and_line_and_the_exit_code_fails() {
    let dir = tempfile::tempdir().expect("tempdir");
    broken_pack(dir.path());
    let (code, out, _) = passage(&["content", "check", &dir.path().to_string_lossy()]);
    assert_eq!(code, 1, "{out}");
    for want in [
        "pack/lessons/bad/en.md:9: error[raw-html]",
        "pack/lessons/bad/en.md:11: error[unknown-directive]: `::crypto-wallet`",
        "pack/lessons/bad/en.md:13: error[missing-media]",
        "pack/lessons/bad/km.md:6: warning[outdated-translation]: en.md changed",
        "pack/lessons/good/km.md:13: warning[translation-structure]: the translation has a list more than the source",
        "pack/lessons/good/km.md:9: warning[unclosed-emphasis]: this `**` does not close",
        "pack/glossary.km.toml:1: error[source-hash]: a translation needs `source-hash` (of glossary.en.toml",
        "pack/bank/m.km.toml:2: warning[outdated-translation]: m.en.toml changed",
        "pack/lessons/bad/quiz.toml:2: error[quiz-key]: question `q1` is single choice",
        "pack/lessons/bad/quiz.en.toml:1: error[missing-translation]",
        "pack/lessons/gone/en.md:1: error[missing-lesson]",
        "pack/lessons/good/km.md:1: warning[draft-translation]",
        "pack/lessons/stray:1: warning[unlisted-lesson]",
        "pack/lessons/latin/en.md:7: error[lesson]: the file is not valid UTF-8",
        "pack/lessons/bad/en.md:15: error[broken-link]: `lesson:nowhere`",
        "pack/lessons/bad/en.md:15: error[broken-link]: `glossary:unknown`",
        "pack/bank/m.toml:13: error[bank]: `good#5` is not an objective",
        "pack/bank/m.en.toml:5: error[bank]: question `m-2`: option `false` needs both",
        "pack/agenda.toml:10: error[agenda]: day 1: the session at 09:30 starts before",
        "pack/agenda.toml:14: error[agenda]: the pack has no lesson `nowhere`",
        "pack/contacts.toml:1: error[contacts]: `Centre` needs a `source`",
    ] {
        assert!(out.contains(want), "missing `{want}` in:\n{out}");
    }
    assert!(
        !out.contains("lessons/good/en.md"),
        "the good lesson has no problems (its objective is covered):\n{out}"
    );
    assert!(
        !out.contains("lesson:good`"),
        "a link to an existing lesson is fine:\n{out}"
    );
}

#[test]
fn json_output_is_machine_readable() {
    let dir = tempfile::tempdir().expect("tempdir");
    broken_pack(dir.path());
    let (code, out, _) = passage(&[
        "content",
        "check",
        &dir.path().to_string_lossy(),
        "--format",
        "json",
    ]);
    assert_eq!(code, 1);
    let report: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    assert_eq!(report["packs"], serde_json::json!(["p"]));
    assert!(report["errors"].as_u64().unwrap_or(0) >= 6, "{report}");
    let first = &report["diagnostics"][0];
    for field in ["severity", "code", "file", "line", "message"] {
        assert!(!first[field].is_null(), "{field} missing in {first}");
    }
}

#[test]
fn warnings_alone_do_not_fail_and_a_folder_without_packs_does() {
    let dir = tempfile::tempdir().expect("tempdir");
    broken_pack(dir.path());
    std::fs::remove_dir_all(dir.path().join("pack/lessons/bad")).expect("rm");
    std::fs::remove_dir_all(dir.path().join("pack/lessons/latin")).expect("rm");
    for extra in ["bank", "agenda.toml", "contacts.toml", "glossary.km.toml"] {
        let path = dir.path().join("pack").join(extra);
        if path.is_dir() {
            std::fs::remove_dir_all(path).expect("rm");
        } else {
            std::fs::remove_file(path).expect("rm");
        }
    }
    let manifest = dir.path().join("pack/pack.toml");
    let text = std::fs::read_to_string(&manifest).expect("read");
    std::fs::write(
        &manifest,
        text.replace("\"good\", \"bad\", \"gone\", \"latin\"", "\"good\""),
    )
    .expect("write");
    let (code, out, _) = passage(&[
        "content",
        "check",
        &dir.path().join("pack").to_string_lossy(),
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("0 error(s)"), "{out}");

    let empty = tempfile::tempdir().expect("tempdir");
    let (code, _, err) = passage(&["content", "check", &empty.path().to_string_lossy()]);
    assert_eq!(code, 2);
    assert!(err.contains("no course pack"), "{err}");
}

#[test]
fn many_lessons_are_reported_in_manifest_order_even_when_checked_in_parallel() {
    let dir = tempfile::tempdir().expect("tempdir");
    // Listed in an order that is not alphabetical, with one listed twice.
    let ids: Vec<String> = (0..20).rev().map(|n| format!("lesson-{n:02}")).collect();
    let mut listed: Vec<String> = ids.iter().map(|id| format!("\"{id}\"")).collect();
    listed.insert(10, "\"lesson-15\"".into());
    write(
        dir.path(),
        "pack/pack.toml",
        &format!(
            "id = \"p\"\nversion = \"1.0.0\"\npublisher = \"P\"\nlicence = \"CC-BY-4.0\"\n\
             source-locale = \"en\"\nlocales = [\"en\"]\n[title]\nen = \"T\"\n[description]\nen = \"D\"\n\
             [[modules]]\nid = \"m\"\ntitle = {{ en = \"M\" }}\nlessons = [{}]\n",
            listed.join(", ")
        ),
    );
    for id in &ids {
        write(
            dir.path(),
            &format!("pack/lessons/{id}/en.md"),
            &format!(
                "+++\nid = \"{id}\"\ntitle = \"A\"\nminutes = 5\nobjectives = [\"Know\"]\n+++\n\n::no-such-tool-{id}\n"
            ),
        );
    }
    let (code, out, _) = passage(&["content", "check", &dir.path().to_string_lossy()]);
    assert_eq!(code, 1);
    let order: Vec<&str> = out
        .lines()
        .filter_map(|l| {
            if l.contains("listed twice") {
                Some("duplicate")
            } else {
                l.split("::no-such-tool-").nth(1)?.split('`').next()
            }
        })
        .collect();
    let mut want: Vec<&str> = ids.iter().map(String::as_str).collect();
    want.insert(10, "duplicate");
    assert_eq!(order, want, "{out}");
}
