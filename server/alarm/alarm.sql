-- name: alarm.insert
INSERT INTO alarm (raised_at, severity, source, topic, message, state, raised_by) VALUES (?, ?, ?, ?, ?, 'active', ?) RETURNING id;

-- name: alarm.get
SELECT id, raised_at, severity, source, topic, message, state, raised_by, acknowledged_by, acknowledged_at, ack_comment, row_version
FROM alarm WHERE id = ?;

-- name: alarm.acknowledge
UPDATE alarm SET state = 'acknowledged', acknowledged_by = ?, acknowledged_at = ?, ack_comment = ?, row_version = row_version + 1
WHERE id = ? AND state = 'active';

-- name: alarm.list
SELECT a.id, a.raised_at, a.severity, a.source, a.topic, a.message, a.state, a.raised_by, r.username AS raised_by_username,
       a.acknowledged_by, k.username AS acknowledged_by_username, a.acknowledged_at, a.ack_comment, a.row_version
FROM alarm a LEFT JOIN app_user r ON r.id = a.raised_by LEFT JOIN app_user k ON k.id = a.acknowledged_by
WHERE a.id < ?
  AND a.state = ?     -- optional: state
  AND a.severity = ?  -- optional: severity
ORDER BY a.id DESC LIMIT ?;
