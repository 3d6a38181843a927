//! The organisations' web dashboard, served by the hub under `/dashboard`:
//! server-rendered HTML (maud) that reads without JavaScript, in the
//! reader's language (the same Fluent messages as the app, `hub.ftl`).
//!
//! - **Accounts**: made with `passage-hub user add`; passwords are argon2
//!   hashes. A session is a random secret in an `HttpOnly`,
//!   `SameSite=Strict` cookie (`Secure` over TLS); only its SHA-256 is
//!   stored. Sign-in is rate-limited per address and per account.
//! - **CSRF**: every form carries a secret the server checks (the
//!   session's, or before sign-in a double-submit cookie's).
//! - **Scope**: every figure is of the signed-in account's organisation.
//! - **Privacy**: aggregate views withhold groups of fewer than
//!   [`MIN_GROUP`] people; names are shown to managers only; exports and
//!   looks at names go to the audit log.
//! - **Headers**: a strict Content-Security-Policy (no scripts at all),
//!   `no-store`, `nosniff`, no referrer, no framing.

mod content;
mod figures;
mod pages;

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::{Arc, Mutex, PoisonError};

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use axum::extract::{ConnectInfo, Form, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Router, extract::Request};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use passage_l10n::{Locale, Messages};
use passage_store::wall_millis;
use passage_sync::keys::{hash_secret, random_hex};

pub use content::Content;
pub use figures::{AnswerKeys, Figures, compute};

use crate::readmodel::ReadModels;
use crate::storage::{AuditEntry, HubError, Role, Session, Storage, User};

/// Groups smaller than this are withheld from aggregate views and exports.
pub const MIN_GROUP: u32 = 5;

/// How long a sign-in lasts.
const SESSION_MILLIS: u64 = 8 * 3_600_000;

const SESSION_COOKIE: &str = "passage_session";
const LOGIN_CSRF_COOKIE: &str = "passage_login";
const LANG_COOKIE: &str = "passage_lang";

/// What the dashboard needs besides the hub's storage.
#[derive(Debug)]
pub struct DashboardConfig {
    /// The organisations' read models.
    pub models: Arc<ReadModels>,
    /// The course content (answer keys and question words).
    pub content: Arc<Content>,
    /// The UI messages of every language.
    pub messages: Arc<Messages>,
    /// Whether the hub serves HTTPS (cookies are then `Secure`).
    pub secure_cookies: bool,
    /// Sign-in attempts per minute from one address, and for one account.
    pub logins_per_minute: u32,
    /// How long a page waits for figures that include records just synced
    /// before it shows the last ones worked out.
    pub wait_for_fresh: std::time::Duration,
}

/// Figures worked out for a read model's generation, and when (ms).
type Cached = (u64, Arc<Figures>, u64);

struct Dashboard<S> {
    storage: Arc<S>,
    config: DashboardConfig,
    locales: Vec<Locale>,
    cache: Mutex<HashMap<String, Cached>>,
    /// One refresh at a time: a page waiting for fresh figures and the
    /// background task never work the same figures out twice.
    refreshing: tokio::sync::Mutex<()>,
    logins_by_address: DefaultKeyedRateLimiter<IpAddr>,
    logins_by_account: DefaultKeyedRateLimiter<String>,
}

/// The hash of a password, to store (argon2id, random salt).
pub fn hash_password(password: &str) -> Result<String, HubError> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| HubError::Database(e.to_string()))?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| HubError::Database(e.to_string()))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| HubError::Database(e.to_string()))
}

/// Whether `password` matches a stored hash.
fn password_matches(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|hash| {
        Argon2::default()
            .verify_password(password.as_bytes(), &hash)
            .is_ok()
    })
}

/// A hash to check against when there is no such account, so a wrong
/// address takes as long as a wrong password.
fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_password("no such account").unwrap_or_default())
}

fn nz(n: u32) -> NonZeroU32 {
    NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN)
}

