//! Installing what a fresh Debian 12 machine lacks: system packages through
//! apt (as root; otherwise the exact command is printed), the UI's npm
//! packages, and tauri-driver for the end-to-end tests.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::steps::{cmd, root, say, sh};

/// What the machine is being set up for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// Building and running the app.
    Run,
    /// Everything `cargo xtask test` needs too.
    Test,
}

/// Debian packages to build and run the desktop app (Tauri 2 on WebKitGTK 4.1).
const RUN_PACKAGES: &[&str] = &[
    "build-essential",
    "pkg-config",
    "libwebkit2gtk-4.1-dev",
    "libgtk-3-dev",
    "librsvg2-dev",
    // A virtual display for machines without a desktop, and `import` to
    // take a screenshot of it.
    "xvfb",
    "imagemagick",
];

/// More packages for the tests: the WebDriver for WebKitGTK, poppler
/// (`pdftotext`, `pdftoppm`) to read back the PDFs Passage prints,
/// PostgreSQL, whose server the hub's tests start in a temporary folder,
/// GNU gettext, whose `msgfmt --check` judges the PO files for translators,
/// Chromium, in which playwright-core checks the hub's dashboard, and
/// Python's venv, into which Translate Toolkit is installed to read the
/// XLIFF files back.
const TEST_PACKAGES: &[&str] = &[
    "webkit2gtk-driver",
    "poppler-utils",
    "postgresql",
    "gettext",
    "chromium",
    "python3-venv",
];

/// The Translate Toolkit version (PyPI) that reads exported XLIFF 2.0
/// files in the tests (3.16 was the first to read XLIFF 2.0).
const TRANSLATE_TOOLKIT_VERSION: &str = "3.20.4";

/// The tauri-driver version the end-to-end tests use.
const TAURI_DRIVER_VERSION: &str = "2.1.0";

pub fn all(purpose: Purpose) -> Result<()> {
    toolchain(purpose)?;
    system_packages(purpose)?;
    npm_packages()?;
    if purpose == Purpose::Test {
        tauri_driver()?;
        translate_toolkit()?;
        xliff_schema()?;
    }
    Ok(())
}

fn translate_toolkit() -> Result<()> {
    let venv = root().join("target/tools/translate-toolkit");
    let stamp = venv.join(format!("installed-{TRANSLATE_TOOLKIT_VERSION}"));
    if stamp.is_file() {
        return Ok(());
    }
    say(&format!(
        "installing Translate Toolkit {TRANSLATE_TOOLKIT_VERSION} into target/tools"
    ));
    sh(cmd("/usr/bin/python3")
        .args(["-m", "venv", "--clear"])
        .arg(&venv))
    .context("making a Python virtual environment (Debian package python3-venv)")?;
    sh(Command::new(venv.join("bin/pip")).args([
        "install",
        "--quiet",
        "--disable-pip-version-check",
        &format!("translate-toolkit=={TRANSLATE_TOOLKIT_VERSION}"),
    ]))
    .context("installing Translate Toolkit from PyPI")?;
    std::fs::write(&stamp, "").context("marking Translate Toolkit installed")
}

/// The Debian package that carries the official XLIFF 2.0 core schema
/// (OASIS, 2014) with the W3C `xml.xsd` it imports: Symfony's translation
/// component validates XLIFF with them. Only the two files are taken.
const XLIFF_SCHEMA_PACKAGE: &str = "php-symfony-translation";

/// Where the package keeps the schemas.
const XLIFF_SCHEMA_DIR: &str = "usr/share/php/Symfony/Component/Translation/Resources/schemas";

/// The XLIFF 2.0 schema into `target/tools/xliff-schema/`, for the tests
/// that check exported files against it. The package is downloaded, not
/// installed (it would bring PHP along).
fn xliff_schema() -> Result<()> {
    let dir = root().join("target/tools/xliff-schema");
    let schema = dir.join("xliff-core-2.0.xsd");
    if schema.is_file() {
        return Ok(());
    }
    say("fetching the XLIFF 2.0 schema (Debian package php-symfony-translation)");
    let download = dir.join("download");
    std::fs::create_dir_all(&download).context("making target/tools/xliff-schema")?;
    let fetch = || {
        sh(cmd("apt-get")
            .args(["download", XLIFF_SCHEMA_PACKAGE])
            .current_dir(&download))
    };
    if fetch().is_err() {
        // A machine whose package lists were never fetched.
        if is_root() {
            sh(cmd("apt-get").args(["update", "-qq"]))?;
        }
        fetch().context("downloading php-symfony-translation with apt-get")?;
    }
    let deb = std::fs::read_dir(&download)?
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "deb"))
        .context("apt-get download left no .deb")?;
    let unpacked = download.join("unpacked");
    sh(cmd("dpkg-deb").arg("-x").arg(&deb).arg(&unpacked))
        .context("unpacking php-symfony-translation")?;
    let from = unpacked.join(XLIFF_SCHEMA_DIR);
    // The schema imports xml.xsd from this relative path.
    let w3c = dir.join("informativeCopiesOf3rdPartySchemas/w3c");
    std::fs::create_dir_all(&w3c)?;
    std::fs::copy(from.join("xml.xsd"), w3c.join("xml.xsd")).context("copying xml.xsd")?;
    std::fs::copy(from.join("xliff-core-2.0.xsd"), &schema)
        .context("copying xliff-core-2.0.xsd")?;
    std::fs::remove_dir_all(&download).context("removing the download")?;
    Ok(())
}

