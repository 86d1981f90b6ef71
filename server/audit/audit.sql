-- name: audit.query
SELECT seq, at, user_id, username, action, record_type, record_id, changes AS changes_json, reason, peer, prev_hash, hash
FROM audit_log
WHERE (CAST(? AS TEXT) IS NULL OR record_type = ?)
  AND (CAST(? AS TEXT) IS NULL OR record_id = ?)
  AND (CAST(? AS TEXT) IS NULL OR username = ?)
  AND (CAST(? AS TEXT) IS NULL OR action = ?)
  AND (CAST(? AS TEXT) IS NULL OR at >= ?)
  AND (CAST(? AS TEXT) IS NULL OR at < ?)
  AND seq > ? AND seq < ?
ORDER BY seq DESC LIMIT ?;

-- name: audit.query_asc
SELECT seq, at, user_id, username, action, record_type, record_id, changes AS changes_json, reason, peer, prev_hash, hash
FROM audit_log
WHERE (CAST(? AS TEXT) IS NULL OR record_type = ?)
  AND (CAST(? AS TEXT) IS NULL OR record_id = ?)
  AND (CAST(? AS TEXT) IS NULL OR username = ?)
  AND (CAST(? AS TEXT) IS NULL OR action = ?)
  AND (CAST(? AS TEXT) IS NULL OR at >= ?)
  AND (CAST(? AS TEXT) IS NULL OR at < ?)
  AND seq > ? AND seq < ?
ORDER BY seq ASC LIMIT ?;

-- name: audit.chain_page
SELECT seq, at, user_id, username, action, record_type, record_id, changes, reason, peer, prev_hash, hash
FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?;

-- name: audit.head
SELECT seq, hash FROM chain_head WHERE name = 'audit';