/// The dashboard's routes (under `/dashboard`, and `/` redirecting there).
pub fn router<S: Storage>(storage: Arc<S>, config: DashboardConfig) -> Router {
    let per_minute =
        Quota::per_minute(nz(config.logins_per_minute)).allow_burst(nz(config.logins_per_minute));
    let dash = Arc::new(Dashboard {
        storage,
        locales: config.messages.locales(),
        config,
        cache: Mutex::new(HashMap::new()),
        refreshing: tokio::sync::Mutex::new(()),
        logins_by_address: RateLimiter::keyed(per_minute),
        logins_by_account: RateLimiter::keyed(per_minute),
    });
    if tokio::runtime::Handle::try_current().is_ok() {
        tokio::spawn(Arc::clone(&dash).keep_up());
    }
    Router::new()
        .route("/", get(|| async { Redirect::to("/dashboard") }))
        .route("/dashboard/style.css", get(pages::stylesheet))
        .route("/dashboard/fonts/{name}", get(pages::font))
        .route("/dashboard/login", get(login_page::<S>).post(login::<S>))
        .route("/dashboard/logout", axum::routing::post(logout::<S>))
        .route("/dashboard", get(overview::<S>))
        .route("/dashboard/groups", get(groups::<S>))
        .route("/dashboard/workshops", get(workshops::<S>))
        .route("/dashboard/workshops/{id}", get(workshop::<S>))
        .route("/dashboard/trainers", get(trainers::<S>))
        .route("/dashboard/questions", get(questions::<S>))
        .route("/dashboard/devices", get(devices::<S>))
        .route("/dashboard/export", get(export_page::<S>))
        .route("/dashboard/export.csv", get(export_csv::<S>))
        .route("/dashboard/export.xlsx", get(export_xlsx::<S>))
        .route("/dashboard/audit", get(audit::<S>))
        .layer(middleware::from_fn(security_headers))
        .with_state(dash)
}

/// Headers on every dashboard answer.
async fn security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self' data:; \
             form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ),
    );
    if !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    response
}

/// `?lang=` on any page.
#[derive(Debug, Default, serde::Deserialize)]
struct LangQuery {
    lang: Option<String>,
    /// The page of a long list (from 1); anything else reads as the first.
    page: Option<String>,
}

/// Who is reading, in which language.
pub(crate) struct Reader {
    pub(crate) user: User,
    pub(crate) session: Session,
    pub(crate) locale: Locale,
    /// The page of a long list asked for.
    pub(crate) page: Option<u32>,
}

impl<S: Storage> Dashboard<S> {
    /// The reader's language: `?lang=`, else the cookie, else the browser's.
    fn locale(&self, jar: &CookieJar, query: &LangQuery, headers: &HeaderMap) -> Locale {
        let chosen = query
            .lang
            .as_deref()
            .or_else(|| jar.get(LANG_COOKIE).map(Cookie::value))
            .and_then(|l| Locale::parse(l).ok())
            .filter(|l| self.locales.contains(l));
        if let Some(l) = chosen {
            return l;
        }
        let wanted: Vec<String> = headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .split(',')
            .filter_map(|part| part.split(';').next())
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
            .collect();
        passage_l10n::negotiate(&wanted, &self.locales)
    }

    fn tr(&self, locale: &Locale, msg: &passage_l10n::Msg) -> String {
        self.config.messages.tr(locale, msg)
    }