/// Node 20.19 or newer (Vite 8 needs it), and rustfmt and clippy for the tests.
fn toolchain(purpose: Purpose) -> Result<()> {
    say("checking Node and the Rust components");
    let version = Command::new("node")
        .arg("--version")
        .output()
        .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_owned())
        .unwrap_or_default();
    let parts: Vec<u32> = version
        .trim_start_matches('v')
        .split('.')
        .filter_map(|p| p.parse().ok())
        .collect();
    let new_enough = matches!(parts.as_slice(), [major, minor, ..] if (*major, *minor) >= (20, 19));
    if !new_enough {
        bail!(
            "Node.js 20.19 or newer is needed (found: {}).\n\
             Install it from https://nodejs.org or with your version manager (e.g. `nvm install 22`).",
            if version.is_empty() { "none" } else { &version }
        );
    }
    if purpose == Purpose::Test {
        for (component, probe) in [("rustfmt", "fmt"), ("clippy", "clippy")] {
            let present = Command::new("cargo")
                .args([probe, "--version"])
                .output()
                .is_ok_and(|out| out.status.success());
            if !present {
                say(&format!("installing the Rust component {component}"));
                sh(cmd("rustup").args(["component", "add", component]))
                    .with_context(|| format!("`cargo {probe}` is missing"))?;
            }
        }
    }
    Ok(())
}

fn system_packages(purpose: Purpose) -> Result<()> {
    let mut wanted: Vec<&str> = RUN_PACKAGES.to_vec();
    if purpose == Purpose::Test {
        wanted.extend_from_slice(TEST_PACKAGES);
    }
    say(&format!("checking system packages ({})", wanted.len()));
    let missing: Vec<&str> = wanted.into_iter().filter(|p| !installed(p)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    let list = missing.join(" ");
    if !is_root() {
        bail!(
            "these system packages are missing: {list}\n\
             install them with:\n\n    sudo apt-get update && sudo apt-get install -y {list}\n"
        );
    }
    say(&format!("installing system packages: {list}"));
    sh(cmd("apt-get").arg("update").arg("-q"))?;
    sh(cmd("apt-get")
        .args(["install", "-y", "-q"])
        .args(&missing)
        .env("DEBIAN_FRONTEND", "noninteractive"))
}

fn installed(package: &str) -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", package])
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).contains("install ok installed"))
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).trim() == "0")
}

fn npm_packages() -> Result<()> {
    let ui = root().join("ui");
    let stamp = ui.join("node_modules/.package-lock.json");
    if is_newer(&stamp, &ui.join("package-lock.json")) {
        return Ok(());
    }
    say("installing the UI's npm packages (npm ci)");
    sh(cmd("npm")
        .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        .current_dir(&ui))
}

/// Whether `file` exists and is at least as new as `than`.
fn is_newer(file: &Path, than: &Path) -> bool {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    match (modified(file), modified(than)) {
        (Some(a), Some(b)) => a >= b,
        _ => false,
    }
}

/// Where the pinned tauri-driver is installed (inside `target/`).
pub fn tauri_driver_path() -> PathBuf {
    root().join("target/tools/bin/tauri-driver")
}

fn tauri_driver() -> Result<()> {
    // cargo install records what it installed in the root's .crates.toml.
    let record =
        std::fs::read_to_string(root().join("target/tools/.crates.toml")).unwrap_or_default();
    let current = record.contains(&format!("tauri-driver {TAURI_DRIVER_VERSION} "));
    if current && tauri_driver_path().is_file() {
        return Ok(());
    }
    say(&format!(
        "installing tauri-driver {TAURI_DRIVER_VERSION} into target/tools"
    ));
    sh(cmd("cargo")
        .args([
            "install",
            "--locked",
            "--quiet",
            "tauri-driver",
            "--version",
        ])
        .arg(TAURI_DRIVER_VERSION)
        .arg("--root")
        .arg(root().join("target/tools")))
    .context("installing tauri-driver")
}
