//! The organisations' dashboard, over HTTP against the real `passage-hub`
//! binary, with data two laptops (real store files) synced: what a
//! programme manager reads, who may read it, and what stays hidden.

mod common;

use common::web::{
    PASSWORD, add_user, browser, csrf_of, laptop_with_workshops, page, sign_in, start, two_laptops,
};
use common::{Backend, runtime};
use passage_hub::testing::TempPostgres;
use reqwest::StatusCode;
use reqwest::header::{CONTENT_SECURITY_POLICY, SET_COOKIE};

/// The main flow on one backend: two laptops sync, a manager and a viewer read.
fn two_laptops_and_their_readers(backend: Backend) {
    let dir = tempfile::tempdir().expect("dir");
    let hub = start(backend, &[]);
    let codes = hub.org("acme", 2);
    add_user(&hub, "acme", "manager@acme.org", "manager");
    add_user(&hub, "acme", "viewer@acme.org", "viewer");
    runtime().block_on(async {
        let mut mindanao = two_laptops(dir.path(), &hub, &codes).await;

        let manager = browser();
        let r = sign_in(&manager, &hub, "Manager@Acme.org", PASSWORD).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "signed in");
        let (status, overview) = page(&manager, &hub, "/dashboard").await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            overview.contains("What the workshops achieved"),
            "{overview}"
        );
        // 24 + 18 + 20 + 3 people in 4 workshops.
        assert!(
            overview.contains("<p class=\"value\">65</p>"),
            "learners: {overview}"
        );
        assert!(overview.contains("<p class=\"value\">4</p>"), "workshops");
        assert!(
            overview.contains("2026-03") && overview.contains("2026-05"),
            "months"
        );
        assert!(
            overview.contains("<svg"),
            "the chart is drawn on the server"
        );

        let (_, groups) = page(&manager, &hub, "/dashboard/groups").await;
        for heading in [
            "By sex",
            "By age",
            "By country of origin",
            "By destination",
            "By work sector",
            "Woman",
            "Philippines",
            "Saudi Arabia",
        ] {
            assert!(groups.contains(heading), "{heading} in {groups}");
        }

        let (_, workshops) = page(&manager, &hub, "/dashboard/workshops").await;
        assert!(workshops.contains("Maria Santos") && workshops.contains("Jun Reyes"));
        // The workshop of 3 is withheld.
        assert!(workshops.contains("withheld"), "small workshop withheld");

        let (_, trainers) = page(&manager, &hub, "/dashboard/trainers").await;
        let maria = trainers.find("Maria Santos").expect("Maria");
        let jun = trainers.find("Jun Reyes").expect("Jun");
        assert!(maria < jun, "most people first");
        assert!(trainers[maria..].contains(">42<"), "42 people for Maria");

        let (_, questions) = page(&manager, &hub, "/dashboard/questions").await;
        assert!(
            questions.contains("recruitment-and-fees-1"),
            "question ids: {questions}"
        );
        assert!(
            !questions.contains("this hub does not have"),
            "every prompt known"
        );
        assert!(questions.contains("%</td>"), "shares of right answers");

        let (_, devices) = page(&manager, &hub, "/dashboard/devices").await;
        assert!(devices.contains("Laptop Luzon") && devices.contains("Laptop Mindanao"));

        // A manager sees names, and that look is audited.
        let (status, one) = page(&manager, &hub, "/dashboard/workshops/Laptop%20Luzon-w0").await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            one.contains("Person 0 of Laptop Luzon-w0"),
            "names for managers"
        );
        let (_, audit) = page(&manager, &hub, "/dashboard/audit").await;
        assert!(audit.contains("view-participants") && audit.contains("sign-in"));

        // Exports: aggregate, small groups withheld, audited.
        let csv = manager
            .get(format!("{}/dashboard/export.csv", hub.url()))
            .send()
            .await
            .expect("csv");
        assert_eq!(csv.status(), StatusCode::OK);
        let csv = csv.text().await.expect("text");
        assert!(csv.starts_with("dimension,group,registered"), "{csv}");
        assert!(csv.contains("all,all,65,"), "{csv}");
        assert!(!csv.contains("Person "), "no names in exports");
        for line in csv.lines().skip(1) {
            let cells: Vec<&str> = line.split(',').collect();
            let registered: u32 = cells[2].parse().unwrap_or(0);
            assert!(
                registered == 0 || registered >= 5,
                "a group under 5 shown: {line}"
            );
            if cells[12] == "1" {
                assert!(
                    cells[2..12].iter().all(|c| c.is_empty()),
                    "withheld: {line}"
                );
            }
        }
        let xlsx = manager
            .get(format!("{}/dashboard/export.xlsx", hub.url()))
            .send()
            .await
            .expect("xlsx")
            .bytes()
            .await
            .expect("bytes");
        assert!(xlsx.starts_with(b"PK"), "a workbook");
        let (_, audit) = page(&manager, &hub, "/dashboard/audit").await;
        assert!(audit.contains("export-csv") && audit.contains("export-xlsx"));

        // A viewer sees figures but no names and no audit log.
        let viewer = browser();
        sign_in(&viewer, &hub, "viewer@acme.org", PASSWORD).await;
        let (status, one) = page(&viewer, &hub, "/dashboard/workshops/Laptop%20Luzon-w0").await;
        assert_eq!(status, StatusCode::OK);
        assert!(!one.contains("Person 0"), "no names for viewers");
        let (status, _) = page(&viewer, &hub, "/dashboard/audit").await;
        assert_eq!(status, StatusCode::FORBIDDEN);

        // The reader's language: Thai on request, remembered by a cookie.
        let (_, thai) = page(&viewer, &hub, "/dashboard?lang=th").await;
        assert!(thai.contains("lang=\"th\""));
        let (_, again) = page(&viewer, &hub, "/dashboard").await;
        assert!(again.contains("lang=\"th\""), "the choice is remembered");

        // A later sync shows on the next page load.
        let questions = passage_hub::testing::test_questions(
            &common::web::repo("content"),
            "safe-migration",
            6,
        )
        .expect("questions");
        let w = passage_hub::testing::FakeWorkshop {
            id: "late".into(),
            trainer: "Jun Reyes".into(),
            date: "2026-06-01".into(),
            people: 10,
            lesson_records: 0,
        };
        let mut dice = passage_hub::testing::Dice::new(3);
        mindanao
            .append(
                "org:acme",
                passage_hub::testing::workshop_payloads(&w, &questions, &mut dice),
            )
            .expect("append");
        passage_sync::link::sync(&mut mindanao)
            .await
            .expect("syncs");
        let (_, overview) = page(&manager, &hub, "/dashboard?lang=en").await;
        assert!(
            overview.contains("<p class=\"value\">75</p>"),
            "the new workshop counts: {overview}"
        );
        assert!(overview.contains("2026-06"), "its month");
    });
}

