//! Laptops (real store files) and the hub (the real binary, a separate
//! process) syncing over loopback, on both backends.

mod common;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use common::{Backend, HubProcess, free_port, laptop, records_of, runtime, write};
use passage_store::{Payload, Store};
use passage_sync::engine::Peer;
use passage_sync::link;
use passage_sync::{HubClient, SyncError};
use proptest::prelude::*;

fn sqlite(dir: &tempfile::TempDir) -> Backend {
    Backend::Sqlite(dir.path().join("hub"))
}

fn postgres(pg: &passage_hub::testing::TempPostgres, name: &str) -> Backend {
    Backend::Postgres(pg.fresh_database(name).expect("database"))
}

async fn enrol(store: &mut Store, hub: &HubProcess, code: &str) -> link::HubLink {
    link::enrol(store, &hub.url(), code, "test laptop")
        .await
        .expect("enrols")
}

async fn sync(store: &mut Store) -> passage_sync::SyncReport {
    let report = link::sync(store).await.expect("syncs");
    assert!(report.mismatches.is_empty(), "{:?}", report.mismatches);
    report
}

/// Two laptops, any interleaving of writes and syncs: after a final round
/// everyone holds the same records, once each.
fn converge(backend: Backend, ops: &[(usize, Option<usize>)], slug: &str) {
    let dir = tempfile::tempdir().expect("dir");
    let hub = HubProcess::start(backend, &[]);
    let codes = hub.org(slug, 2);
    let scope = passage_sync::org_scope(slug);
    runtime().block_on(async {
        let mut laptops = [laptop(dir.path(), "a"), laptop(dir.path(), "b")];
        for (l, code) in laptops.iter_mut().zip(&codes) {
            enrol(l, &hub, code).await;
        }
        let mut written = 0;
        for (who, write_n) in ops {
            let l = &mut laptops[*who];
            match write_n {
                Some(n) => {
                    write(l, &scope, *n);
                    // Personal records never leave the laptop.
                    write(l, "personal", 1);
                    written += n;
                }
                None => {
                    sync(l).await;
                }
            }
        }
        for i in [0, 1, 0] {
            sync(&mut laptops[i]).await;
        }
        let a = records_of(&laptops[0], &scope);
        let b = records_of(&laptops[1], &scope);
        assert_eq!(a.len(), written, "every record arrived once");
        assert_eq!(a, b, "both laptops hold the same records");
        assert!(
            records_of(&laptops[1], "personal")
                .iter()
                .all(|r| r.device_id == laptops[1].device_id())
        );
        let hub_has: u64 = laptops[0]
            .streams(&scope)
            .expect("streams")
            .iter()
            .map(|s| s.count)
            .sum();
        assert_eq!(hub_has as usize, written);
        assert_eq!(link::pending(&laptops[0]).expect("pending"), 0);
    });
    let exported = hub.cli_ok(&["export", slug]);
    let lines = exported.lines().count();
    let a = laptop(dir.path(), "a");
    assert_eq!(
        lines,
        records_of(&a, &scope).len(),
        "the hub holds each record once"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]
    #[test]
    fn any_interleaving_of_writes_and_syncs_converges(
        ops in prop::collection::vec((0usize..2, prop::option::weighted(0.6, 1usize..400)), 1..12),
        n in 0u32..1_000_000,
    ) {
        let dir = tempfile::tempdir().expect("dir");
        converge(sqlite(&dir), &ops, &format!("p{n}"));
    }
}

#[test]
fn laptops_converge_through_a_postgres_hub() {
    let pg = passage_hub::testing::TempPostgres::start().expect("postgres");
    let ops = [
        (0, Some(2500)),
        (1, Some(30)),
        (0, None),
        (1, Some(5)),
        (1, None),
        (0, Some(7)),
    ];
    converge(postgres(&pg, "converge"), &ops, "pg-org");
}

