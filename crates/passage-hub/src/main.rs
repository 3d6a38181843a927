//! `passage-hub`: the hub server and its admin commands.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};
use passage_hub::dashboard::{Content, DashboardConfig, hash_password};
use passage_hub::readmodel::ReadModels;
use passage_hub::server::{Limits, OnAppend, router_with, serve};
use passage_hub::{PgStorage, Role, SqliteStorage, Storage, User, usb};
use passage_l10n::Messages;
use passage_sync::keys::{hash_secret, random_hex};
use passage_sync::valid_slug;

#[derive(Parser, Debug)]
#[command(
    name = "passage-hub",
    version,
    about = "Where an organisation's Passage laptops sync"
)]
struct Cli {
    /// Where the hub keeps its SQLite database (the default backend).
    #[arg(
        long,
        env = "PASSAGE_HUB_DATA",
        default_value = "passage-hub-data",
        global = true
    )]
    data_dir: PathBuf,
    /// A PostgreSQL database instead (postgres://user@host:port/db).
    #[arg(long, env = "PASSAGE_HUB_DATABASE", global = true)]
    database: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Serves the sync API.
    Serve {
        /// Address to listen on; the first line printed says where it listens.
        #[arg(long, default_value = "127.0.0.1:8741")]
        listen: SocketAddr,
        /// TLS certificate chain (PEM); with --tls-key, serves HTTPS.
        #[arg(long, requires = "tls_key")]
        tls_cert: Option<PathBuf>,
        /// TLS private key (PEM).
        #[arg(long, requires = "tls_cert")]
        tls_key: Option<PathBuf>,
        /// Requests per second allowed to one laptop.
        #[arg(long, default_value_t = Limits::default().per_device_per_second)]
        device_rate: u32,
        /// Enrolment attempts per minute allowed from one address.
        #[arg(long, default_value_t = Limits::default().enrols_per_minute)]
        enrol_rate: u32,
        /// Log as JSON lines.
        #[arg(long)]
        json_logs: bool,
        /// The course packs (for the dashboard's test questions: their
        /// answers and words).
        #[arg(long, env = "PASSAGE_HUB_CONTENT")]
        content: Option<PathBuf>,
        /// The UI messages (`<dir>/<lang>/*.ftl`) for the dashboard.
        #[arg(long, env = "PASSAGE_HUB_LOCALES")]
        locales: Option<PathBuf>,
        /// Dashboard sign-in attempts per minute from one address or for one account.
        #[arg(long, default_value_t = 10)]
        login_rate: u32,
        /// How long a dashboard page waits for figures with just-synced
        /// records before showing the last ones (milliseconds).
        #[arg(long, default_value_t = 250)]
        dashboard_wait_ms: u64,
    },
    /// Dashboard accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Organisations.
    Org {
        #[command(subcommand)]
        command: OrgCommand,
    },
    /// Issues a one-time enrolment code for a laptop of ORG.
    EnrolCode {
        /// The organisation's slug.
        org: String,
        /// How long the code stays valid.
        #[arg(long, default_value_t = 72)]
        valid_hours: u64,
    },
    /// Lists the laptops of ORG.
    Devices {
        /// The organisation's slug.
        org: String,
    },
    /// Revokes a laptop: its token stops working at once.
    Revoke {
        /// The device id (from `devices`).
        device: String,
    },
    /// Writes every record of ORG as JSON lines.
    Export {
        /// The organisation's slug.
        org: String,
        /// The file to write (default: standard output).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Imports a sync file a laptop wrote to a USB stick; writes the receipt.
    Import {
        /// The file.
        file: PathBuf,
        /// Where to write the receipt for the laptop (default: beside the file).
        #[arg(long)]
        receipt: Option<PathBuf>,
    },
}

#[derive(Subcommand, Debug)]
enum UserCommand {
    /// Adds an account to ORG; reads the password from standard input
    /// (one line, at least 12 characters).
    Add {
        /// The organisation's slug.
        org: String,
        /// The e-mail address they sign in with.
        email: String,
        /// `viewer` (figures only) or `manager` (also names and the audit log).
        #[arg(long, default_value = "viewer")]
        role: String,
    },
    /// Sets a new password (read from standard input); signs them out everywhere.
    Password {
        /// The account's e-mail address.
        email: String,
    },
    /// Lists the accounts of ORG.
    List {
        /// The organisation's slug.
        org: String,
    },
}

