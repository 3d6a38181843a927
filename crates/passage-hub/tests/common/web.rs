//! Helpers for the dashboard's tests: a hub with the course content and
//! messages, accounts, a cookie-keeping client, laptops with workshops.

use std::path::{Path, PathBuf};

use passage_hub::testing::{Dice, FakeWorkshop, test_questions, workshop_payloads};
use passage_store::Store;
use passage_sync::link;
use reqwest::StatusCode;

use super::{Backend, HubProcess, laptop};

pub const PASSWORD: &str = "a long enough password";

pub fn repo(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(name)
}

pub fn start(backend: Backend, extra: &[&str]) -> HubProcess {
    let content = repo("content").display().to_string();
    let locales = repo("locales").display().to_string();
    // Pages wait for just-synced records, however slow the machine.
    let mut args = vec![
        "--content",
        &content,
        "--locales",
        &locales,
        "--dashboard-wait-ms",
        "60000",
    ];
    args.extend_from_slice(extra);
    HubProcess::start(backend, &args)
}

pub fn add_user(hub: &HubProcess, org: &str, email: &str, role: &str) {
    let mut child = std::process::Command::new(super::BIN)
        .args(hub.backend.args())
        .args(["user", "add", org, email, "--role", role])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("user add");
    {
        use std::io::Write as _;
        let mut stdin = child.stdin.take().expect("stdin");
        writeln!(stdin, "{PASSWORD}").expect("password");
    }
    assert!(child.wait().expect("wait").success(), "user add {email}");
}

/// A browser: keeps cookies, does not follow redirects.
pub fn browser() -> reqwest::Client {
    passage_sync::client::install_crypto();
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

/// The hidden `csrf` value of the page's form.
pub fn csrf_of(page: &str) -> String {
    let at = page.find("name=\"csrf\" value=\"").expect("a csrf field") + 19;
    page[at..].split('"').next().expect("value").to_owned()
}

pub async fn sign_in(
    b: &reqwest::Client,
    hub: &HubProcess,
    email: &str,
    password: &str,
) -> reqwest::Response {
    let page = b
        .get(format!("{}/dashboard/login", hub.url()))
        .send()
        .await
        .expect("login page")
        .text()
        .await
        .expect("text");
    b.post(format!("{}/dashboard/login", hub.url()))
        .form(&[
            ("email", email),
            ("password", password),
            ("csrf", &csrf_of(&page)),
        ])
        .send()
        .await
        .expect("sign in")
}

pub async fn page(b: &reqwest::Client, hub: &HubProcess, path: &str) -> (StatusCode, String) {
    let r = b
        .get(format!("{}{path}", hub.url()))
        .send()
        .await
        .expect("page");
    (r.status(), r.text().await.expect("text"))
}

/// Laptop `name` enrolled with `org`, holding `workshops` made-up workshops
/// of `people` each, synced.
pub async fn laptop_with_workshops(
    dir: &Path,
    hub: &HubProcess,
    code: &str,
    name: &str,
    workshops: &[(usize, &str, &str)],
) -> Store {
    let mut store = laptop(dir, name);
    let hub_link = link::enrol(&mut store, &hub.url(), code, name)
        .await
        .expect("enrols");
    let questions = test_questions(&repo("content"), "safe-migration", 6).expect("questions");
    let mut dice = Dice::new(name.len() as u64 + 7);
    for (i, (people, trainer, date)) in workshops.iter().enumerate() {
        let w = FakeWorkshop {
            id: format!("{name}-w{i}"),
            trainer: (*trainer).to_owned(),
            date: (*date).to_owned(),
            people: *people,
            lesson_records: 1,
        };
        store
            .append(
                &hub_link.scope(),
                workshop_payloads(&w, &questions, &mut dice),
            )
            .expect("append");
    }
    let report = link::sync(&mut store).await.expect("syncs");
    assert!(report.mismatches.is_empty());
    store
}

/// The two laptops every dashboard test reads: Luzon (Maria Santos: 24 and
/// 18 people) and Mindanao (Jun Reyes: 20 and 3), synced. Returns Mindanao.
pub async fn two_laptops(dir: &Path, hub: &HubProcess, codes: &[String]) -> Store {
    laptop_with_workshops(
        dir,
        hub,
        &codes[0],
        "Laptop Luzon",
        &[
            (24, "Maria Santos", "2026-03-10"),
            (18, "Maria Santos", "2026-04-14"),
        ],
    )
    .await;
    laptop_with_workshops(
        dir,
        hub,
        &codes[1],
        "Laptop Mindanao",
        &[
            (20, "Jun Reyes", "2026-04-20"),
            (3, "Jun Reyes", "2026-05-02"),
        ],
    )
    .await
}
