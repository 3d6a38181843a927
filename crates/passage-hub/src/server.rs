//! The hub's HTTP API (axum). Every route but `/health`, `/v1/hello` and
//! `/v1/enrol` needs a device token; every query is scoped to the caller's
//! organisation, and a device can neither read nor write another's records.
//!
//! | route | body | answer |
//! |---|---|---|
//! | `GET /health` | | `ok` |
//! | `POST /v1/hello` | `Hello` (JSON) | `HelloReply`, or 400 `bad-version` |
//! | `POST /v1/enrol` | `EnrolRequest` | `EnrolReply`, or 403 `bad-code` |
//! | `GET /v1/status?scope=` | | the streams of a scope of the organisation |
//! | `GET /v1/scopes` | | the organisation's scopes (its own, and names its laptops claimed) |
//! | `POST /v1/push` | a page (zstd) | `PushReply`; 409 `stale`/`gap`; 403 `forbidden-scope` |
//! | `POST /v1/pull` | `PullRequest` | a page (zstd); 403 `forbidden-scope` |
//!
//! Errors are JSON `Problem`s with a stable code. Bodies are capped
//! ([`MAX_BODY_BYTES`]), and each device (and, for enrolment, each address)
//! is rate-limited.

use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use passage_store::wall_millis;
use passage_sync::keys::{hash_secret, random_hex};
use passage_sync::wire::{
    EnrolReply, EnrolRequest, Hello, HelloReply, MAX_BODY_BYTES, PAGE_RECORDS, PROTOCOL_VERSIONS,
    Problem, PullRequest, PushReply, VERSION_HEADER, WAITING_HEADER, decode_page, encode_page,
    negotiate,
};
use passage_sync::{org_scope, plan::Transfer};

use crate::storage::{Device, HubError, NewDevice, Storage};

/// Request limits.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Requests per second allowed to one device.
    pub per_device_per_second: u32,
    /// Burst allowed to one device.
    pub per_device_burst: u32,
    /// Enrolment attempts per minute from one address (guessing codes).
    pub enrols_per_minute: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            per_device_per_second: 50,
            per_device_burst: 200,
            enrols_per_minute: 10,
        }
    }
}

/// Told the organisation whose records were just stored (the dashboard's
/// read models then catch up).
pub type OnAppend = Arc<dyn Fn(&str) + Send + Sync>;

struct Hub<S> {
    storage: Arc<S>,
    per_device: DefaultKeyedRateLimiter<String>,
    enrols: DefaultKeyedRateLimiter<IpAddr>,
    on_append: Option<OnAppend>,
}

/// An error answer.
#[derive(Debug)]
pub struct ApiError(StatusCode, &'static str, String);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if self.0.is_server_error() {
            tracing::error!(code = self.1, message = %self.2, "request failed");
        } else {
            tracing::info!(status = self.0.as_u16(), code = self.1, message = %self.2, "request refused");
        }
        (
            self.0,
            Json(Problem {
                code: self.1.to_owned(),
                message: self.2,
            }),
        )
            .into_response()
    }
}

impl From<HubError> for ApiError {
    fn from(e: HubError) -> Self {
        let msg = e.to_string();
        match e {
            HubError::BadCode => Self(StatusCode::FORBIDDEN, "bad-code", msg),
            HubError::Stale(_) => Self(StatusCode::CONFLICT, "stale", msg),
            HubError::Gap(_) => Self(StatusCode::CONFLICT, "gap", msg),
            HubError::Invalid(_) => Self(StatusCode::BAD_REQUEST, "bad-page", msg),
            HubError::UnknownOrg(_) | HubError::OrgExists(_) | HubError::UserExists(_) => {
                Self(StatusCode::BAD_REQUEST, "bad-request", msg)
            }
            HubError::Database(_) => Self(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "the hub could not complete the request".into(),
            ),
        }
    }
}

fn nz(n: u32) -> NonZeroU32 {
    NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN)
}

