//! The hub: where an organisation's laptops sync. `passage-hub serve` runs
//! the HTTP server ([`server`]) over a [`Storage`]: [`SqliteStorage`] in a
//! data directory by default, [`PgStorage`] with `--database postgres://…`.

pub mod dashboard;
pub mod postgres;
pub mod readmodel;
pub mod server;
pub mod sqlite;
pub mod storage;
#[doc(hidden)]
pub mod testing;
pub mod usb;

pub use postgres::PgStorage;
pub use sqlite::SqliteStorage;
pub use storage::{AuditEntry, Device, HubError, NewDevice, Org, Role, Session, Storage, User};
