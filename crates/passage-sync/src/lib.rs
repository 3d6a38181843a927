//! Sync: how records move between a laptop's store, a hub, another laptop
//! and a file on a USB stick.
//!
//! Peers exchange their status (for each stream `(device_id, scope)`, how
//! far they hold it without a gap), the pure [`plan`] decides what to send,
//! records move in zstd-compressed [`wire`] pages, and receivers insert or
//! ignore them by their place in the stream, so sending twice is harmless
//! and a dropped connection resumes where it stopped. After a sync both
//! sides compare their counts per stream ([`plan::mismatches`]).
//!
//! `personal` records never leave the device: only an organisation's scope
//! (`org:<slug>`) is synced, with the hub of that organisation.

pub mod bundle;
pub mod client;
pub mod engine;
pub mod keys;
pub mod link;
pub mod plan;
pub mod wire;

pub use client::HubClient;
pub use engine::{Peer, SyncError, SyncReport, sync_once};
pub use passage_store::{StreamKey, StreamState};

/// The scope of an organisation's records.
pub fn org_scope(slug: &str) -> String {
    format!("org:{slug}")
}

/// Whether `slug` is a valid organisation slug: 1 to 40 of `a-z`, `0-9`, `-`.
pub fn valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 40
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