/// SIGKILL of the hub in the middle of a push, then a restart: the next
/// sync carries on, and nothing is lost or stored twice.
fn killed_mid_sync(backend: Backend) {
    let dir = tempfile::tempdir().expect("dir");
    let port = free_port();
    let mut hub = HubProcess::start_on(backend.clone(), port, &[]);
    let codes = hub.org("killed", 2);
    let scope = passage_sync::org_scope("killed");
    let total = 60_000;
    let rt = runtime();
    let mut a = laptop(dir.path(), "a");
    let mut watcher = laptop(dir.path(), "watcher");
    rt.block_on(async {
        enrol(&mut a, &hub, &codes[0]).await;
        enrol(&mut watcher, &hub, &codes[1]).await;
    });
    write(&mut a, &scope, total);
    let watch = link::link(&watcher)
        .expect("link")
        .expect("enrolled")
        .client()
        .expect("client");
    let pushing = rt.spawn(async move {
        let result = link::sync(&mut a).await;
        (a, result)
    });
    // Kill it once some pages have landed, well before the last.
    let held = rt.block_on(async {
        loop {
            let held: u64 = watch
                .status()
                .await
                .map(|s| s.iter().map(|s| s.count).sum())
                .unwrap_or(0);
            if held >= 4_000 {
                return held;
            }
            tokio::time::sleep(std::time::Duration::from_millis(2)).await;
        }
    });
    hub.kill();
    assert!(held < total as u64, "the push finished before the kill");
    let (mut a, result) = rt.block_on(pushing).expect("task");
    assert!(
        matches!(result, Err(SyncError::Unreachable(_))),
        "{result:?}"
    );
    assert!(link::pending(&a).expect("pending") > 0);

    let hub = HubProcess::start_on(backend, port, &[]);
    rt.block_on(async {
        let report = sync(&mut a).await;
        assert!(
            report.pushed < total,
            "resumed, not restarted: {}",
            report.pushed
        );
        assert_eq!(link::pending(&a).expect("pending"), 0);
        let status = watch.status().await.expect("status");
        assert_eq!(status.len(), 1);
        assert_eq!(
            (status[0].contiguous, status[0].count),
            (total as u64, total as u64)
        );
    });
    assert_eq!(hub.cli_ok(&["export", "killed"]).lines().count(), total);
}

#[test]
fn a_killed_sqlite_hub_loses_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    killed_mid_sync(sqlite(&dir));
}

#[test]
fn a_killed_postgres_hub_loses_nothing() {
    let pg = passage_hub::testing::TempPostgres::start().expect("postgres");
    killed_mid_sync(postgres(&pg, "killed"));
}

/// A proxy that cuts the connection after `limit` bytes from the laptop,
/// while `cut` is set.
fn cutting_proxy(upstream: u16, limit: usize, cut: Arc<AtomicBool>) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    std::thread::spawn(move || {
        for client in listener.incoming() {
            let Ok(mut client) = client else { continue };
            let cut = Arc::clone(&cut);
            std::thread::spawn(move || {
                let Ok(mut server) = TcpStream::connect(("127.0.0.1", upstream)) else {
                    return;
                };
                let mut back_client = client.try_clone().expect("clone");
                let mut back_server = server.try_clone().expect("clone");
                std::thread::spawn(move || {
                    let _ = std::io::copy(&mut back_server, &mut back_client);
                });
                let mut sent = 0;
                let mut buf = [0u8; 4096];
                loop {
                    let n = match client.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => n,
                    };
                    if cut.load(Ordering::SeqCst) && sent + n > limit {
                        let _ = server.write_all(&buf[..limit.saturating_sub(sent)]);
                        break;
                    }
                    if server.write_all(&buf[..n]).is_err() {
                        break;
                    }
                    sent += n;
                }
                let _ = server.shutdown(std::net::Shutdown::Both);
                let _ = client.shutdown(std::net::Shutdown::Both);
            });
        }
    });
    port
}

