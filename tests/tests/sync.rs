//! The trainer's Sync screen in the real app, against the real hub (the
//! `passage-hub` binary, a separate process): enrol with a one-time code,
//! sync a workshop's records, see a plain problem when the hub is gone, and
//! write a sync file for a USB stick. Screenshots go to `target/e2e/sync-*.png`.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use anyhow::{Context, Result, bail};
use passage_e2e::App;

/// `passage-hub`, built beside the app by `cargo xtask test`.
fn hub_binary() -> Result<PathBuf> {
    let app =
        PathBuf::from(std::env::var_os("PASSAGE_DESKTOP_BIN").context("PASSAGE_DESKTOP_BIN")?);
    let hub = app.with_file_name("passage-hub");
    if !hub.is_file() {
        bail!("{} is missing: run `cargo xtask test`", hub.display());
    }
    Ok(hub)
}

fn hub_cli(bin: &PathBuf, data: &std::path::Path, args: &[&str]) -> Result<String> {
    let out = Command::new(bin)
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .output()?;
    if !out.status.success() {
        bail!(
            "passage-hub {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(String::from_utf8(out.stdout)?)
}

struct Hub(Child);

impl Drop for Hub {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test]
async fn a_trainer_enrols_the_laptop_syncs_and_writes_a_usb_file() -> Result<()> {
    let bin = hub_binary()?;
    let data = tempfile::tempdir()?;
    hub_cli(
        &bin,
        data.path(),
        &["org", "create", "cso-kh", "Example CSO Cambodia"],
    )?;
    let code = hub_cli(&bin, data.path(), &["enrol-code", "cso-kh"])?
        .trim()
        .to_owned();
    let mut child = Command::new(&bin)
        .arg("--data-dir")
        .arg(data.path())
        .args(["serve", "--listen", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .spawn()?;
    let mut line = String::new();
    BufReader::new(child.stdout.take().context("stdout")?).read_line(&mut line)?;
    let url = line.trim().trim_start_matches("listening on ").to_owned();
    let hub = Hub(child);

    let app = App::start("en_US.UTF-8").await?;
    app.new_trainer_form("Dara Sok", "2468").await?;
    app.click("[data-testid=trainer-create-button]").await?;
    app.click("[data-testid=open-sync]").await?;

    // Not enrolled: the form. A wrong code is refused in plain words.
    app.wait_for("[data-testid=hub-url]")
        .await?
        .send_keys(&url)
        .await?;
    app.wait_for("[data-testid=hub-code]")
        .await?
        .send_keys("not-the-code")
        .await?;
    app.click("[data-testid=enrol]").await?;
    let refused = app.wait_text("[data-testid=enrol-error]", "code").await?;
    assert!(refused.contains("Ask your organisation"), "{refused}");
    app.screenshot("sync-1-bad-code").await?;
    let field = app.wait_for("[data-testid=hub-code]").await?;
    field.clear().await?;
    field.send_keys(&code).await?;
    app.click("[data-testid=enrol]").await?;
    let status = app
        .wait_text("[data-testid=sync-status]", "Example CSO Cambodia")
        .await?;
    assert!(status.contains(&url), "{status}");
    app.wait_text("[data-testid=sync-waiting]", "0").await?;
    app.screenshot("sync-2-enrolled").await?;

    // The hub goes away; a workshop planned now waits for it, and Sync now
    // says plainly what is wrong.
    drop(hub);
    app.click(".crumbs button").await?;
    app.fill(
        "[data-testid=workshop-form]",
        &[
            ("title", "Safe migration, Kampot"),
            ("organisation", "Example CSO Cambodia"),
            ("venue", "Kampot community hall"),
        ],
    )
    .await?;
    app.click("[data-course=safe-migration]").await?;
    app.click("[data-testid=workshop-create]").await?;
    app.wait_for("[data-testid=workshop]").await?;
    app.click(".crumbs button").await?;
    app.click("[data-testid=open-sync]").await?;
    app.wait_text("[data-testid=sync-waiting]", "1 record")
        .await?;
    app.click("[data-testid=sync-now]").await?;
    let problem = app
        .wait_text("[data-testid=sync-problem]", "cannot be reached")
        .await?;
    assert!(problem.contains("try again"), "{problem}");
    app.screenshot("sync-3-unreachable").await?;

    // By USB stick instead: the file goes to the first offered folder.
    app.click("[data-testid=write-sync-file]").await?;
    let written = app
        .wait_text("[data-testid=sync-written]", ".passage-sync")
        .await?;
    let path = written
        .split_whitespace()
        .find(|w| w.ends_with(".passage-sync"))
        .context("a path")?;
    let bytes = std::fs::read(path).with_context(|| format!("reading {path}"))?;
    assert!(bytes.starts_with(b"PASSAGE-SYNC-1\n"));
    let imported = hub_cli(&bin, data.path(), &["import", path])?;
    assert!(
        imported.contains("1 records in the file, 1 new"),
        "{imported}"
    );
    app.client
        .execute(
            "document.querySelector('[data-testid=sync-written]').scrollIntoView({ block: 'center' });",
            vec![],
        )
        .await?;
    app.screenshot("sync-4-usb").await?;
    app.close().await
}
