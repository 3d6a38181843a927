//! The schema, as embedded migrations. Each migration runs in its own
//! transaction; `user_version` says which ones ran. Never edit a migration
//! that has shipped: add the next one.

use rusqlite_migration::{M, Migrations};

/// The migrations in order. The test `schema_version_is_pinned` fails when
/// one is added without updating [`LATEST_VERSION`].
pub(crate) fn migrations() -> Migrations<'static> {
    Migrations::new(vec![M::up(V1), M::up(V2), M::up(V3), M::up(V4)])
}

/// The schema version after all migrations.
pub const LATEST_VERSION: usize = 4;

/// Version 4: this device's settings that are not learner data and never
/// travel (the hub it is enrolled with, its sync state, its signing key).
const V4: &str = r"
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT, WITHOUT ROWID;
";

/// Version 3: workshops, who is enrolled in them, and the pre/post-test
/// sittings. Attendance lives in `registers` (entity `workshop/<id>`, field
/// `attended/<session>`), as it is last-writer-wins.
const V3: &str = r"
CREATE TABLE workshops (
    id TEXT PRIMARY KEY,
    scope TEXT NOT NULL,
    details TEXT NOT NULL,
    created_millis INTEGER NOT NULL,
    hlc_millis INTEGER NOT NULL,
    hlc_counter INTEGER NOT NULL,
    device_id TEXT NOT NULL
) STRICT;

CREATE TABLE enrolments (
    workshop TEXT NOT NULL,
    learner TEXT NOT NULL,
    at_millis INTEGER NOT NULL,
    at_counter INTEGER NOT NULL,
    PRIMARY KEY (workshop, learner)
) STRICT;

CREATE INDEX enrolments_learner ON enrolments (learner);

CREATE TABLE test_sittings (
    device_id TEXT NOT NULL, scope TEXT NOT NULL, idx INTEGER NOT NULL,
    learner TEXT NOT NULL,
    workshop TEXT NOT NULL,
    test TEXT NOT NULL CHECK (test IN ('pre', 'post')),
    answers TEXT NOT NULL,
    score INTEGER NOT NULL,
    total INTEGER NOT NULL,
    on_paper INTEGER NOT NULL,
    at_millis INTEGER NOT NULL,
    at_counter INTEGER NOT NULL,
    PRIMARY KEY (device_id, scope, idx)
) STRICT;

CREATE INDEX test_sittings_workshop ON test_sittings (workshop, learner, test);
";

/// Version 2: results a learner saved to their plan from the money tools.
const V2: &str = r"
CREATE TABLE plan_items (
    device_id TEXT NOT NULL, scope TEXT NOT NULL, idx INTEGER NOT NULL,
    learner TEXT NOT NULL,
    tool TEXT NOT NULL,
    inputs TEXT NOT NULL,
    result TEXT NOT NULL,
    at_millis INTEGER NOT NULL,
    PRIMARY KEY (device_id, scope, idx)
) WITHOUT ROWID;
CREATE INDEX plan_items_learner ON plan_items (learner);
";

const V1: &str = r"
-- This device: its id, and the last hybrid-logical-clock time it used.
CREATE TABLE device (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    id TEXT NOT NULL,
    hlc_millis INTEGER NOT NULL DEFAULT 0,
    hlc_counter INTEGER NOT NULL DEFAULT 0
);

-- The log. A record is never changed, except that an erasure purges its
-- payload (kind and learner become NULL) while its place stays.
CREATE TABLE records (
    device_id TEXT NOT NULL,
    scope TEXT NOT NULL,
    idx INTEGER NOT NULL CHECK (idx >= 1),
    hlc_millis INTEGER NOT NULL,
    hlc_counter INTEGER NOT NULL,
    kind TEXT,
    learner TEXT,
    payload TEXT,
    PRIMARY KEY (device_id, scope, idx)
) WITHOUT ROWID;
CREATE INDEX records_learner ON records (learner) WHERE learner IS NOT NULL;

-- Learners whose data was erased: later records about them are purged on arrival.
CREATE TABLE erased (
    learner TEXT PRIMARY KEY
) WITHOUT ROWID;

-- Derived tables: rebuilt from the log by applying records, in any order.

CREATE TABLE learners (
    id TEXT PRIMARY KEY,
    registered_millis INTEGER NOT NULL
) WITHOUT ROWID;

-- Last-writer-wins values: profile fields (entity = ''), bookmarks and
-- notes (entity = 'course/lesson').
CREATE TABLE registers (
    learner TEXT NOT NULL,
    entity TEXT NOT NULL,
    field TEXT NOT NULL,
    value TEXT,
    hlc_millis INTEGER NOT NULL,
    hlc_counter INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    PRIMARY KEY (learner, entity, field)
) WITHOUT ROWID;

-- Facts, one row per record.
CREATE TABLE consents (
    device_id TEXT NOT NULL, scope TEXT NOT NULL, idx INTEGER NOT NULL,
    learner TEXT NOT NULL,
    text_version INTEGER NOT NULL,
    at_millis INTEGER NOT NULL,
    PRIMARY KEY (device_id, scope, idx)
) WITHOUT ROWID;

CREATE TABLE lesson_events (
    device_id TEXT NOT NULL, scope TEXT NOT NULL, idx INTEGER NOT NULL,
    learner TEXT NOT NULL,
    course TEXT NOT NULL,
    lesson TEXT NOT NULL,
    event TEXT NOT NULL CHECK (event IN ('opened', 'time', 'completed')),
    seconds INTEGER NOT NULL DEFAULT 0,
    at_millis INTEGER NOT NULL,
    at_counter INTEGER NOT NULL,
    PRIMARY KEY (device_id, scope, idx)
) WITHOUT ROWID;
CREATE INDEX lesson_events_learner ON lesson_events (learner, course, lesson);

CREATE TABLE quiz_answers (
    device_id TEXT NOT NULL, scope TEXT NOT NULL, idx INTEGER NOT NULL,
    learner TEXT NOT NULL,
    course TEXT NOT NULL,
    lesson TEXT NOT NULL,
    attempt TEXT NOT NULL,
    question TEXT NOT NULL,
    chosen TEXT NOT NULL,
    correct INTEGER NOT NULL,
    at_millis INTEGER NOT NULL,
    PRIMARY KEY (device_id, scope, idx)
) WITHOUT ROWID;
CREATE INDEX quiz_answers_learner ON quiz_answers (learner, course, lesson);

CREATE TABLE quiz_results (
    device_id TEXT NOT NULL, scope TEXT NOT NULL, idx INTEGER NOT NULL,
    learner TEXT NOT NULL,
    course TEXT NOT NULL,
    lesson TEXT NOT NULL,
    attempt TEXT NOT NULL,
    score INTEGER NOT NULL,
    total INTEGER NOT NULL,
    at_millis INTEGER NOT NULL,
    PRIMARY KEY (device_id, scope, idx)
) WITHOUT ROWID;
CREATE INDEX quiz_results_learner ON quiz_results (learner, course, lesson);
";