#[test]
fn a_connection_cut_mid_page_resumes_without_loss() {
    let dir = tempfile::tempdir().expect("dir");
    let hub = HubProcess::start(sqlite(&dir), &[]);
    let codes = hub.org("cut", 1);
    let scope = passage_sync::org_scope("cut");
    let cut = Arc::new(AtomicBool::new(false));
    let proxy = cutting_proxy(hub.port, 20_000, Arc::clone(&cut));
    let rt = runtime();
    let mut a = laptop(dir.path(), "a");
    rt.block_on(async {
        link::enrol(&mut a, &format!("http://127.0.0.1:{proxy}"), &codes[0], "a")
            .await
            .expect("enrol through the proxy");
    });
    write(&mut a, &scope, 9_000);
    cut.store(true, Ordering::SeqCst);
    let failed = rt.block_on(link::sync(&mut a));
    assert!(
        matches!(failed, Err(SyncError::Unreachable(_))),
        "{failed:?}"
    );
    cut.store(false, Ordering::SeqCst);
    rt.block_on(async {
        sync(&mut a).await;
    });
    assert_eq!(link::pending(&a).expect("pending"), 0);
    assert_eq!(hub.cli_ok(&["export", "cut"]).lines().count(), 9_000);
}

#[test]
fn an_erasure_travels_from_laptop_to_hub_to_laptop() {
    let dir = tempfile::tempdir().expect("dir");
    let pg = passage_hub::testing::TempPostgres::start().expect("postgres");
    for (name, backend) in [
        ("sqlite", sqlite(&dir)),
        ("postgres", postgres(&pg, "erasure")),
    ] {
        let hub = HubProcess::start(backend, &[]);
        let codes = hub.org("erase", 2);
        let scope = passage_sync::org_scope("erase");
        let root = dir.path().join(name);
        std::fs::create_dir_all(&root).expect("dir");
        let mut a = laptop(&root, "a");
        let mut b = laptop(&root, "b");
        let learner = "learner-to-erase".to_owned();
        a.append(
            &scope,
            vec![
                Payload::LearnerRegistered {
                    learner: learner.clone(),
                },
                Payload::LearnerField {
                    learner: learner.clone(),
                    field: passage_store::ProfileField::Name,
                    value: Some("Srey Pov".into()),
                },
                Payload::LearnerRegistered {
                    learner: "stays".into(),
                },
            ],
        )
        .expect("append");
        runtime().block_on(async {
            enrol(&mut a, &hub, &codes[0]).await;
            enrol(&mut b, &hub, &codes[1]).await;
            sync(&mut a).await;
            sync(&mut b).await;
            assert!(
                b.profile(&learner).expect("profile").is_some(),
                "{name}: b has the learner"
            );
            a.append(
                &scope,
                vec![Payload::LearnerErased {
                    learner: learner.clone(),
                }],
            )
            .expect("erase");
            sync(&mut a).await;
            sync(&mut b).await;
        });
        assert!(
            b.profile(&learner).expect("profile").is_none(),
            "{name}: erased on b"
        );
        assert!(
            b.profile("stays").expect("profile").is_some(),
            "{name}: others stay"
        );
        let about: Vec<_> = records_of(&b, &scope)
            .into_iter()
            .filter(|r| r.payload.as_ref().and_then(Payload::learner) == Some(learner.as_str()))
            .collect();
        assert_eq!(about.len(), 1, "{name}: only the erasure names the learner");
        assert_eq!(records_of(&b, &scope).len(), 4, "{name}: places kept");
        let export = hub.cli_ok(&["export", "erase"]);
        assert!(
            !export.contains("Srey Pov"),
            "{name}: the hub holds no payload of the learner"
        );
    }
}

#[test]
fn a_revoked_laptop_and_a_bad_code_are_refused_in_plain_terms() {
    let dir = tempfile::tempdir().expect("dir");
    let hub = HubProcess::start(sqlite(&dir), &[]);
    let codes = hub.org("rev", 1);
    let rt = runtime();
    let mut a = laptop(dir.path(), "a");
    let bad = rt.block_on(link::enrol(&mut a, &hub.url(), "not-a-code", "a"));
    assert_eq!(bad.expect_err("refused").code(), "bad-code");
    rt.block_on(enrol(&mut a, &hub, &codes[0]));
    let reused = rt.block_on(link::enrol(
        &mut laptop(dir.path(), "b"),
        &hub.url(),
        &codes[0],
        "b",
    ));
    assert_eq!(
        reused.expect_err("used codes are refused").code(),
        "bad-code"
    );
    hub.cli_ok(&["revoke", a.device_id()]);
    assert!(hub.cli_ok(&["devices", "rev"]).contains("revoked"));
    let refused = rt.block_on(link::sync(&mut a));
    assert_eq!(refused.expect_err("revoked").code(), "revoked");
    let offline = rt.block_on(async {
        let mut store = laptop(dir.path(), "c");
        link::enrol(
            &mut store,
            &format!("http://127.0.0.1:{}", free_port()),
            "x",
            "c",
        )
        .await
    });
    assert_eq!(offline.expect_err("nobody listens").code(), "unreachable");
}

