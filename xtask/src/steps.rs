//! The steps `cargo xtask` runs, and the small helpers to run them loudly.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Instant;

use anyhow::{Context, Result, bail};

use crate::setup::{self, Purpose};

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// Prints a step heading.
pub fn say(what: &str) {
    println!("\n==> {what}");
}

/// A command that runs in the workspace root.
pub fn cmd(program: &str) -> Command {
    let mut c = Command::new(program);
    c.current_dir(root());
    c
}

/// Runs a command, echoing it, and fails if it fails.
pub fn sh(command: &mut Command) -> Result<()> {
    let shown = format!(
        "{} {}",
        command.get_program().to_string_lossy(),
        command
            .get_args()
            .map(|a| a.to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join(" ")
    );
    println!("    $ {shown}");
    let status = command
        .status()
        .with_context(|| format!("cannot start `{shown}`"))?;
    if !status.success() {
        bail!("`{shown}` failed ({status})");
    }
    Ok(())
}

fn npm(script: &str) -> Result<()> {
    sh(cmd("npm")
        .args(["run", "--silent", script])
        .current_dir(root().join("ui")))
}

fn build_ui() -> Result<()> {
    say("building the UI (ui/dist)");
    npm("build")
}

/// Builds the whole workspace, the desktop app among it.
fn build_app() -> Result<PathBuf> {
    say("building the desktop app (serves the bundled ui/dist)");
    sh(cmd("cargo").args(["build", "--locked", "--workspace"]))?;
    Ok(root().join("target/debug/passage-desktop"))
}

/// `cargo` for the test run, which builds everything once from a clean
/// clone: no incremental caches. They would double the size of `target/`
/// (about 2 GB of 5.7) and a CI machine's disk can be small; a run out of
/// disk space fails however good the code is.
fn cargo_once() -> Command {
    let mut c = cmd("cargo");
    c.env("CARGO_INCREMENTAL", "0");
    c
}

/// `cargo xtask run`: set up, build, launch.
pub fn run(app_args: &[String]) -> Result<()> {
    setup::all(Purpose::Run)?;
    build_ui()?;
    let app = build_app()?;
    let mut launch = Command::new(&app);
    launch.args(app_args);
    let _display = ensure_display(&mut launch)?;
    say("launching Passage (close the window to stop)");
    sh(&mut launch)
}

/// Where no desktop is running, starts a virtual display for the app and says
/// how to look at it. The display stops when the returned child is dropped.
fn ensure_display(launch: &mut Command) -> Result<Option<VirtualDisplay>> {
    if std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some() {
        return Ok(None);
    }
    let display = VirtualDisplay::start()?;
    println!(
        "    no desktop found: Passage runs on the virtual display {0}\n    \
         see it with: import -display {0} -window root passage.png",
        display.name
    );
    launch.env("DISPLAY", &display.name);
    launch.env("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    Ok(Some(display))
}

/// An Xvfb server on a free display number.
struct VirtualDisplay {
    name: String,
    child: Child,
}

impl VirtualDisplay {
    fn start() -> Result<Self> {
        use std::io::{BufRead, BufReader};
        let mut child = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1366x768x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .context("starting Xvfb")?;
        let mut line = String::new();
        if let Some(out) = child.stdout.take() {
            BufReader::new(out).read_line(&mut line)?;
        }
        let number = line.trim();
        if number.is_empty() {
            bail!("Xvfb did not report a display number");
        }
        Ok(Self {
            name: format!(":{number}"),
            child,
        })
    }
}

impl Drop for VirtualDisplay {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `cargo xtask test`: everything CI checks, in the order that fails fastest.
pub fn test() -> Result<()> {
    let started = Instant::now();
    let mut timings: Vec<(&str, f64)> = Vec::new();
    let mut step = |name: &'static str, f: &mut dyn FnMut() -> Result<()>| -> Result<()> {
        say(name);
        let t = Instant::now();
        f().with_context(|| format!("step failed: {name}"))?;
        timings.push((name, t.elapsed().as_secs_f64()));
        Ok(())
    };
    step("set up the machine", &mut || setup::all(Purpose::Test))?;
    step("rustfmt", &mut || {
        sh(cmd("cargo").args(["fmt", "--all", "--check"]))
    })?;
    step("UI type check (svelte-check)", &mut || npm("check"))?;
    step("UI unit tests (vitest)", &mut || npm("test"))?;
    step("UI build", &mut || npm("build"))?;
    step("clippy", &mut || {
        sh(cargo_once().args([
            "clippy",
            "--locked",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]))
    })?;
    let app = root().join("target/debug/passage-desktop");
    step("build the app and the tests", &mut || {
        // The binaries with the tests, in one build: with the tests'
        // dev-dependencies the features of shared crates differ, and a
        // separate `cargo build` would compile the app and its GTK stack a
        // second time, in time and in disk.
        sh(cargo_once().args(["build", "--locked", "--workspace", "--bins", "--tests"]))
    })?;
    step(
        "Rust tests: libraries, IPC bindings check, end-to-end on the real app",
        &mut || {
            sh(cargo_once()
                .args(["test", "--locked", "--workspace"])
                .env("PASSAGE_DESKTOP_BIN", &app)
                .env("TAURI_DRIVER", setup::tauri_driver_path()))
        },
    )?;
    say("all checks passed");
    for (name, secs) in &timings {
        println!("    {secs:7.1} s  {name}");
    }
    println!("    {:7.1} s  total", started.elapsed().as_secs_f64());
    Ok(())
}

/// `cargo xtask bindings`: regenerate `ui/src/lib/bindings`.
pub fn bindings() -> Result<()> {
    say("regenerating the UI's TypeScript bindings");
    sh(cmd("cargo")
        .args([
            "test",
            "--quiet",
            "--package",
            "passage-app",
            "--lib",
            "bindings",
        ])
        .env("PASSAGE_WRITE_BINDINGS", "1"))
}

/// `cargo xtask bench`: start-up time and memory of the real app.
pub fn bench() -> Result<()> {
    setup::all(Purpose::Test)?;
    build_ui()?;
    let app = build_app()?;
    say("measuring start-up time and memory (several starts)");
    sh(cmd("cargo")
        .args([
            "run",
            "--locked",
            "--quiet",
            "--package",
            "passage-e2e",
            "--bin",
            "startup-figures",
        ])
        .env("PASSAGE_DESKTOP_BIN", app)
        .env("TAURI_DRIVER", setup::tauri_driver_path()))
}

/// `cargo xtask dev`: Vite dev server with hot reload, app built without the
/// bundled UI.
pub fn dev() -> Result<()> {
    setup::all(Purpose::Run)?;
    say("starting the Vite dev server on http://localhost:1420");
    let mut vite = cmd("npm")
        .args(["run", "--silent", "dev"])
        .current_dir(root().join("ui"))
        .spawn()
        .context("starting vite")?;
    say("running the app against the dev server");
    let mut app = cmd("cargo");
    app.args([
        "run",
        "--package",
        "passage-desktop",
        "--no-default-features",
    ]);
    let _display = ensure_display(&mut app)?;
    let result = sh(&mut app);
    let _ = vite.kill();
    result
}