    fn cookie(&self, name: &'static str, value: String) -> Cookie<'static> {
        let mut c = Cookie::new(name, value);
        c.set_path("/dashboard");
        c.set_http_only(true);
        c.set_same_site(SameSite::Strict);
        c.set_secure(self.config.secure_cookies);
        c
    }

    /// The signed-in reader, or the way to the sign-in page.
    async fn reader(
        &self,
        jar: &CookieJar,
        query: &LangQuery,
        headers: &HeaderMap,
    ) -> Result<Reader, Response> {
        let locale = self.locale(jar, query, headers);
        let Some(secret) = jar.get(SESSION_COOKIE).map(Cookie::value) else {
            return Err(Redirect::to("/dashboard/login").into_response());
        };
        match self
            .storage
            .session(&hash_secret(secret), wall_millis())
            .await
        {
            Ok(Some((session, user))) => Ok(Reader {
                user,
                session,
                locale,
                page: query.page.as_deref().and_then(|p| p.parse().ok()),
            }),
            Ok(None) => Err(Redirect::to("/dashboard/login").into_response()),
            Err(e) => Err(self.failure(&locale, &e)),
        }
    }

    fn failure(&self, locale: &Locale, e: &HubError) -> Response {
        tracing::error!(error = %e, "dashboard page failed");
        let words = pages::Words::new(&self.config.messages, locale);
        (
            StatusCode::INTERNAL_SERVER_ERROR,
            pages::error_page(&words, StatusCode::INTERNAL_SERVER_ERROR),
        )
            .into_response()
    }

    /// The organisation's figures. Those worked out last are served at
    /// once unless new records came in; then the page waits for fresh ones
    /// up to [`DashboardConfig::wait_for_fresh`] and otherwise shows the
    /// last ones (a background task finishes the work).
    async fn figures(&self, org: &str) -> Result<(Arc<Figures>, u64), HubError> {
        let cached = self
            .cache
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(org)
            .map(|(_, f, at)| (Arc::clone(f), *at));
        let models = &self.config.models;
        match cached {
            Some(c) if !models.is_behind(org) => Ok(c),
            Some(c) => {
                models.begin(org);
                let fresh =
                    tokio::time::timeout(self.config.wait_for_fresh, self.refresh(org)).await;
                models.done(org);
                match fresh {
                    Ok(r) => r,
                    Err(_) => Ok(c),
                }
            }
            None => {
                models.begin(org);
                let r = self.refresh(org).await;
                models.done(org);
                r
            }
        }
    }

    /// Brings the read model up to date and works the figures out again if
    /// anything was added.
    async fn refresh(&self, org: &str) -> Result<(Arc<Figures>, u64), HubError> {
        let _one_at_a_time = self.refreshing.lock().await;
        let models = &self.config.models;
        models.catch_up(self.storage.as_ref(), org).await?;
        let generation = models.generation(org)?;
        if let Some((g, figures, at)) = self
            .cache
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(org)
            && *g == generation
        {
            return Ok((Arc::clone(figures), *at));
        }
        let content = Arc::clone(&self.config.content);
        let figures = models
            .read(org, move |store| {
                compute(store, content.as_ref()).map_err(|e| HubError::Database(e.to_string()))
            })
            .await?;
        let figures = Arc::new(figures);
        let at = wall_millis();
        self.cache
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(org.to_owned(), (generation, Arc::clone(&figures), at));
        Ok((figures, at))
    }

    /// Keeps the figures of organisations with new records up to date: when
    /// a push says so, and every minute for records that came another way
    /// (a USB import by the `import` command, another hub process).
    async fn keep_up(self: Arc<Self>) {
        let models = Arc::clone(&self.config.models);
        loop {
            let woken = tokio::select! {
                () = models.wait_for_change() => true,
                () = tokio::time::sleep(std::time::Duration::from_secs(60)) => false,
            };
            if !woken {
                match self.storage.orgs().await {
                    Ok(orgs) => orgs.iter().for_each(|o| models.mark_stale(&o.slug)),
                    Err(e) => tracing::warn!(error = %e, "organisations not listed"),
                }
            }
            for org in models.take_stale() {
                if let Err(e) = self.refresh(&org).await {
                    tracing::warn!(org = %org, error = %e, "dashboard figures not brought up to date");
                }
                models.done(&org);
            }
        }
    }

    async fn audit(&self, reader: &Reader, action: &str, detail: &str) -> Result<(), HubError> {
        self.storage
            .audit(
                &reader.user.org,
                AuditEntry {
                    at_millis: wall_millis(),
                    email: reader.user.email.clone(),
                    action: action.to_owned(),
                    detail: detail.to_owned(),
                },
            )
            .await
    }
}

/// The answer to a signed-in reader: the page (setting the language cookie
/// when `?lang=` chose one), or the error page.
fn finish<S: Storage>(
    dash: &Dashboard<S>,
    jar: CookieJar,
    query: &LangQuery,
    reader: &Reader,
    page: Result<Response, HubError>,
) -> Response {
    let jar = match &query.lang {
        Some(_) => jar.add(dash.cookie(LANG_COOKIE, reader.locale.as_str().to_owned())),
        None => jar,
    };
    match page {
        Ok(page) => (jar, page).into_response(),
        Err(e) => dash.failure(&reader.locale, &e),
    }
}

// ---- sign-in ---------------------------------------------------------------

/// What the sign-in form sends.
#[derive(Debug, serde::Deserialize)]
struct LoginForm {
    email: String,
    password: String,
    csrf: String,
}

async fn login_page<S: Storage>(
    State(dash): State<Arc<Dashboard<S>>>,
    jar: CookieJar,
    Query(query): Query<LangQuery>,
    headers: HeaderMap,
) -> Response {
    let locale = dash.locale(&jar, &query, &headers);
    login_form(&dash, jar, &locale, None, StatusCode::OK)
}

fn login_form<S: Storage>(
    dash: &Dashboard<S>,
    jar: CookieJar,
    locale: &Locale,
    problem: Option<String>,
    status: StatusCode,
) -> Response {
    let Ok(csrf) = random_hex(16) else {
        return dash.failure(locale, &HubError::Database("no randomness".into()));
    };
    let words = pages::Words::new(&dash.config.messages, locale);
    let jar = jar
        .add(dash.cookie(LOGIN_CSRF_COOKIE, csrf.clone()))
        .add(dash.cookie(LANG_COOKIE, locale.as_str().to_owned()));
    (status, jar, pages::login(&words, &csrf, problem.as_deref())).into_response()
}

async fn login<S: Storage>(
    State(dash): State<Arc<Dashboard<S>>>,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    jar: CookieJar,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> Response {
    let locale = dash.locale(&jar, &LangQuery::default(), &headers);
    let expected = jar.get(LOGIN_CSRF_COOKIE).map(Cookie::value);
    if expected.is_none_or(|e| e.is_empty() || e != form.csrf) {
        let problem = dash.tr(&locale, &passage_l10n::msg::hub_login_expired());
        return login_form(&dash, jar, &locale, Some(problem), StatusCode::FORBIDDEN);
    }
    let email = form.email.trim().to_lowercase();
    if dash.logins_by_address.check_key(&addr.ip()).is_err()
        || dash.logins_by_account.check_key(&email).is_err()
    {
        tracing::warn!(address = %addr.ip(), "dashboard sign-in rate-limited");
        let problem = dash.tr(&locale, &passage_l10n::msg::hub_login_limited());
        return login_form(
            &dash,
            jar,
            &locale,
            Some(problem),
            StatusCode::TOO_MANY_REQUESTS,
        );
    }
    let user = match dash.storage.user(&email).await {
        Ok(u) => u,
        Err(e) => return dash.failure(&locale, &e),
    };
    let stored = user
        .as_ref()
        .map_or_else(|| decoy_hash().to_owned(), |u| u.password_hash.clone());
    let password = form.password;
    let matches = tokio::task::spawn_blocking(move || password_matches(&password, &stored))
        .await
        .unwrap_or(false);
    let Some(user) = user.filter(|_| matches) else {
        tracing::info!(address = %addr.ip(), "dashboard sign-in refused");
        let problem = dash.tr(&locale, &passage_l10n::msg::hub_login_failed());
        return login_form(&dash, jar, &locale, Some(problem), StatusCode::UNAUTHORIZED);
    };
    let (Ok(secret), Ok(csrf)) = (random_hex(32), random_hex(16)) else {
        return dash.failure(&locale, &HubError::Database("no randomness".into()));
    };
    let now = wall_millis();
    let session = Session {
        token_hash: hash_secret(&secret),
        email: user.email.clone(),
        csrf,
        expires_millis: now + SESSION_MILLIS,
    };
    if let Err(e) = dash.storage.add_session(session, now).await {
        return dash.failure(&locale, &e);
    }
    let entry = AuditEntry {
        at_millis: now,
        email: user.email.clone(),
        action: "sign-in".into(),
        detail: addr.ip().to_string(),
    };
    if let Err(e) = dash.storage.audit(&user.org, entry).await {
        return dash.failure(&locale, &e);
    }
    let jar = jar
        .remove(dash.cookie(LOGIN_CSRF_COOKIE, String::new()))
        .add(dash.cookie(SESSION_COOKIE, secret));
    (jar, Redirect::to("/dashboard")).into_response()
}

/// What the sign-out form sends.
#[derive(Debug, serde::Deserialize)]
struct CsrfForm {
    csrf: String,
}

async fn logout<S: Storage>(
    State(dash): State<Arc<Dashboard<S>>>,
    jar: CookieJar,
    headers: HeaderMap,
    Form(form): Form<CsrfForm>,
) -> Response {
    let reader = match dash.reader(&jar, &LangQuery::default(), &headers).await {
        Ok(r) => r,
        Err(response) => return response,
    };
    if form.csrf != reader.session.csrf {
        return (
            StatusCode::FORBIDDEN,
            "the form was not sent by this dashboard",
        )
            .into_response();
    }
    if let Err(e) = dash.storage.end_session(&reader.session.token_hash).await {
        return dash.failure(&reader.locale, &e);
    }
    let jar = jar.remove(dash.cookie(SESSION_COOKIE, String::new()));
    (jar, Redirect::to("/dashboard/login")).into_response()
}

// ---- pages -----------------------------------------------------------------

/// A page handler for signed-in readers: `$body` makes the page from
/// `$dash` and `$reader`, and may use `?` on storage errors.
macro_rules! page {
    ($name:ident, |$dash:ident, $reader:ident $(, $extract:pat = $ty:ty)?| $body:block) => {
        async fn $name<S: Storage>(
            State($dash): State<Arc<Dashboard<S>>>,
            $($extract: $ty,)?
            jar: CookieJar,
            Query(query): Query<LangQuery>,
            headers: HeaderMap,
        ) -> Response {
            let reader = match $dash.reader(&jar, &query, &headers).await {
                Ok(r) => r,
                Err(response) => return response,
            };
            let $reader = &reader;
            let page: Result<Response, HubError> = async { $body }.await;
            finish(&$dash, jar, &query, $reader, page)
        }
    };
}

page!(overview, |dash, reader| {
    let (figures, at) = dash.figures(&reader.user.org).await?;
    let words = pages::Words::new(&dash.config.messages, &reader.locale);
    Ok(pages::overview(&words, reader, &figures, at).into_response())
});

page!(groups, |dash, reader| {
    let (figures, at) = dash.figures(&reader.user.org).await?;
    let words = pages::Words::new(&dash.config.messages, &reader.locale);
    Ok(pages::groups(&words, reader, &figures, at).into_response())
});

page!(workshops, |dash, reader| {
    let (figures, _) = dash.figures(&reader.user.org).await?;
    let words = pages::Words::new(&dash.config.messages, &reader.locale);
    Ok(
        pages::workshops(&words, reader, &figures, &dash.config.content, reader.page)
            .into_response(),
    )
});

page!(trainers, |dash, reader| {
    let (figures, _) = dash.figures(&reader.user.org).await?;
    let words = pages::Words::new(&dash.config.messages, &reader.locale);
    Ok(pages::trainers(&words, reader, &figures, reader.page).into_response())
});

page!(questions, |dash, reader| {
    let (figures, _) = dash.figures(&reader.user.org).await?;
    let words = pages::Words::new(&dash.config.messages, &reader.locale);
    Ok(pages::questions(&words, reader, &figures, &dash.config.content).into_response())
});

page!(devices, |dash, reader| {
    let org = &reader.user.org;
    let devices = dash.storage.devices(org).await?;
    let mut held: HashMap<String, u64> = HashMap::new();
    for scope in dash.storage.scopes_of(org).await? {
        for s in dash.storage.status(&scope).await? {
            *held.entry(s.stream.device_id).or_default() += s.contiguous;
        }
    }
    let waiting = dash.storage.waiting(org).await?;
    let words = pages::Words::new(&dash.config.messages, &reader.locale);
    Ok(pages::devices(&words, reader, &devices, &held, &waiting).into_response())
});

page!(export_page, |dash, reader| {
    let words = pages::Words::new(&dash.config.messages, &reader.locale);
    Ok(pages::export(&words, reader).into_response())
});

page!(audit, |dash, reader| {
    let words = pages::Words::new(&dash.config.messages, &reader.locale);
    if reader.user.role != Role::Manager {
        return Ok((
            StatusCode::FORBIDDEN,
            pages::error_page(&words, StatusCode::FORBIDDEN),
        )
            .into_response());
    }
    let log = dash.storage.audit_log(&reader.user.org, 500).await?;
    Ok(pages::audit(&words, reader, &log).into_response())
});

page!(workshop, |dash, reader, Path(id) = Path<String>| {
    let (figures, _) = dash.figures(&reader.user.org).await?;
    let words = pages::Words::new(&dash.config.messages, &reader.locale);
    let Some(line) = figures.workshops.iter().find(|w| w.id == id) else {
        return Ok((StatusCode::NOT_FOUND, pages::error_page(&words, StatusCode::NOT_FOUND))
            .into_response());
    };
    let people = if reader.user.role == Role::Manager {
        dash.audit(reader, "view-participants", &id).await?;
        let wanted = id.clone();
        dash.config
            .models
            .read(&reader.user.org, move |store| {
                figures::people_of(store, &wanted).map_err(|e| HubError::Database(e.to_string()))
            })
            .await?
    } else {
        None
    };
    Ok(pages::workshop(&words, reader, line, people.as_deref(), &dash.config.content)
        .into_response())
});

/// The organisation's report with small groups withheld, for exports.
fn export_report(figures: &Figures) -> passage_report::WorkshopReport {
    let mut report = figures.report.clone();
    passage_report::suppress_small(&mut report, MIN_GROUP);
    report
}

fn download(content_type: &'static str, name: String, body: Vec<u8>) -> Response {
    let disposition = format!("attachment; filename=\"{name}\"");
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition)
                    .unwrap_or_else(|_| HeaderValue::from_static("attachment")),
            ),
        ],
        body,
    )
        .into_response()
}

page!(export_csv, |dash, reader| {
    let (figures, _) = dash.figures(&reader.user.org).await?;
    dash.audit(reader, "export-csv", "all workshops").await?;
    let csv = passage_report::to_csv(&export_report(&figures));
    let name = format!(
        "passage-{}-{}.csv",
        reader.user.org,
        passage_store::civil_date(wall_millis())
    );
    Ok(download("text/csv; charset=utf-8", name, csv.into_bytes()))
});

page!(export_xlsx, |dash, reader| {
    let (figures, _) = dash.figures(&reader.user.org).await?;
    dash.audit(reader, "export-xlsx", "all workshops").await?;
    let words = pages::Words::new(&dash.config.messages, &reader.locale);
    let report_words = words.report_words(&reader.user.org);
    let xlsx = passage_report::to_xlsx(&export_report(&figures), &report_words)
        .map_err(|e| HubError::Database(e.to_string()))?;
    let name = format!(
        "passage-{}-{}.xlsx",
        reader.user.org,
        passage_store::civil_date(wall_millis())
    );
    Ok(download(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        name,
        xlsx,
    ))
});
