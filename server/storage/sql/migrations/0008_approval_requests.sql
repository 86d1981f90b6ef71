-- Issue 10: separation of duties without a one-person path.
-- A change that widens or narrows who may sign — a role's permissions, the deactivation of an
-- approver or of the last holder of a signing right — is a request that takes effect only when
-- another person signs it "approved" (like role_change for one user's roles).
CREATE TABLE approval_request (
    id {{ID}},
    record_type TEXT NOT NULL CHECK (record_type IN ('role_permission_change', 'user_deactivation')),
    subject_id {{BIGINT}} NOT NULL,
    subject_name TEXT NOT NULL,
    old_value TEXT NOT NULL,
    new_value TEXT NOT NULL,
    reason TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'applied', 'cancelled')),
    requested_by {{BIGINT}} NOT NULL REFERENCES app_user (id),
    requested_at TEXT NOT NULL,
    decided_at TEXT,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX approval_request_status ON approval_request (status, id);
CREATE INDEX approval_request_subject ON approval_request (record_type, subject_id, status);

-- One-time states of the installation (e.g. "commissioning_closed": the first administrator's
-- waiver of the second-person rule ended for good). Written once, never updated or deleted.
CREATE TABLE installation_state (
    name TEXT PRIMARY KEY,
    set_at TEXT NOT NULL,
    detail TEXT NOT NULL
);

-- The signing rights for the new requests and the right to read them go to the roles that approve
-- role changes today. The migrator writes an audit row for every permission a migration grants or
-- takes away.
INSERT INTO role_permission (role_id, permission) SELECT id, 'signature:role_permission_change:approved' FROM role WHERE name IN ('administrator', 'qa');
INSERT INTO role_permission (role_id, permission) SELECT id, 'signature:user_deactivation:approved' FROM role WHERE name IN ('administrator', 'qa');
INSERT INTO role_permission (role_id, permission) SELECT id, 'approval.read' FROM role WHERE name IN ('administrator', 'qa');
INSERT INTO role_permission (role_id, permission) SELECT id, 'approval.cancel' FROM role WHERE name = 'administrator';
