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