#[test]
fn malformed_oversized_replayed_and_foreign_requests_get_4xx_and_store_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let hub = HubProcess::start(sqlite(&dir), &[]);
    let codes_a = hub.org("mine", 1);
    let codes_b = hub.org("theirs", 1);
    let rt = runtime();
    let mut a = laptop(dir.path(), "a");
    let mut b = laptop(dir.path(), "b");
    let (la, lb) = rt.block_on(async {
        (
            enrol(&mut a, &hub, &codes_a[0]).await,
            enrol(&mut b, &hub, &codes_b[0]).await,
        )
    });
    write(&mut b, "org:theirs", 10);
    rt.block_on(async {
        sync(&mut b).await;
    });
    write(&mut a, "org:mine", 5);
    let page = passage_sync::wire::encode_page(&records_of(&a, "org:mine"));
    let http = reqwest::Client::new();
    let url = hub.url();
    let send = |path: &str, token: Option<&str>, version: &str, body: Vec<u8>| {
        let kind = if path.ends_with("pull") {
            "application/json"
        } else {
            "application/zstd"
        };
        let mut req = http
            .post(format!("{url}{path}"))
            .header("passage-protocol", version)
            .header("content-type", kind)
            .body(body);
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        req.send()
    };
    rt.block_on(async {
        let status = |r: reqwest::Response| r.status().as_u16();
        let code = |r: reqwest::Response| async move {
            let p: passage_sync::wire::Problem = r.json().await.expect("a problem body");
            p.code
        };
        let t = Some(la.token.as_str());
        // Not a page; a compression bomb; too big; no token; a wrong token; a wrong version.
        assert_eq!(code(send("/v1/push", t, "1", b"garbage".to_vec()).await.expect("send")).await, "bad-page");
        let bomb = zstd::bulk::compress(&vec![b'['; 40 * 1024 * 1024], 3).expect("bomb");
        assert_eq!(code(send("/v1/push", t, "1", bomb).await.expect("send")).await, "bad-page");
        let huge = vec![0u8; passage_sync::wire::MAX_BODY_BYTES + 1];
        assert_eq!(status(send("/v1/push", t, "1", huge).await.expect("send")), 413);
        assert_eq!(code(send("/v1/push", None, "1", page.clone()).await.expect("send")).await, "bad-token");
        assert_eq!(code(send("/v1/push", Some("forged"), "1", page.clone()).await.expect("send")).await, "bad-token");
        assert_eq!(code(send("/v1/push", t, "99", page.clone()).await.expect("send")).await, "bad-version");
        // B's token cannot write A's records, nor read them.
        assert_eq!(code(send("/v1/push", Some(&lb.token), "1", page.clone()).await.expect("send")).await, "forbidden-scope");
        let steal = serde_json::json!({"wants": [{"stream": {"device_id": b.device_id(), "scope": "org:theirs"}, "from": 1, "to": 10}]});
        let r = send("/v1/pull", t, "1", serde_json::to_vec(&steal).expect("json")).await.expect("send");
        assert_eq!(r.status().as_u16(), 403);
        // Not JSON at all on a JSON route.
        let r = send("/v1/pull", t, "1", b"{not json".to_vec()).await.expect("send");
        assert!(r.status().is_client_error(), "{}", r.status());
        // Nothing of the above was stored.
        let hub_a = la.client().expect("client");
        assert!(hub_a.status().await.expect("status").is_empty());
        // A real page, then the same page replayed.
        assert_eq!(status(send("/v1/push", t, "1", page.clone()).await.expect("send")), 200);
        let replay = send("/v1/push", t, "1", page.clone()).await.expect("send");
        assert_eq!(replay.status().as_u16(), 409);
        assert_eq!(code(replay).await, "stale");
        let st = hub_a.status().await.expect("status");
        assert_eq!((st.len(), st[0].count), (1, 5), "stored once; A sees only its organisation");
        let hello = http
            .post(format!("{url}/v1/hello"))
            .json(&serde_json::json!({"versions": [99]}))
            .send()
            .await
            .expect("send");
        assert_eq!(hello.status().as_u16(), 400);
    });
    assert_eq!(
        hub.cli_ok(&["export", "theirs"]).lines().count(),
        10,
        "B's records untouched"
    );
}