#[test]
fn a_manager_reads_what_two_laptops_synced_on_sqlite() {
    let dir = tempfile::tempdir().expect("dir");
    two_laptops_and_their_readers(Backend::Sqlite(dir.path().join("hub")));
}

#[test]
fn a_manager_reads_what_two_laptops_synced_on_postgres() {
    let pg = TempPostgres::start().expect("postgres");
    two_laptops_and_their_readers(Backend::Postgres(
        pg.fresh_database("dashboard").expect("db"),
    ));
}

#[test]
fn signing_in_is_guarded() {
    let dir = tempfile::tempdir().expect("dir");
    let hub = start(
        Backend::Sqlite(dir.path().join("hub")),
        &["--login-rate", "4"],
    );
    hub.org("acme", 0);
    add_user(&hub, "acme", "manager@acme.org", "manager");
    runtime().block_on(async {
        let b = browser();
        // Nothing without signing in.
        for path in [
            "/dashboard",
            "/dashboard/export.csv",
            "/dashboard/workshops/x",
        ] {
            let r = b
                .get(format!("{}{path}", hub.url()))
                .send()
                .await
                .expect("get");
            assert_eq!(r.status(), StatusCode::SEE_OTHER, "{path}");
            assert_eq!(r.headers()["location"], "/dashboard/login");
        }
        // A strict policy on every page: no scripts at all.
        let r = b
            .get(format!("{}/dashboard/login", hub.url()))
            .send()
            .await
            .expect("get");
        let csp = r.headers()[CONTENT_SECURITY_POLICY].to_str().expect("csp");
        assert!(
            csp.contains("default-src 'none'") && !csp.contains("script-src"),
            "{csp}"
        );
        let login = r.text().await.expect("text");
        assert!(!login.contains("<script"));

        // A form posted from elsewhere (no matching secret) is refused.
        let stranger = browser();
        let r = stranger
            .post(format!("{}/dashboard/login", hub.url()))
            .form(&[
                ("email", "manager@acme.org"),
                ("password", PASSWORD),
                ("csrf", "forged"),
            ])
            .send()
            .await
            .expect("post");
        assert_eq!(r.status(), StatusCode::FORBIDDEN);

        // A wrong password, then the right one; the session cookie is guarded.
        let r = sign_in(&b, &hub, "manager@acme.org", "wrong password!!").await;
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
        assert!(
            r.text()
                .await
                .expect("text")
                .contains("do not match an account")
        );
        let r = sign_in(&b, &hub, "manager@acme.org", PASSWORD).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let cookie = r
            .headers()
            .get_all(SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|c| c.starts_with("passage_session="))
            .expect("a session cookie")
            .to_owned();
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
            "{cookie}"
        );
        let (status, overview) = page(&b, &hub, "/dashboard").await;
        assert_eq!(status, StatusCode::OK);

        // Signing out needs the page's secret, and ends the session.
        let r = b
            .post(format!("{}/dashboard/logout", hub.url()))
            .form(&[("csrf", "forged")])
            .send()
            .await
            .expect("post");
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
        let r = b
            .post(format!("{}/dashboard/logout", hub.url()))
            .form(&[("csrf", csrf_of(&overview).as_str())])
            .send()
            .await
            .expect("post");
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let (status, _) = page(&b, &hub, "/dashboard").await;
        assert_eq!(status, StatusCode::SEE_OTHER, "signed out");

        // Guessing: after the limit, even the right password waits.
        let guesser = browser();
        let mut limited = false;
        for _ in 0..6 {
            let r = sign_in(&guesser, &hub, "manager@acme.org", "guess guess guess").await;
            if r.status() == StatusCode::TOO_MANY_REQUESTS {
                limited = true;
                break;
            }
        }
        assert!(limited, "sign-in attempts are limited");
        let r = sign_in(&guesser, &hub, "manager@acme.org", PASSWORD).await;
        assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    });
}