/// The hub's routes over `storage`.
pub fn router<S: Storage>(storage: Arc<S>, limits: Limits) -> Router {
    router_with(storage, limits, None)
}

/// The hub's routes, calling `on_append` after each push that stored records.
pub fn router_with<S: Storage>(
    storage: Arc<S>,
    limits: Limits,
    on_append: Option<OnAppend>,
) -> Router {
    let hub = Arc::new(Hub {
        on_append,
        storage,
        per_device: RateLimiter::keyed(
            Quota::per_second(nz(limits.per_device_per_second))
                .allow_burst(nz(limits.per_device_burst)),
        ),
        enrols: RateLimiter::keyed(
            Quota::per_minute(nz(limits.enrols_per_minute))
                .allow_burst(nz(limits.enrols_per_minute)),
        ),
    });
    // Forget limits of laptops not heard from lately, so the tables stay small.
    if let Ok(runtime) = tokio::runtime::Handle::try_current() {
        let hub = Arc::downgrade(&hub);
        runtime.spawn(async move {
            let mut every = tokio::time::interval(std::time::Duration::from_secs(60));
            loop {
                every.tick().await;
                let Some(hub) = hub.upgrade() else { return };
                hub.per_device.retain_recent();
                hub.enrols.retain_recent();
            }
        });
    }
    Router::new()
        .route("/health", get(|| async { "ok" }))
        .route("/v1/hello", post(hello))
        .route("/v1/enrol", post(enrol::<S>))
        .route("/v1/status", get(status::<S>))
        .route("/v1/scopes", get(scopes::<S>))
        .route("/v1/push", post(push::<S>))
        .route("/v1/pull", post(pull::<S>))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(tower_http::trace::TraceLayer::new_for_http())
        .with_state(hub)
}

async fn hello(Json(hello): Json<Hello>) -> Result<Json<HelloReply>, ApiError> {
    negotiate(PROTOCOL_VERSIONS, &hello.versions)
        .map(|version| Json(HelloReply { version }))
        .ok_or_else(|| {
            ApiError(
                StatusCode::BAD_REQUEST,
                "bad-version",
                format!("this hub speaks protocol versions {PROTOCOL_VERSIONS:?}"),
            )
        })
}

fn check_version(headers: &HeaderMap) -> Result<(), ApiError> {
    let version = headers
        .get(VERSION_HEADER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u32>().ok());
    match version {
        Some(v) if PROTOCOL_VERSIONS.contains(&v) => Ok(()),
        _ => Err(ApiError(
            StatusCode::BAD_REQUEST,
            "bad-version",
            format!("send the {VERSION_HEADER} header with one of {PROTOCOL_VERSIONS:?}"),
        )),
    }
}

fn valid_id(s: &str, max: usize) -> bool {
    !s.is_empty() && s.len() <= max && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

async fn enrol<S: Storage>(
    State(hub): State<Arc<Hub<S>>>,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Json(req): Json<EnrolRequest>,
) -> Result<Json<EnrolReply>, ApiError> {
    check_version(&headers)?;
    if hub.enrols.check_key(&addr.ip()).is_err() {
        return Err(ApiError(
            StatusCode::TOO_MANY_REQUESTS,
            "rate-limited",
            "too many enrolment attempts: wait a minute".into(),
        ));
    }
    let name = req.device_name.trim();
    if !valid_id(&req.device_id, 80)
        || req.public_key.len() != 64
        || hex_decode_len(&req.public_key) != Some(32)
        || name.is_empty()
        || name.chars().count() > 100
        || req.code.len() > 200
    {
        return Err(ApiError(
            StatusCode::BAD_REQUEST,
            "bad-request",
            "the enrolment request is not valid".into(),
        ));
    }
    let token = random_hex(32)
        .map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, "internal", e.to_string()))?;
    let org = hub
        .storage
        .enrol(
            &hash_secret(&req.code),
            wall_millis(),
            NewDevice {
                id: req.device_id.clone(),
                name: name.to_owned(),
                token_hash: hash_secret(&token),
                public_key: req.public_key.clone(),
            },
        )
        .await?;
    let hub_key = hub.storage.hub_key().await?;
    tracing::info!(device = %req.device_id, org = %org.slug, "device enrolled");
    Ok(Json(EnrolReply {
        token,
        org: org.slug,
        org_name: org.name,
        hub_key: hub_key.public_hex(),
    }))
}

