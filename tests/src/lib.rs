//! The end-to-end harness: a virtual display (Xvfb), `tauri-driver` in front
//! of WebKitWebDriver, and a WebDriver session on the real Passage binary with
//! its own empty data folders and a chosen system language.
//!
//! `cargo xtask test` builds the app and sets `PASSAGE_DESKTOP_BIN` and
//! `TAURI_DRIVER`; without them the harness fails and says so (it never
//! skips).

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;

/// Where tests put screenshots and figures: `target/e2e/`.
pub fn output_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/e2e");
    let _ = std::fs::create_dir_all(&dir);
    dir
}

fn required_path(var: &str) -> Result<PathBuf> {
    let path = std::env::var_os(var).map(PathBuf::from).with_context(|| {
        format!("{var} is not set: run the end-to-end tests with `cargo xtask test`")
    })?;
    if !path.is_file() {
        bail!(
            "{var} points to {}, which does not exist: run `cargo xtask test`",
            path.display()
        );
    }
    Ok(path)
}

/// A child process, leader of its own process group, that is killed with
/// its whole group when dropped. tauri-driver starts WebKitWebDriver, which
/// starts the app: killing only tauri-driver would leave them running and
/// holding the test's output open.
#[derive(Debug)]
struct Guard(Child);

impl Guard {
    fn spawn(command: &mut Command) -> std::io::Result<Self> {
        use std::os::unix::process::CommandExt;
        command.process_group(0).spawn().map(Self)
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        let group = format!("-{}", self.0.id());
        let _ = Command::new("kill")
            .args(["-KILL", "--", &group])
            .stderr(Stdio::null())
            .status();
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// One app at a time: two WebKit apps starting at once on 2 cores make each
/// other slow and flaky, and tests in one binary run on parallel threads.
static ONE_AT_A_TIME: std::sync::LazyLock<std::sync::Arc<tokio::sync::Mutex<()>>> =
    std::sync::LazyLock::new(Default::default);

/// One running app: display, driver and an isolated home for its data.
#[derive(Debug)]
pub struct App {
    /// The WebDriver session on the app's main window.
    pub client: Client,
    /// The app binary.
    pub binary: PathBuf,
    /// `XDG_DATA_HOME` of the app: its data folder is `<this>/org.passage.desktop`.
    pub data_home: PathBuf,
    /// When the session (and so the app) was asked for.
    pub launched_at: Instant,
    driver_url: String,
    _home: tempfile::TempDir,
    _driver: Guard,
    _display: Guard,
    _turn: tokio::sync::OwnedMutexGuard<()>,
}

/// The app's identifier: its data folder's name.
pub const APP_IDENTIFIER: &str = "org.passage.desktop";

impl App {
    /// Starts the app with the system language `lang` (a POSIX locale such as
    /// `km_KH.UTF-8`).
    pub async fn start(lang: &str) -> Result<Self> {
        Self::start_with(lang, None).await
    }

    /// The test fixture pack (`tests/fixtures/content`).
    pub fn fixture_content() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/content")
    }

    /// Starts the app with the system language `lang` and, if given, a
    /// content folder instead of the bundled courses (`PASSAGE_CONTENT_DIR`).
    pub async fn start_with(lang: &str, content_dir: Option<&Path>) -> Result<Self> {
        let turn = ONE_AT_A_TIME.clone().lock_owned().await;
        let binary = required_path("PASSAGE_DESKTOP_BIN")?;
        let driver_bin = required_path("TAURI_DRIVER")?;
        let webkit_driver = Path::new("/usr/bin/WebKitWebDriver");
        if !webkit_driver.is_file() {
            bail!("/usr/bin/WebKitWebDriver is missing: run `cargo xtask setup`");
        }
        let home = tempfile::tempdir()?;
        for dir in ["data", "config", "cache"] {
            std::fs::create_dir(home.path().join(dir))?;
        }
        let (display_name, display) = start_xvfb()?;
        let port = free_port()?;
        let native_port = free_port()?;
        let mut driver = Command::new(&driver_bin);
        driver
            .args(["--port", &port.to_string()])
            .args(["--native-port", &native_port.to_string()])
            .arg("--native-driver")
            .arg(webkit_driver)
            .env("DISPLAY", &display_name)
            .env("HOME", home.path())
            .env("XDG_DATA_HOME", home.path().join("data"))
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .env("XDG_CACHE_HOME", home.path().join("cache"))
            .env("LANG", lang)
            .env_remove("PASSAGE_CONTENT_DIR")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANGUAGE")
            .env_remove("WAYLAND_DISPLAY")
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        if let Some(dir) = content_dir {
            driver.env("PASSAGE_CONTENT_DIR", dir);
        }
        let driver = Guard::spawn(&mut driver).context("starting tauri-driver")?;
        let url = format!("http://127.0.0.1:{port}");
        wait_for_driver(&url).await?;

        let mut caps = serde_json::Map::new();
        caps.insert(
            "tauri:options".into(),
            serde_json::json!({ "application": binary }),
        );
        let asked = Instant::now();
        let client = new_session(&url, caps).await?;
        Ok(Self {
            client,
            binary,
            data_home: home.path().join("data"),
            launched_at: asked,
            driver_url: url,
            _home: home,
            _driver: driver,
            _display: display,
            _turn: turn,
        })
    }

    /// Waits (up to 20 s) for an element and returns it.
    pub async fn wait_for(&self, css: &str) -> Result<fantoccini::elements::Element> {
        self.client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css(css))
            .await
            .with_context(|| format!("waiting for `{css}`"))
    }