#[test]
fn an_organisation_sees_only_its_own_workshops() {
    let dir = tempfile::tempdir().expect("dir");
    let hub = start(Backend::Sqlite(dir.path().join("hub")), &[]);
    let acme = hub.org("acme", 1);
    hub.org("other", 0);
    add_user(&hub, "other", "someone@other.org", "manager");
    runtime().block_on(async {
        laptop_with_workshops(
            dir.path(),
            &hub,
            &acme[0],
            "Laptop Luzon",
            &[(12, "Maria Santos", "2026-03-10")],
        )
        .await;
        let b = browser();
        sign_in(&b, &hub, "someone@other.org", PASSWORD).await;
        let (_, overview) = page(&b, &hub, "/dashboard").await;
        assert!(
            overview.contains("No workshop has synced yet"),
            "{overview}"
        );
        let (status, _) = page(&b, &hub, "/dashboard/workshops/Laptop%20Luzon-w0").await;
        assert_eq!(
            status,
            StatusCode::NOT_FOUND,
            "another organisation's workshop"
        );
        let (_, devices) = page(&b, &hub, "/dashboard/devices").await;
        assert!(!devices.contains("Laptop Luzon"));
        let csv = b
            .get(format!("{}/dashboard/export.csv", hub.url()))
            .send()
            .await
            .expect("csv")
            .text()
            .await
            .expect("text");
        assert!(csv.contains("all,all,0,"), "{csv}");
    });
}

/// The row of `laptop` in the Laptops page.
fn row_of<'a>(devices: &'a str, laptop: &str) -> &'a str {
    let at = devices.find(laptop).expect("the laptop's row");
    let end = devices[at..].find("</tr>").expect("row end");
    &devices[at..at + end]
}

