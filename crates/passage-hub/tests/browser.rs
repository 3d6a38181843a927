//! The dashboard in a real browser: Debian's Chromium, driven by
//! playwright-core (`ui/hub-browser/dashboard.mjs`), against the real hub
//! filled by two laptops' syncs. The script signs in with JavaScript off,
//! visits every page in English and four other languages, downloads the
//! CSV, saves screenshots (`target/hub-screenshots/`) and runs axe-core on
//! every page: no serious or critical violation may remain.

mod common;

use std::process::Command;

use common::web::{PASSWORD, add_user, repo, start, two_laptops};
use common::{Backend, runtime};

#[test]
fn the_dashboard_reads_in_chromium_and_passes_axe() {
    let dir = tempfile::tempdir().expect("dir");
    let hub = start(Backend::Sqlite(dir.path().join("hub")), &[]);
    let codes = hub.org("acme", 2);
    add_user(&hub, "acme", "manager@acme.org", "manager");
    runtime().block_on(async {
        two_laptops(dir.path(), &hub, &codes).await;
    });
    let out = repo("target/hub-screenshots");
    let run = Command::new("node")
        .arg(repo("ui/hub-browser/dashboard.mjs"))
        .env("HUB_URL", hub.url())
        .env("HUB_EMAIL", "manager@acme.org")
        .env("HUB_PASSWORD", PASSWORD)
        .env("WORKSHOP", "Laptop Luzon-w0")
        .env("OUT_DIR", &out)
        .output()
        .expect("node runs (cargo xtask setup installs playwright-core, axe-core and chromium)");
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        run.status.success(),
        "browser checks failed:\n{stdout}\n{stderr}"
    );
    // Every page was checked, and the run says so.
    let checked = stdout
        .lines()
        .filter(|l| l.starts_with("{\"page\""))
        .count();
    assert_eq!(checked, 15, "{stdout}");
    assert!(stdout.contains("{\"ok\":true}"));
    for shot in [
        "login",
        "overview",
        "groups",
        "questions",
        "overview-th",
        "groups-km",
    ] {
        let png = out.join(format!("{shot}.png"));
        let bytes = std::fs::read(&png).unwrap_or_else(|e| panic!("{}: {e}", png.display()));
        assert!(
            bytes.starts_with(b"\x89PNG") && bytes.len() > 10_000,
            "{shot} screenshot"
        );
    }
}
