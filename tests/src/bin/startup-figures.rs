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
    let mut switch_ms = language_switches().await?;
    println!(
        "  language switch from the picker -> home screen re-rendered in it: {:.0} ms (median of {})",
        median(&mut switch_ms),
        switch_ms.len()
    );
    Ok(())
}

/// Time from picking a language to the next frame painted with the home
/// screen in it (the course titles changed), measured inside the page.
async fn language_switches() -> Result<Vec<f64>> {
    const SCRIPT: &str = "
        const [code, done] = arguments;
        const select = document.querySelector('[data-testid=ui-language]');
        const title = () => document.querySelector('[data-testid=course-list] li h3')?.textContent;
        const before = title();
        const t0 = performance.now();
        select.value = code;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        const check = () => {
            if (document.documentElement.lang === code && title() !== before) {
                requestAnimationFrame(() => done(performance.now() - t0));
            } else {
                requestAnimationFrame(check);
            }
        };
        check();";
    let app = App::start("en_US.UTF-8").await?;
    app.wait_for("[data-testid=ui-language]").await?;
    let mut out = Vec::new();
    for code in [
        "km", "en", "th", "en", "my", "en", "vi", "en", "lo", "en", "fil",
    ] {
        let ms = app.client.execute_async(SCRIPT, vec![code.into()]).await?;
        out.push(ms.as_f64().unwrap_or(f64::NAN));
    }
    app.close().await?;
    Ok(out)
}
