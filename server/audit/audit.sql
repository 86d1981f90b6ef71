-- One statement per combination of filters (64 shapes each), so that a query by record, user or
-- action finds its rows through audit_log_record, _record_id, _user, _type or _action.
-- name: audit.query
SELECT seq, at, user_id, username, action, record_type, record_id, changes AS changes_json, reason, peer, prev_hash, hash
FROM audit_log
WHERE seq > ? AND seq < ?
  AND record_type = ?  -- optional: recordType
  AND record_id = ?    -- optional: recordId
  AND username = ?     -- optional: username
  AND action = ?       -- optional: action
  AND at >= ?          -- optional: from
  AND at < ?           -- optional: to
ORDER BY seq DESC LIMIT ?;

-- name: audit.query_asc
SELECT seq, at, user_id, username, action, record_type, record_id, changes AS changes_json, reason, peer, prev_hash, hash
FROM audit_log
WHERE seq > ? AND seq < ?
  AND record_type = ?  -- optional: recordType
  AND record_id = ?    -- optional: recordId
  AND username = ?     -- optional: username
  AND action = ?       -- optional: action
  AND at >= ?          -- optional: from
  AND at < ?           -- optional: to
ORDER BY seq ASC LIMIT ?;

-- name: audit.chain_page
SELECT seq, at, user_id, username, action, record_type, record_id, changes, reason, peer, prev_hash, hash
FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?;

-- name: audit.head
SELECT seq, hash FROM chain_head WHERE name = 'audit';