#[derive(Subcommand, Debug)]
enum OrgCommand {
    /// Creates an organisation.
    Create {
        /// Its slug: lowercase letters, digits and '-'.
        slug: String,
        /// Its name.
        name: String,
    },
    /// Lists organisations.
    List,
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the runtime")?;
    runtime.block_on(async move {
        std::fs::create_dir_all(&cli.data_dir)
            .with_context(|| format!("creating {}", cli.data_dir.display()))?;
        match &cli.database {
            Some(url) => {
                let storage = PgStorage::connect(url)
                    .await
                    .context("connecting to PostgreSQL")?;
                run(cli.command, storage, &cli.data_dir).await
            }
            None => {
                let storage = SqliteStorage::open(&cli.data_dir.join("hub.sqlite"))?;
                run(cli.command, storage, &cli.data_dir).await
            }
        }
    })
}

#[allow(clippy::print_stdout)]
async fn run<S: Storage>(command: Command, storage: S, data_dir: &Path) -> Result<()> {
    match command {
        Command::Serve {
            listen,
            tls_cert,
            tls_key,
            device_rate,
            enrol_rate,
            json_logs,
            content,
            locales,
            login_rate,
            dashboard_wait_ms,
        } => {
            let filter = tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,tower_http=info".into());
            let logs = tracing_subscriber::fmt()
                .with_env_filter(filter)
                .with_writer(std::io::stderr);
            if json_logs {
                logs.json().init();
            } else {
                logs.init();
            }
            let listener = std::net::TcpListener::bind(listen)
                .with_context(|| format!("listening on {listen}"))?;
            let addr = listener.local_addr()?;
            let scheme = if tls_cert.is_some() { "https" } else { "http" };
            println!("listening on {scheme}://{addr}");
            let limits = Limits {
                per_device_per_second: device_rate,
                per_device_burst: device_rate.saturating_mul(4),
                enrols_per_minute: enrol_rate,
            };
            let storage = Arc::new(storage);
            let secure_cookies = tls_cert.is_some();
            let dashboard = dashboard_config(
                data_dir,
                content,
                locales,
                secure_cookies,
                login_rate,
                std::time::Duration::from_millis(dashboard_wait_ms),
            )?;
            warm_up(Arc::clone(&storage), Arc::clone(&dashboard.models));
            let models = Arc::clone(&dashboard.models);
            let on_append: OnAppend = Arc::new(move |org: &str| models.mark_stale(org));
            let app = router_with(Arc::clone(&storage), limits, Some(on_append))
                .merge(passage_hub::dashboard::router(storage, dashboard));
            let tls = tls_cert.zip(tls_key);
            serve(app, listener, tls, stop_signal()).await?;
            tracing::info!("stopped");
        }
        Command::User { command } => user(command, &storage).await?,
        Command::Org {
            command: OrgCommand::Create { slug, name },
        } => {
            if !valid_slug(&slug) {
                bail!(
                    "{slug:?} is not a valid slug: use 1 to 40 lowercase letters, digits and '-'"
                );
            }
            storage.create_org(&slug, name.trim()).await?;
            println!("created {slug} ({})", name.trim());
        }
        Command::Org {
            command: OrgCommand::List,
        } => {
            for org in storage.orgs().await? {
                println!("{}\t{}", org.slug, org.name);
            }
        }
        Command::EnrolCode { org, valid_hours } => {
            let code = random_hex(10)?;
            let expires = passage_store::wall_millis() + valid_hours.saturating_mul(3_600_000);
            storage
                .add_enrol_code(&org, &hash_secret(&code), expires)
                .await?;
            println!("{code}");
        }
        Command::Devices { org } => {
            let waiting = storage.waiting(&org).await?;
            for d in storage.devices(&org).await? {
                let state = if d.revoked_millis.is_some() {
                    "revoked"
                } else {
                    "active"
                };
                let seen = d
                    .last_seen_millis
                    .map_or("never".to_owned(), |m| m.to_string());
                let left = waiting
                    .get(&d.id)
                    .map_or("unknown".to_owned(), |w| w.records.to_string());
                println!(
                    "{}\t{}\t{state}\tlast seen {seen}\twaiting {left}",
                    d.id, d.name
                );
            }
        }
        Command::Revoke { device } => {
            if !storage
                .revoke(&device, passage_store::wall_millis())
                .await?
            {
                bail!("no active device {device}");
            }
            println!("revoked {device}");
        }
        Command::Export { org, out } => {
            let mut records = Vec::new();
            for scope in storage.scopes_of(&org).await? {
                records.extend(storage.export(&scope).await?);
            }
            let mut text = String::new();
            for r in &records {
                text.push_str(&serde_json::to_string(r)?);
                text.push('\n');
            }
            match out {
                Some(path) => {
                    passage_sync::bundle::write_file_atomically(&path, text.as_bytes())
                        .with_context(|| format!("writing {}", path.display()))?;
                    println!("{} records written to {}", records.len(), path.display());
                }
                None => print!("{text}"),
            }
        }
        Command::Import { file, receipt } => {
            let bytes =
                std::fs::read(&file).with_context(|| format!("reading {}", file.display()))?;
            let imported = usb::import(&storage, &bytes).await.with_context(|| {
                format!("{} was not imported; nothing was stored", file.display())
            })?;
            let receipt = receipt.unwrap_or_else(|| file.with_extension("receipt"));
            passage_sync::bundle::write_file_atomically(&receipt, &imported.receipt)
                .with_context(|| format!("writing the receipt {}", receipt.display()))?;
            println!(
                "{} records in the file, {} new; receipt written to {}",
                imported.records,
                imported.new,
                receipt.display()
            );
        }
    }
    Ok(())
}