fn hex_decode_len(s: &str) -> Option<usize> {
    (s.len().is_multiple_of(2) && s.bytes().all(|b| b.is_ascii_hexdigit())).then_some(s.len() / 2)
}

/// The calling device, from its token; refused if unknown, revoked or too busy.
async fn caller<S: Storage>(hub: &Hub<S>, headers: &HeaderMap) -> Result<Device, ApiError> {
    check_version(headers)?;
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .ok_or_else(|| {
            ApiError(
                StatusCode::UNAUTHORIZED,
                "bad-token",
                "no device token".into(),
            )
        })?;
    let device = hub
        .storage
        .device_by_token(&hash_secret(token))
        .await?
        .ok_or_else(|| {
            ApiError(
                StatusCode::UNAUTHORIZED,
                "bad-token",
                "unknown device token".into(),
            )
        })?;
    if device.revoked_millis.is_some() {
        return Err(ApiError(
            StatusCode::UNAUTHORIZED,
            "revoked",
            "this laptop's access was revoked".into(),
        ));
    }
    if hub.per_device.check_key(&device.id).is_err() {
        return Err(ApiError(
            StatusCode::TOO_MANY_REQUESTS,
            "rate-limited",
            "too many requests: slow down".into(),
        ));
    }
    Ok(device)
}

fn forbidden(scope: &str) -> ApiError {
    ApiError(
        StatusCode::FORBIDDEN,
        "forbidden-scope",
        format!("this laptop may not use the records of {scope}"),
    )
}

/// `?scope=` of a status request.
#[derive(Debug, serde::Deserialize)]
struct ScopeQuery {
    scope: Option<String>,
}

async fn status<S: Storage>(
    State(hub): State<Arc<Hub<S>>>,
    headers: HeaderMap,
    Query(query): Query<ScopeQuery>,
) -> Result<Response, ApiError> {
    let device = caller(&hub, &headers).await?;
    hub.storage.seen(&device.id, wall_millis()).await?;
    let scope = query.scope.unwrap_or_else(|| org_scope(&device.org));
    // A scope nobody holds yet reads as empty; it is claimed by the first push.
    if !hub.storage.owns_scope(&device.org, &scope, false).await?
        && !unclaimed(&hub, &scope).await?
    {
        return Err(forbidden(&scope));
    }
    let status = hub.storage.status(&scope).await?;
    Ok(Json(status).into_response())
}

/// The scopes of the caller's organisation (its own and those claimed).
async fn scopes<S: Storage>(
    State(hub): State<Arc<Hub<S>>>,
    headers: HeaderMap,
) -> Result<Json<Vec<String>>, ApiError> {
    let device = caller(&hub, &headers).await?;
    Ok(Json(hub.storage.scopes_of(&device.org).await?))
}

