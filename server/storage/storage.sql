-- Statements of the storage layer itself (writer bookkeeping, idempotency, outbox, audit append).

-- One savepoint per request inside the group-commit transaction (prepared once, reused).
-- name: writer.savepoint
SAVEPOINT w;

-- name: writer.release
RELEASE SAVEPOINT w;

-- name: writer.rollback_to
ROLLBACK TO SAVEPOINT w;

-- name: chain.update
UPDATE chain_head SET seq = ?, hash = ? WHERE name = ?;

-- name: idempotency.get
SELECT method, result, params_hash FROM idempotency WHERE user_id = ? AND idem_key = ?;

-- name: idempotency.put
INSERT INTO idempotency (user_id, idem_key, method, result, created_at, params_hash) VALUES (?, ?, ?, ?, ?, ?);

-- Housekeeping (IdempotencyPruner): up to ? keys stored before ?, oldest first (index
-- idempotency_created); the pruner repeats it while whole batches go.
-- name: idempotency.prune
DELETE FROM idempotency WHERE (user_id, idem_key) IN
    (SELECT expired.user_id, expired.idem_key FROM idempotency expired WHERE expired.created_at < ? ORDER BY expired.created_at LIMIT ?);

-- name: audit.insert
INSERT INTO audit_log (seq, at, user_id, username, action, record_type, record_id, changes, reason, peer, prev_hash, hash)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), ?, ?);

-- name: event.insert
INSERT INTO event (seq, at, topic, data) VALUES (?, ?, ?, ?);

-- Every role with its permissions, before and after each migration: a migration that grants or
-- takes away permissions gets one audit row per role it changed (server/storage/migrationaudit).
-- name: migration.role_permissions
SELECT r.id, r.name, rp.permission FROM role r LEFT JOIN role_permission rp ON rp.role_id = r.id ORDER BY r.id, rp.permission;

-- A read snapshot (storage/readsnapshot.h). SQLite takes it at the first read of the transaction.
-- name: read.snapshot_begin @sqlite
BEGIN DEFERRED;

-- name: read.snapshot_begin @postgres
BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;

-- name: read.snapshot_end
COMMIT;
