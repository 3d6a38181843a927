//! The HTTP client of a hub (reqwest with rustls).

use std::time::Duration;

use passage_store::Record;
use reqwest::StatusCode;

use crate::engine::{Peer, SyncError};
use crate::plan::Transfer;
use crate::wire::{
    EnrolReply, EnrolRequest, Hello, HelloReply, PROTOCOL_VERSIONS, Problem, PullRequest,
    PushReply, Status, VERSION_HEADER, WAITING_HEADER, decode_page, encode_page,
};

/// A connection to one hub.
#[derive(Clone, Debug)]
pub struct HubClient {
    http: reqwest::Client,
    base: String,
    token: Option<String>,
    version: u32,
    scope: Option<String>,
}

/// Installs the TLS crypto provider (ring) once per process.
pub fn install_crypto() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

impl HubClient {
    /// A client of the hub at `base` (`http://…` or `https://…`).
    pub fn new(base: &str) -> Result<Self, SyncError> {
        Self::with_root_certificate(base, None)
    }

    /// As [`HubClient::new`], also trusting `root_pem` (a hub with its own certificate).
    pub fn with_root_certificate(base: &str, root_pem: Option<&[u8]>) -> Result<Self, SyncError> {
        let base = base.trim().trim_end_matches('/').to_owned();
        if !(base.starts_with("http://") || base.starts_with("https://")) || base.len() < 10 {
            return Err(SyncError::Unreachable(format!(
                "{base} is not a hub address (it starts with https:// or http://)"
            )));
        }
        install_crypto();
        let mut builder = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(60))
            .user_agent(concat!("passage/", env!("CARGO_PKG_VERSION")));
        if let Some(pem) = root_pem {
            let cert = reqwest::Certificate::from_pem(pem)
                .map_err(|e| SyncError::Unreachable(format!("the certificate: {e}")))?;
            builder = builder.tls_certs_merge([cert]);
        }
        let http = builder
            .build()
            .map_err(|e| SyncError::Unreachable(e.to_string()))?;
        Ok(Self {
            http,
            base,
            token: None,
            version: PROTOCOL_VERSIONS[PROTOCOL_VERSIONS.len() - 1],
            scope: None,
        })
    }

    /// The same client, sending `token`.
    #[must_use]
    pub fn with_token(mut self, token: &str) -> Self {
        self.token = Some(token.to_owned());
        self
    }

    /// The same client, asking the status of `scope` (default: the
    /// organisation's own).
    #[must_use]
    pub fn for_scope(&self, scope: &str) -> Self {
        let mut c = self.clone();
        c.scope = Some(scope.to_owned());
        c
    }

    /// The hub's address.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// Whether the hub answers at all (cheap: used to notice a connection).
    pub async fn health(&self) -> Result<(), SyncError> {
        let resp = self
            .http
            .get(format!("{}/health", self.base))
            .timeout(Duration::from_secs(5))
            .send()
            .await
            .map_err(transport)?;
        check(resp).await.map(|_| ())
    }

    /// Agrees on the protocol version.
    pub async fn hello(&mut self) -> Result<u32, SyncError> {
        let resp = self
            .http
            .post(format!("{}/v1/hello", self.base))
            .json(&Hello {
                versions: PROTOCOL_VERSIONS.to_vec(),
            })
            .send()
            .await
            .map_err(transport)?;
        let reply: HelloReply = json(check(resp).await?).await?;
        if !PROTOCOL_VERSIONS.contains(&reply.version) {
            return Err(SyncError::Incompatible);
        }
        self.version = reply.version;
        Ok(reply.version)
    }

    /// Enrols this laptop with a one-time code.
    pub async fn enrol(&self, request: &EnrolRequest) -> Result<EnrolReply, SyncError> {
        let resp = self
            .http
            .post(format!("{}/v1/enrol", self.base))
            .header(VERSION_HEADER, self.version)
            .json(request)
            .send()
            .await
            .map_err(transport)?;
        json(check(resp).await?).await
    }

    /// The organisation's scopes on the hub: its own, and the names its
    /// laptops recorded workshops under before they were enrolled.
    pub async fn scopes(&self) -> Result<Vec<String>, SyncError> {
        let resp = self
            .request(reqwest::Method::GET, "/v1/scopes")
            .send()
            .await
            .map_err(transport)?;
        json(check(resp).await?).await
    }

    fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        let mut req = self
            .http
            .request(method, format!("{}{path}", self.base))
            .header(VERSION_HEADER, self.version);
        if let Some(token) = &self.token {
            req = req.bearer_auth(token);
        }
        req
    }
}

impl Peer for HubClient {
    async fn status(&self) -> Result<Status, SyncError> {
        let mut req = self.request(reqwest::Method::GET, "/v1/status");
        if let Some(scope) = &self.scope {
            req = req.query(&[("scope", scope)]);
        }
        let resp = req.send().await.map_err(transport)?;
        json(check(resp).await?).await
    }

    async fn push(&self, records: &[Record], waiting: u64) -> Result<usize, SyncError> {
        let resp = self
            .request(reqwest::Method::POST, "/v1/push")
            .header(reqwest::header::CONTENT_TYPE, "application/zstd")
            .header(WAITING_HEADER, waiting)
            .body(encode_page(records))
            .send()
            .await
            .map_err(transport)?;
        let reply: PushReply = json(check(resp).await?).await?;
        Ok(reply.new)
    }

    async fn pull(&self, wants: &[Transfer]) -> Result<Vec<Record>, SyncError> {
        let resp = self
            .request(reqwest::Method::POST, "/v1/pull")
            .json(&PullRequest {
                wants: wants.to_vec(),
            })
            .send()
            .await
            .map_err(transport)?;
        let bytes = check(resp).await?.bytes().await.map_err(transport)?;
        Ok(decode_page(&bytes)?)
    }
}

fn transport(e: reqwest::Error) -> SyncError {
    SyncError::Unreachable(e.to_string())
}

async fn json<T: serde::de::DeserializeOwned>(resp: reqwest::Response) -> Result<T, SyncError> {
    let bytes = resp.bytes().await.map_err(transport)?;
    serde_json::from_slice(&bytes).map_err(|e| SyncError::BadReply(e.to_string()))
}

/// Turns an error status into the matching [`SyncError`].
async fn check(resp: reqwest::Response) -> Result<reqwest::Response, SyncError> {
    let status = resp.status();
    if status.is_success() {
        return Ok(resp);
    }
    let bytes = resp.bytes().await.unwrap_or_default();
    let problem: Problem = serde_json::from_slice(&bytes).unwrap_or_else(|_| Problem {
        code: "unknown".into(),
        message: String::from_utf8_lossy(&bytes).chars().take(200).collect(),
    });
    Err(match status {
        StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN => SyncError::Refused {
            code: problem.code,
            message: problem.message,
        },
        StatusCode::CONFLICT => SyncError::Conflict(problem.code),
        _ if problem.code == "bad-version" => SyncError::Incompatible,
        StatusCode::BAD_GATEWAY | StatusCode::SERVICE_UNAVAILABLE | StatusCode::GATEWAY_TIMEOUT => {
            SyncError::Unreachable(format!("{status}"))
        }
        _ => SyncError::Rejected {
            status: status.as_u16(),
            code: problem.code,
            message: problem.message,
        },
    })
}
