-- name: signature.insert
INSERT INTO signature (record_type, record_id, record_version, record_hash, meaning, signer_id, signer_username, printed_name,
                       signed_at, reason, hash)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id;

-- name: signature.for_record
SELECT id, record_type, record_id, record_version, record_hash, meaning, signer_id, signer_username, printed_name, signed_at, reason, hash
FROM signature WHERE record_type = ? AND record_id = ? ORDER BY id;

-- name: signature.get
SELECT id, record_type, record_id, record_version, record_hash, meaning, signer_id, signer_username, printed_name, signed_at, reason, hash
FROM signature WHERE id = ?;

-- name: signature.exists
SELECT id FROM signature WHERE record_type = ? AND record_id = ? AND record_version = ? AND meaning = ? AND signer_id = ?;

-- Who created or changed a record since a time (the separation-of-duties rule reads the changed
-- fields to leave out workflow steps). Uses the audit_log (record_type, record_id, seq) index.
-- name: signature.content_editors
SELECT user_id, changes FROM audit_log
WHERE record_type = ? AND record_id = ? AND at >= ? AND action IN ('create', 'update');