#[test]
fn a_sync_file_travels_by_usb_and_its_receipt_comes_back() {
    let dir = tempfile::tempdir().expect("dir");
    let hub = HubProcess::start(sqlite(&dir), &[]);
    let codes = hub.org("usb", 2);
    let scope = passage_sync::org_scope("usb");
    let rt = runtime();
    let mut a = laptop(dir.path(), "a");
    let mut other = laptop(dir.path(), "other");
    rt.block_on(async {
        enrol(&mut a, &hub, &codes[0]).await;
        enrol(&mut other, &hub, &codes[1]).await;
    });
    write(&mut a, &scope, 300);
    let (bytes, n) = link::write_file(&mut a).expect("file");
    assert_eq!(n, 300);
    let file = dir.path().join("a.passage-sync");
    passage_sync::bundle::write_file_atomically(&file, &bytes).expect("write");

    // A tampered copy and a truncated copy are refused, naming why, and change nothing.
    let mut tampered = bytes.clone();
    let at = tampered.len() / 2;
    tampered[at] ^= 1;
    let bad = dir.path().join("tampered.passage-sync");
    std::fs::write(&bad, &tampered).expect("write");
    let out = hub.cli(&["import", bad.to_str().expect("path")]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("changed after it was made"));
    let cut = dir.path().join("cut.passage-sync");
    std::fs::write(&cut, &bytes[..bytes.len() - 100]).expect("write");
    let out = hub.cli(&["import", cut.to_str().expect("path")]);
    assert!(!out.status.success());
    assert!(hub.cli_ok(&["export", "usb"]).is_empty(), "nothing stored");

    // Another laptop can read the same file directly.
    let read = link::read_file(&mut other, &bytes).expect("read");
    assert_eq!(
        read,
        link::FileRead::Records {
            records: 300,
            new: 300
        }
    );
    assert!(matches!(
        link::read_file(&mut other, &tampered),
        Err(SyncError::File(_))
    ));

    // The hub imports it and writes a receipt; the laptop reads it: nothing waits.
    let receipt = dir.path().join("a.receipt");
    let said = hub.cli_ok(&[
        "import",
        file.to_str().expect("path"),
        "--receipt",
        receipt.to_str().expect("path"),
    ]);
    assert!(said.contains("300 new"), "{said}");
    // The hub's list of laptops says when the file was made and that
    // nothing was left waiting then.
    let listed = hub.cli_ok(&["devices", "usb"]);
    let line = listed
        .lines()
        .find(|l| l.starts_with(a.device_id()))
        .expect("laptop a listed");
    assert!(
        line.ends_with("waiting 0") && !line.contains("never"),
        "{listed}"
    );
    assert_eq!(link::pending(&a).expect("pending"), 300);
    let receipt_bytes = std::fs::read(&receipt).expect("receipt");
    assert!(
        matches!(
            link::read_file(&mut other, &receipt_bytes),
            Err(SyncError::NotOurs)
        ),
        "a receipt is for one laptop"
    );
    assert_eq!(
        link::read_file(&mut a, &receipt_bytes).expect("receipt"),
        link::FileRead::Receipt { pending: 0 }
    );
    // Importing the same file again is harmless.
    assert!(
        hub.cli_ok(&["import", file.to_str().expect("path")])
            .contains("0 new")
    );
    assert_eq!(hub.cli_ok(&["export", "usb"]).lines().count(), 300);
    // The next file holds only what was written since.
    write(&mut a, &scope, 7);
    assert_eq!(link::write_file(&mut a).expect("file").1, 7);
}

