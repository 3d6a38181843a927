//! Start-up figures of the real app: time from launch to the home screen
//! showing its course list, and the memory of the app's processes (the app and
//! WebKit's processes) with the home screen open. Prints medians over several
//! starts. Run with `cargo xtask bench`.

#![allow(clippy::print_stdout)]

use std::time::Duration;

use anyhow::Result;
use passage_e2e::{App, app_memory};

const STARTS: usize = 7;

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
}

#[tokio::main]
async fn main() -> Result<()> {
    let mut home_ms = Vec::new();
    let mut rss_mb = Vec::new();
    let mut pss_mb = Vec::new();
    let mut processes = 0;
    for i in 0..STARTS {
        let app = App::start("en_US.UTF-8").await?;
        app.wait_for("[data-testid=course-list] li h3").await?;
        let ms = app.launched_at.elapsed().as_secs_f64() * 1000.0;
        // Let the page settle (fonts, first paint) before reading memory.
        tokio::time::sleep(Duration::from_secs(2)).await;
        let memory = app_memory(&app.binary)?;
        println!(
            "start {}: home screen after {ms:.0} ms; {} processes, RSS {:.0} MB, PSS {:.0} MB",
            i + 1,
            memory.processes,
            memory.rss_kib as f64 / 1024.0,
            memory.pss_kib as f64 / 1024.0
        );
        home_ms.push(ms);
        rss_mb.push(memory.rss_kib as f64 / 1024.0);
        pss_mb.push(memory.pss_kib as f64 / 1024.0);
        processes = memory.processes;
        app.close().await?;
    }
    println!("\nmedian of {STARTS} starts:");
    println!(
        "  launch -> home screen visible: {:.0} ms",
        median(&mut home_ms)
    );
    println!(
        "  memory with the home screen open ({processes} processes): RSS {:.0} MB, PSS {:.0} MB",
        median(&mut rss_mb),
        median(&mut pss_mb)
    );
    Ok(())
}