#[test]
fn the_laptops_page_shows_what_a_cut_off_sync_left_waiting() {
    let dir = tempfile::tempdir().expect("dir");
    let hub = start(Backend::Sqlite(dir.path().join("hub")), &[]);
    let codes = hub.org("acme", 2);
    add_user(&hub, "acme", "viewer@acme.org", "viewer");
    runtime().block_on(async {
        let mut mindanao = two_laptops(dir.path(), &hub, &codes).await;
        let b = browser();
        sign_in(&b, &hub, "viewer@acme.org", PASSWORD).await;
        let (_, devices) = page(&b, &hub, "/dashboard/devices").await;
        assert!(devices.contains("Waiting to send"), "{devices}");
        for laptop in ["Laptop Luzon", "Laptop Mindanao"] {
            assert!(
                row_of(&devices, laptop).contains("<td class=\"num\">0</td>"),
                "{laptop} finished its sync: {devices}"
            );
        }

        // Mindanao records 2,500 more; the line drops after its first page.
        let scope = passage_sync::org_scope("acme");
        let before = common::records_of(&mindanao, &scope)
            .iter()
            .filter(|r| r.device_id == mindanao.device_id())
            .count();
        common::write(&mut mindanao, &scope, 2_500);
        let new: Vec<_> = common::records_of(&mindanao, &scope)
            .into_iter()
            .filter(|r| r.device_id == mindanao.device_id())
            .skip(before)
            .collect();
        let link = passage_sync::link::link(&mindanao)
            .expect("link")
            .expect("enrolled");
        let mut client = link.client().expect("client");
        client.hello().await.expect("hello");
        let peer = client.for_scope(&scope);
        let sent = passage_sync::Peer::push(&peer, &new[..2_000], 500)
            .await
            .expect("first page");
        assert_eq!(sent, 2_000);
        let (_, devices) = page(&b, &hub, "/dashboard/devices").await;
        assert!(
            row_of(&devices, "Laptop Mindanao").contains("<td class=\"num problem\">500</td>"),
            "{devices}"
        );
        assert!(row_of(&devices, "Laptop Luzon").contains("<td class=\"num\">0</td>"));

        // The next sync finishes: nothing waits.
        passage_sync::link::sync(&mut mindanao)
            .await
            .expect("syncs");
        let (_, devices) = page(&b, &hub, "/dashboard/devices").await;
        assert!(row_of(&devices, "Laptop Mindanao").contains("<td class=\"num\">0</td>"));
    });
}

#[test]
fn a_long_list_of_workshops_comes_in_pages() {
    let dir = tempfile::tempdir().expect("dir");
    let hub = start(Backend::Sqlite(dir.path().join("hub")), &[]);
    let codes = hub.org("acme", 1);
    add_user(&hub, "acme", "viewer@acme.org", "viewer");
    let workshops: Vec<(usize, &str, &str)> =
        (0..55).map(|_| (5, "Maria Santos", "2026-03-10")).collect();
    runtime().block_on(async {
        laptop_with_workshops(dir.path(), &hub, &codes[0], "Laptop Luzon", &workshops).await;
        let b = browser();
        sign_in(&b, &hub, "viewer@acme.org", PASSWORD).await;
        let rows = |html: &str| html.matches("href=\"/dashboard/workshops/Laptop").count();

        let (_, first) = page(&b, &hub, "/dashboard/workshops").await;
        assert_eq!(rows(&first), 50, "{first}");
        assert!(first.contains("Page 1 of 2"));
        assert!(first.contains("rel=\"next\" href=\"/dashboard/workshops?page=2\""));
        assert!(!first.contains("rel=\"prev\""));

        let (_, second) = page(&b, &hub, "/dashboard/workshops?page=2").await;
        assert_eq!(rows(&second), 5);
        assert!(second.contains("Page 2 of 2"));
        assert!(second.contains("rel=\"prev\" href=\"/dashboard/workshops?page=1\""));
        assert!(!second.contains("rel=\"next\""));

        // A page past the end shows the last; nonsense shows the first.
        let (_, past) = page(&b, &hub, "/dashboard/workshops?page=99").await;
        assert!(past.contains("Page 2 of 2"));
        let (status, odd) = page(&b, &hub, "/dashboard/workshops?page=x%3Cb%3E").await;
        assert_eq!(status, StatusCode::OK);
        assert!(odd.contains("Page 1 of 2") && !odd.contains("<b>"));

        // One trainer: no pager at all.
        let (_, trainers) = page(&b, &hub, "/dashboard/trainers").await;
        assert!(!trainers.contains("class=\"pager\""));
    });
}
