//! Running the real `passage-hub` binary as a separate process, and laptops
//! (real store files) that sync with it over loopback.

#![allow(dead_code)]

pub mod web;

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

use passage_store::{LessonRef, Payload, Store};

pub const BIN: &str = env!("CARGO_BIN_EXE_passage-hub");

/// Which database the hub process uses.
#[derive(Clone, Debug)]
pub enum Backend {
    Sqlite(PathBuf),
    Postgres(String),
}

impl Backend {
    /// Where a PostgreSQL hub keeps its read models (a data dir still).
    fn pg_data_dir(&self) -> PathBuf {
        let name: String = match self {
            Self::Sqlite(dir) => dir.display().to_string(),
            Self::Postgres(url) => url.clone(),
        }
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
        std::env::temp_dir().join(format!("passage-hub-{name}"))
    }

    pub fn args(&self) -> Vec<String> {
        match self {
            Self::Sqlite(dir) => vec!["--data-dir".into(), dir.display().to_string()],
            Self::Postgres(url) => vec![
                "--database".into(),
                url.clone(),
                "--data-dir".into(),
                self.pg_data_dir().display().to_string(),
            ],
        }
    }
}

/// A hub process.
pub struct HubProcess {
    pub backend: Backend,
    pub port: u16,
    child: Option<Child>,
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port()
}

impl HubProcess {
    pub fn start(backend: Backend, extra: &[&str]) -> Self {
        Self::start_on(backend, free_port(), extra)
    }

    pub fn start_on(backend: Backend, port: u16, extra: &[&str]) -> Self {
        let mut child = Command::new(BIN)
            .args(backend.args())
            .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
            .args(if extra.contains(&"--enrol-rate") {
                &[][..]
            } else {
                &["--enrol-rate", "10000"][..]
            })
            .args(extra)
            .env("RUST_LOG", "warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start passage-hub");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("first line");
        assert!(line.starts_with("listening on"), "hub said: {line}");
        Self {
            backend,
            port,
            child: Some(child),
        }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// SIGKILL: no chance to finish anything.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            child.kill().expect("kill");
            child.wait().expect("wait");
        }
    }

    /// Runs an admin command against the same database.
    pub fn cli(&self, args: &[&str]) -> Output {
        cli(&self.backend, args)
    }

    pub fn cli_ok(&self, args: &[&str]) -> String {
        let out = self.cli(args);
        assert!(
            out.status.success(),
            "passage-hub {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8")
    }

    /// A new organisation and `n` enrolment codes for it.
    pub fn org(&self, slug: &str, n: usize) -> Vec<String> {
        self.cli_ok(&["org", "create", slug, &format!("Org {slug}")]);
        (0..n)
            .map(|_| self.cli_ok(&["enrol-code", slug]).trim().to_owned())
            .collect()
    }
}

impl Drop for HubProcess {
    fn drop(&mut self) {
        self.kill();
        if matches!(self.backend, Backend::Postgres(_)) {
            let _ = std::fs::remove_dir_all(self.backend.pg_data_dir());
        }
    }
}

pub fn cli(backend: &Backend, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(backend.args())
        .args(args)
        .output()
        .expect("run passage-hub")
}

/// A laptop: a real store file.
pub fn laptop(dir: &Path, name: &str) -> Store {
    Store::open(&dir.join(format!("{name}.sqlite"))).expect("store")
}

/// Writes `n` records about learners in `scope`: registrations and lessons.
pub fn write(store: &mut Store, scope: &str, n: usize) {
    let base = store.records().expect("records").len();
    let payloads = (0..n)
        .map(|i| {
            let learner = format!("{}-{}", &store.device_id()[..8], (base + i) / 10);
            if (base + i).is_multiple_of(10) {
                Payload::LearnerRegistered { learner }
            } else {
                Payload::LessonOpened {
                    learner,
                    at: LessonRef {
                        course: "safe-migration".into(),
                        lesson: format!("lesson-{}", i % 7),
                    },
                }
            }
        })
        .collect();
    store.append(scope, payloads).expect("append");
}

/// The records of `scope` in a store.
pub fn records_of(store: &Store, scope: &str) -> Vec<passage_store::Record> {
    store
        .records()
        .expect("records")
        .into_iter()
        .filter(|r| r.scope == scope)
        .collect()
}

pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime")
}
