//! `cargo xtask`: the project's own commands, so that a fresh machine needs
//! only Rust and Node. It installs what is missing, builds the UI, and runs
//! the app or every test. Each step says what it does.

// This is a command-line tool: printing is its job.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod setup;
mod steps;

use anyhow::{Result, bail};

const USAGE: &str = "\
cargo xtask <command>

  run        install what is missing, build the UI and the app, launch Passage
  test       every check CI runs: format, lints, Rust tests, UI tests, end-to-end tests
  setup      only install what is missing (system packages, npm packages, tauri-driver)
  bindings   regenerate the UI's TypeScript types from the Rust types
  bench      start-up time and memory of the real app (medians over several starts)
  dev        run the app against the Vite dev server (hot reload)";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Err(err) = dispatch(&args) {
        eprintln!("\nxtask: {err:#}");
        std::process::exit(1);
    }
}

fn dispatch(args: &[String]) -> Result<()> {
    let Some(command) = args.first() else {
        println!("{USAGE}");
        return Ok(());
    };
    let rest = &args[1..];
    match command.as_str() {
        "run" => steps::run(rest),
        "test" => steps::test(),
        "setup" => setup::all(setup::Purpose::Test),
        "bindings" => steps::bindings(),
        "bench" => steps::bench(),
        "dev" => steps::dev(),
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(())
        }
        other => bail!("unknown command `{other}`\n\n{USAGE}"),
    }
}