#[test]
fn the_hub_serves_https_with_its_certificate() {
    let dir = tempfile::tempdir().expect("dir");
    let cert = rcgen::generate_simple_self_signed(vec!["localhost".into()]).expect("cert");
    let cert_pem = cert.cert.pem();
    let cert_path = dir.path().join("cert.pem");
    let key_path = dir.path().join("key.pem");
    std::fs::write(&cert_path, &cert_pem).expect("write");
    std::fs::write(&key_path, cert.signing_key.serialize_pem()).expect("write");
    let hub = HubProcess::start(
        sqlite(&dir),
        &[
            "--tls-cert",
            cert_path.to_str().expect("p"),
            "--tls-key",
            key_path.to_str().expect("p"),
        ],
    );
    runtime().block_on(async {
        let url = format!("https://localhost:{}", hub.port);
        let mut client =
            HubClient::with_root_certificate(&url, Some(cert_pem.as_bytes())).expect("client");
        client.health().await.expect("health over TLS");
        assert_eq!(client.hello().await.expect("hello"), 1);
        let untrusting = HubClient::new(&url).expect("client");
        assert!(
            untrusting.health().await.is_err(),
            "an unknown certificate is refused"
        );
        let plain = HubClient::new(&format!("http://localhost:{}", hub.port)).expect("client");
        assert!(plain.health().await.is_err());
    });
}

#[test]
fn enrolment_attempts_are_rate_limited_per_address() {
    let dir = tempfile::tempdir().expect("dir");
    let hub = HubProcess::start(sqlite(&dir), &["--enrol-rate", "3"]);
    hub.org("rl", 0);
    let rt = runtime();
    let codes: Vec<&str> = rt.block_on(async {
        let mut out = Vec::new();
        for i in 0..5 {
            let mut s = laptop(dir.path(), &format!("l{i}"));
            let e = link::enrol(&mut s, &hub.url(), "guess", "x")
                .await
                .expect_err("refused");
            out.push(match e {
                SyncError::Refused { .. } => "refused",
                SyncError::Rejected { status: 429, .. } => "limited",
                _ => "other",
            });
        }
        out
    });
    assert_eq!(
        codes,
        ["refused", "refused", "refused", "limited", "limited"]
    );
}

#[test]
fn workshops_recorded_before_enrolment_reach_the_hub_under_the_organisation() {
    let dir = tempfile::tempdir().expect("dir");
    let hub = HubProcess::start(sqlite(&dir), &[]);
    let codes = hub.org("cso", 2);
    let other = hub.org("other", 1);
    let rt = runtime();
    let typed = "org:example-cso-cambodia";
    let mut a = laptop(dir.path(), "a");
    let mut b = laptop(dir.path(), "b");
    let mut c = laptop(dir.path(), "c");
    write(&mut a, typed, 20);
    write(&mut c, typed, 5);
    write(&mut c, "org:other", 3);
    rt.block_on(async {
        enrol(&mut a, &hub, &codes[0]).await;
        enrol(&mut b, &hub, &codes[1]).await;
        enrol(&mut c, &hub, &other[0]).await;
        let report = sync(&mut a).await;
        assert_eq!((report.pushed, report.refused.len()), (20, 0));
        assert_eq!(link::pending(&a).expect("pending"), 0);
        // Another laptop of the organisation receives them too.
        let report = sync(&mut b).await;
        assert_eq!(report.pulled, 20);
        // A laptop of another organisation cannot write under that name, nor read it.
        let report = sync(&mut c).await;
        assert_eq!(report.refused, [typed.to_owned()]);
        assert_eq!(report.pushed, 3, "its own records still go");
        assert_eq!(link::pending(&c).expect("pending"), 5);
    });
    assert_eq!(records_of(&b, typed).len(), 20);
    assert_eq!(
        records_of(&c, typed).len(),
        5,
        "nothing of the organisation's came to c"
    );
    assert_eq!(hub.cli_ok(&["export", "cso"]).lines().count(), 20);
    let out = hub.cli(&["org", "create", "example-cso-cambodia", "Squatter"]);
    assert!(
        !out.status.success(),
        "an organisation cannot take a name records already use"
    );
}