/// Whether no organisation holds `scope` yet (by its own name or a claim).
async fn unclaimed<S: Storage>(hub: &Hub<S>, scope: &str) -> Result<bool, ApiError> {
    if !scope.starts_with("org:") {
        return Ok(false);
    }
    for org in hub.storage.orgs().await? {
        if hub
            .storage
            .scopes_of(&org.slug)
            .await?
            .iter()
            .any(|s| s == scope)
        {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Whether the caller's organisation may write `scope`: its own, one it
/// claimed, or (claimed now) one nobody holds: a workshop recorded before the
/// laptop was enrolled, under the name the trainer typed.
async fn may_write<S: Storage>(hub: &Hub<S>, device: &Device, scope: &str) -> Result<(), ApiError> {
    if scope.starts_with("org:") && hub.storage.owns_scope(&device.org, scope, true).await? {
        Ok(())
    } else {
        Err(forbidden(scope))
    }
}

async fn push<S: Storage>(
    State(hub): State<Arc<Hub<S>>>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<PushReply>, ApiError> {
    let device = caller(&hub, &headers).await?;
    let records = decode_page(&body)
        .map_err(|e| ApiError(StatusCode::BAD_REQUEST, "bad-page", e.to_string()))?;
    let mut scopes: Vec<&str> = records.iter().map(|r| r.scope.as_str()).collect();
    scopes.sort_unstable();
    scopes.dedup();
    for scope in scopes {
        may_write(&hub, &device, scope).await?;
    }
    if records.len() > PAGE_RECORDS * 2 {
        return Err(ApiError(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too-large",
            format!("at most {} records per page", PAGE_RECORDS * 2),
        ));
    }
    let waiting = waiting_header(&headers)?;
    let new = hub.storage.append(records, true).await?;
    if let Some(waiting) = waiting {
        hub.storage
            .note_waiting(&device.id, waiting, wall_millis())
            .await?;
    }
    if new > 0
        && let Some(tell) = &hub.on_append
    {
        tell(&device.org);
    }
    Ok(Json(PushReply { new }))
}

/// What the laptop says it still has to send after this page (absent
/// from laptops of before it was sent).
fn waiting_header(headers: &HeaderMap) -> Result<Option<u64>, ApiError> {
    headers
        .get(WAITING_HEADER)
        .map(|v| {
            v.to_str().ok().and_then(|v| v.parse().ok()).ok_or_else(|| {
                ApiError(
                    StatusCode::BAD_REQUEST,
                    "bad-header",
                    format!("{WAITING_HEADER} must be a whole number of records"),
                )
            })
        })
        .transpose()
}

async fn pull<S: Storage>(
    State(hub): State<Arc<Hub<S>>>,
    headers: HeaderMap,
    Json(req): Json<PullRequest>,
) -> Result<Response, ApiError> {
    let device = caller(&hub, &headers).await?;
    let mut total: u64 = 0;
    for Transfer { stream, from, to } in &req.wants {
        if !hub
            .storage
            .owns_scope(&device.org, &stream.scope, false)
            .await?
        {
            return Err(forbidden(&stream.scope));
        }
        if *from == 0 || to < from {
            return Err(ApiError(
                StatusCode::BAD_REQUEST,
                "bad-request",
                "an empty or invalid range".into(),
            ));
        }
        total = total.saturating_add(to - from + 1);
    }
    if total > (PAGE_RECORDS * 2) as u64 {
        return Err(ApiError(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too-large",
            format!("at most {} records per page", PAGE_RECORDS * 2),
        ));
    }
    let records = hub.storage.read(req.wants).await?;
    Ok((
        [(header::CONTENT_TYPE, "application/zstd")],
        encode_page(&records),
    )
        .into_response())
}

/// Serves `router` on `listener` until `shutdown` completes, with TLS when
/// given a certificate and key (PEM).
pub async fn serve(
    router: Router,
    listener: std::net::TcpListener,
    tls: Option<(std::path::PathBuf, std::path::PathBuf)>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    listener.set_nonblocking(true)?;
    let handle = axum_server::Handle::new();
    let stopper = handle.clone();
    tokio::spawn(async move {
        shutdown.await;
        stopper.graceful_shutdown(Some(std::time::Duration::from_secs(10)));
    });
    let app = router.into_make_service_with_connect_info::<SocketAddr>();
    match tls {
        Some((cert, key)) => {
            passage_sync::client::install_crypto();
            let config = axum_server::tls_rustls::RustlsConfig::from_pem_file(cert, key).await?;
            axum_server::from_tcp_rustls(listener, config)
                .handle(handle)
                .serve(app)
                .await
        }
        None => {
            axum_server::from_tcp(listener)
                .handle(handle)
                .serve(app)
                .await
        }
    }
}
