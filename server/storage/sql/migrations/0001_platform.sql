-- Platform schema: identity, sessions, audit trail, events, signatures, alarms, idempotency.
-- {{ID}} {{BIGINT}} {{DOUBLE}} are expanded by the dialect layer (server/storage/database.cpp).
-- Times are ISO-8601 UTC text with milliseconds ("2026-11-25T18:00:00.123Z") from the server clock.

CREATE TABLE instance_setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Heads of the two gap-free sequences: the audit hash chain and the event outbox. The writer reads
-- and updates them inside each write transaction, which also serialises instances on PostgreSQL.
CREATE TABLE chain_head (
    name TEXT PRIMARY KEY,
    seq {{BIGINT}} NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO chain_head (name, seq, hash) VALUES ('audit', 0, '0000000000000000000000000000000000000000000000000000000000000000');
INSERT INTO chain_head (name, seq, hash) VALUES ('event', 0, '');

CREATE TABLE app_user (
    id {{ID}},
    username TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('person', 'device', 'display')),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    password_hash TEXT NOT NULL,
    password_salt TEXT NOT NULL,
    password_iterations INTEGER NOT NULL CHECK (password_iterations >= 1),
    password_changed_at TEXT NOT NULL,
    must_change_password INTEGER NOT NULL DEFAULT 1 CHECK (must_change_password IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
    signature_policy_acknowledged_at TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    deactivated_at TEXT,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE password_history (
    id {{ID}},
    user_id {{BIGINT}} NOT NULL REFERENCES app_user (id),
    password_hash TEXT NOT NULL,
    password_salt TEXT NOT NULL,
    password_iterations INTEGER NOT NULL,
    changed_at TEXT NOT NULL
);
CREATE INDEX password_history_user ON password_history (user_id, id);

CREATE TABLE role (
    id {{ID}},
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE role_permission (
    role_id {{BIGINT}} NOT NULL REFERENCES role (id),
    permission TEXT NOT NULL,
    PRIMARY KEY (role_id, permission)
);

CREATE TABLE user_role (
    user_id {{BIGINT}} NOT NULL REFERENCES app_user (id),
    role_id {{BIGINT}} NOT NULL REFERENCES role (id),
    PRIMARY KEY (user_id, role_id)
);

-- A requested change of one user's roles; applied only when an approver signs it.
CREATE TABLE role_change (
    id {{ID}},
    user_id {{BIGINT}} NOT NULL REFERENCES app_user (id),
    old_roles TEXT NOT NULL,
    new_roles TEXT NOT NULL,
    reason TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'applied', 'cancelled')),
    requested_by {{BIGINT}} NOT NULL REFERENCES app_user (id),
    requested_at TEXT NOT NULL,
    decided_at TEXT,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE user_session (
    id TEXT PRIMARY KEY,
    user_id {{BIGINT}} NOT NULL REFERENCES app_user (id),
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    ended_at TEXT,
    end_reason TEXT,
    peer TEXT NOT NULL DEFAULT ''
);
CREATE INDEX user_session_user ON user_session (user_id);

CREATE TABLE audit_log (
    seq {{BIGINT}} PRIMARY KEY,
    at TEXT NOT NULL,
    user_id {{BIGINT}} NOT NULL,
    username TEXT NOT NULL,
    action TEXT NOT NULL,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    changes TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    peer TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_record ON audit_log (record_type, record_id, seq);
CREATE INDEX audit_log_user ON audit_log (username, seq);
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TABLE event (
    seq {{BIGINT}} PRIMARY KEY,
    at TEXT NOT NULL,
    topic TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX event_topic ON event (topic, seq);

CREATE TABLE event_cursor (
    name TEXT PRIMARY KEY,
    seq {{BIGINT}} NOT NULL CHECK (seq >= 0),
    owner_id {{BIGINT}} NOT NULL REFERENCES app_user (id),
    updated_at TEXT NOT NULL
);

CREATE TABLE signature (
    id {{ID}},
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    record_version INTEGER NOT NULL,
    record_hash TEXT NOT NULL,
    meaning TEXT NOT NULL,
    signer_id {{BIGINT}} NOT NULL REFERENCES app_user (id),
    signer_username TEXT NOT NULL,
    printed_name TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    hash TEXT NOT NULL,
    UNIQUE (record_type, record_id, record_version, meaning, signer_id)
);
CREATE INDEX signature_record ON signature (record_type, record_id);

CREATE TABLE alarm (
    id {{ID}},
    raised_at TEXT NOT NULL,
    severity TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
    source TEXT NOT NULL,
    topic TEXT NOT NULL,
    message TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('active', 'acknowledged')),
    raised_by {{BIGINT}} NOT NULL,
    acknowledged_by {{BIGINT}},
    acknowledged_at TEXT,
    ack_comment TEXT,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX alarm_state ON alarm (state, id);

CREATE TABLE idempotency (
    user_id {{BIGINT}} NOT NULL,
    idem_key TEXT NOT NULL,
    method TEXT NOT NULL,
    result TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (user_id, idem_key)
);