    /// Waits (up to 15 s) until `css`'s text contains `want`; returns the text.
    pub async fn wait_text(&self, css: &str, want: &str) -> Result<String> {
        let mut now = String::new();
        for _ in 0..150 {
            if let Ok(found) = self.client.find(Locator::Css(css)).await {
                now = found.text().await.unwrap_or_default();
                if now.contains(want) {
                    return Ok(now);
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        anyhow::bail!("`{css}` never said `{want}`: {now}")
    }

    /// From the home screen to trainer mode's door, with a new trainer's
    /// name and PIN typed in (not yet created). The home screen settles
    /// first: the profile list moves the link down when it arrives, and a
    /// click could land where the link was.
    pub async fn new_trainer_form(&self, name: &str, pin: &str) -> Result<()> {
        self.wait_for("[data-testid=new-profile]").await?;
        self.click("[data-testid=trainer-mode]").await?;
        self.wait_for("[data-testid=trainer-name]")
            .await?
            .send_keys(name)
            .await?;
        self.wait_for("[data-testid=trainer-new-pin]")
            .await?
            .send_keys(pin)
            .await?;
        Ok(())
    }

    /// Clicks the element matching `css` (waiting for it first).
    pub async fn click(&self, css: &str) -> Result<()> {
        self.wait_for(css).await?.click().await?;
        Ok(())
    }

    /// Sets a `<select>` the way a person picking an option does.
    pub async fn choose(&self, css: &str, value: &str) -> Result<()> {
        self.wait_for(css).await?;
        self.client
            .execute(
                "const select = document.querySelector(arguments[0]); select.value = arguments[1]; \
                 select.dispatchEvent(new Event('change', { bubbles: true }));",
                vec![css.into(), value.into()],
            )
            .await?;
        Ok(())
    }

    /// Types into the `[data-field=…]` inputs inside `scope`, in order.
    pub async fn fill(&self, scope: &str, fields: &[(&str, &str)]) -> Result<()> {
        for (field, value) in fields {
            self.wait_for(&format!("{scope} [data-field=\"{field}\"]"))
                .await?
                .send_keys(value)
                .await?;
        }
        Ok(())
    }

    /// Texts of all elements matching `css`.
    pub async fn texts(&self, css: &str) -> Result<Vec<String>> {
        let mut out = Vec::new();
        for element in self.client.find_all(Locator::Css(css)).await? {
            out.push(element.text().await?);
        }
        Ok(out)
    }

    /// Saves a screenshot of the window to `target/e2e/<name>.png`.
    pub async fn screenshot(&self, name: &str) -> Result<PathBuf> {
        // Wait for the fonts and two frames, so the picture shows what a person sees.
        self.client
            .execute_async(
                "const done = arguments[0]; document.fonts.ready.then(() => \
                 requestAnimationFrame(() => requestAnimationFrame(() => done(true))));",
                vec![],
            )
            .await?;
        let png = self.client.screenshot().await?;
        if !png.starts_with(b"\x89PNG") {
            bail!("the screenshot is not a PNG");
        }
        let path = output_dir().join(format!("{name}.png"));
        std::fs::write(&path, png)?;
        Ok(path)
    }

    /// The app's data folder (platform data directory + identifier).
    pub fn data_dir(&self) -> PathBuf {
        self.data_home.join(APP_IDENTIFIER)
    }

    /// Ends the session (closing the app).
    /// Quits the app and starts it again with the same data folder, as a
    /// learner would the next day.
    pub async fn restart(&mut self) -> Result<()> {
        self.client.clone().close().await?;
        let mut caps = serde_json::Map::new();
        caps.insert(
            "tauri:options".into(),
            serde_json::json!({ "application": self.binary }),
        );
        self.launched_at = Instant::now();
        self.client = new_session(&self.driver_url, caps).await?;
        Ok(())
    }

    pub async fn close(self) -> Result<()> {
        self.client.clone().close().await?;
        Ok(())
    }
}

fn start_xvfb() -> Result<(String, Guard)> {
    let mut guard = Guard::spawn(
        Command::new("Xvfb")
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
            .stderr(Stdio::null()),
    )
    .context("starting Xvfb (run `cargo xtask setup`)")?;
    let mut line = String::new();
    if let Some(out) = guard.0.stdout.take() {
        // On failure the guard is dropped and Xvfb killed.
        BufReader::new(out).read_line(&mut line)?;
    }
    let number = line.trim().to_owned();
    if number.is_empty() {
        bail!("Xvfb did not report a display number");
    }
    Ok((format!(":{number}"), guard))
}

/// Opens the WebDriver session. On a loaded machine tauri-driver can accept
/// the request before the WebKitWebDriver it starts is ready and drop the
/// connection; that (and only that) is retried a few times.
// The retry is said in the test output, where a flaky start should be seen.
#[allow(clippy::print_stderr)]
async fn new_session(
    url: &str,
    caps: serde_json::Map<String, serde_json::Value>,
) -> Result<Client> {
    let mut attempt = 0;
    loop {
        attempt += 1;
        // tauri-driver listens on loopback: plain HTTP, no TLS stack needed.
        match ClientBuilder::new(HttpConnector::new())
            .capabilities(caps.clone())
            .connect(url)
            .await
        {
            Ok(client) => return Ok(client),
            Err(
                err @ (fantoccini::error::NewSessionError::Lost(_)
                | fantoccini::error::NewSessionError::Failed(_)
                | fantoccini::error::NewSessionError::FailedC(_)),
            ) if attempt < 4 => {
                eprintln!("WebDriver session attempt {attempt} lost ({err}); retrying");
                tokio::time::sleep(Duration::from_millis(500 * attempt)).await;
            }
            Err(err) => return Err(err).context("opening a WebDriver session on the app"),
        }
    }
}

fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

async fn wait_for_driver(url: &str) -> Result<()> {
    let addr = url.trim_start_matches("http://").to_owned();
    let deadline = Instant::now() + Duration::from_secs(15);
    while Instant::now() < deadline {
        if tokio::net::TcpStream::connect(&addr).await.is_ok() {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    bail!("tauri-driver did not listen on {url} within 15 s")
}

/// Memory of a running app: its own process and every process under it
/// (WebKit's web and network processes).
#[derive(Clone, Copy, Debug, Default)]
pub struct Memory {
    /// Number of processes counted.
    pub processes: usize,
    /// Sum of resident set sizes, in KiB (counts shared pages once per process).
    pub rss_kib: u64,
    /// Sum of proportional set sizes, in KiB (shared pages divided fairly).
    pub pss_kib: u64,
}

/// Measures the memory of every running process of `binary` and its descendants.
pub fn app_memory(binary: &Path) -> Result<Memory> {
    let binary = binary.canonicalize()?;
    let mut parents: Vec<(u32, u32)> = Vec::new();
    let mut roots = Vec::new();
    for entry in std::fs::read_dir("/proc")?.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|s| s.parse::<u32>().ok())
        else {
            continue;
        };
        if std::fs::read_link(entry.path().join("exe")).is_ok_and(|exe| exe == binary) {
            roots.push(pid);
        }
        if let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) {
            // The command name may hold spaces and parentheses: parse after the last ')'.
            if let Some(ppid) = stat
                .rsplit_once(')')
                .and_then(|(_, rest)| rest.split_whitespace().nth(1))
                .and_then(|p| p.parse().ok())
            {
                parents.push((pid, ppid));
            }
        }
    }
    if roots.is_empty() {
        bail!("no running process of {}", binary.display());
    }
    let mut all = roots.clone();
    let mut i = 0;
    while i < all.len() {
        let parent = all[i];
        all.extend(
            parents
                .iter()
                .filter(|(_, pp)| *pp == parent)
                .map(|(p, _)| *p),
        );
        i += 1;
    }
    let mut memory = Memory::default();
    for pid in all {
        let rollup =
            std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap_or_default();
        let field = |name: &str| -> u64 {
            rollup
                .lines()
                .find(|l| l.starts_with(name))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
                .unwrap_or(0)
        };
        memory.processes += 1;
        memory.rss_kib += field("Rss:");
        memory.pss_kib += field("Pss:");
    }
    Ok(memory)
}