/// The dashboard's parts: read models beside the database, the content and
/// messages (by default the ones beside the program or in the source tree).
fn dashboard_config(
    data_dir: &Path,
    content: Option<PathBuf>,
    locales: Option<PathBuf>,
    secure_cookies: bool,
    logins_per_minute: u32,
    wait_for_fresh: std::time::Duration,
) -> Result<DashboardConfig> {
    let locales = locales.unwrap_or_else(|| beside_program("locales"));
    let messages = Messages::load(&locales)
        .with_context(|| format!("reading the UI messages in {}", locales.display()))?;
    let content = content.unwrap_or_else(|| beside_program("content"));
    let content = if content.is_dir() {
        Content::load(&content)
            .with_context(|| format!("reading the course content in {}", content.display()))?
    } else {
        tracing::warn!(dir = %content.display(), "no course content: the dashboard cannot tell right answers");
        Content::default()
    };
    Ok(DashboardConfig {
        models: Arc::new(ReadModels::new(data_dir.join("read-models"))),
        content: Arc::new(content),
        messages: Arc::new(messages),
        secure_cookies,
        logins_per_minute,
        wait_for_fresh,
    })
}

/// `name` in the current directory if it is there, else in the source tree
/// the program was built from.
fn beside_program(name: &str) -> PathBuf {
    let here = PathBuf::from(name);
    if here.is_dir() {
        return here;
    }
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(name)
}

/// Brings every organisation's read model up to date in the background,
/// so the first dashboard page after a restart does not wait for it.
fn warm_up<S: Storage>(storage: Arc<S>, models: Arc<ReadModels>) {
    tokio::spawn(async move {
        let orgs = match storage.orgs().await {
            Ok(orgs) => orgs,
            Err(e) => {
                tracing::warn!(error = %e, "read models not warmed up");
                return;
            }
        };
        for org in orgs {
            match models.catch_up(storage.as_ref(), &org.slug).await {
                Ok(n) => tracing::info!(org = %org.slug, records = n, "read model up to date"),
                Err(e) => {
                    tracing::warn!(org = %org.slug, error = %e, "read model not brought up to date")
                }
            }
        }
    });
}

/// One line from standard input: a password.
fn read_password() -> Result<String> {
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .context("reading the password from standard input")?;
    let password = line.trim_end_matches(['\r', '\n']).to_owned();
    if password.chars().count() < 12 {
        bail!("the password must have at least 12 characters");
    }
    Ok(password)
}

#[allow(clippy::print_stdout)]
async fn user<S: Storage>(command: UserCommand, storage: &S) -> Result<()> {
    match command {
        UserCommand::Add { org, email, role } => {
            let Some(role) = Role::parse(&role) else {
                bail!("{role:?} is not a role: use viewer or manager");
            };
            let email = email.trim().to_lowercase();
            if !email.contains('@') || email.len() > 200 {
                bail!("{email:?} is not an e-mail address");
            }
            let password_hash = hash_password(&read_password()?)?;
            storage
                .add_user(User {
                    email: email.clone(),
                    org,
                    role,
                    password_hash,
                })
                .await?;
            println!("added {email} ({})", role.as_str());
        }
        UserCommand::Password { email } => {
            let email = email.trim().to_lowercase();
            let hash = hash_password(&read_password()?)?;
            if !storage.set_password(&email, &hash).await? {
                bail!("there is no account {email}");
            }
            println!("password changed for {email}; every session of theirs ended");
        }
        UserCommand::List { org } => {
            for u in storage.users(&org).await? {
                println!("{}\t{}", u.email, u.role.as_str());
            }
        }
    }
    Ok(())
}

/// Ctrl-C or SIGTERM (a service manager stopping the hub).
async fn stop_signal() {
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        () = term => {}
    }
}
