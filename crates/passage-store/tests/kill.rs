//! A process killed with SIGKILL in the middle of a burst of writes loses
//! nothing it had acknowledged, and the database opens cleanly afterwards.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use passage_store::Store;

#[test]
fn every_acknowledged_record_survives_sigkill_mid_burst() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("learners.sqlite");
    for round in 0..3 {
        let before = if round == 0 {
            0
        } else {
            Store::open(&db)
                .expect("open")
                .records()
                .expect("records")
                .len()
        };
        let mut child = Command::new(env!("CARGO_BIN_EXE_passage-store-burst"))
            .arg(&db)
            .stdout(Stdio::piped())
            .spawn()
            .expect("spawn the writer");
        let stdout = child.stdout.take().expect("stdout");
        let mut acked = 0_u64;
        // Kill at a different point each round, while it is writing.
        let kill_after = 40 + round * 75;
        for (n, line) in BufReader::new(stdout).lines().enumerate() {
            let line = line.expect("line");
            acked = line
                .strip_prefix("ack ")
                .and_then(|i| i.parse().ok())
                .expect("ack line");
            if n + 1 == kill_after {
                child.kill().expect("SIGKILL");
                break;
            }
        }
        let status = child.wait().expect("wait");
        assert!(!status.success(), "the writer was killed, not finished");

        let store = Store::open(&db).expect("opens cleanly after the kill");
        let records = store.records().expect("records");
        let mine: Vec<u64> = records
            .iter()
            .filter(|r| r.device_id == store.device_id())
            .map(|r| r.idx)
            .collect();
        // Contiguous from 1, and at least everything acknowledged.
        assert_eq!(mine, (1..=mine.len() as u64).collect::<Vec<_>>());
        assert!(
            mine.len() as u64 >= acked,
            "round {round}: acknowledged {acked}, found {}",
            mine.len()
        );
        assert!(records.len() > before, "round {round} wrote something");
        // The derived tables agree with the log.
        let seconds: u64 = store
            .progress("burst")
            .expect("progress")
            .values()
            .map(|p| p.seconds)
            .sum();
        let logged: u64 = records
            .iter()
            .filter_map(|r| match &r.payload {
                Some(passage_store::Payload::LessonTime { seconds, .. }) => {
                    Some(u64::from(*seconds))
                }
                _ => None,
            })
            .sum();
        assert_eq!(seconds, logged, "derived time equals the time in the log");
        assert!(seconds > 0);
    }
}
