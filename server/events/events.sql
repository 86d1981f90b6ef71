-- name: event.page
SELECT seq, at, topic, data AS data_json FROM event WHERE seq > ? ORDER BY seq LIMIT ?;

-- name: event.head
SELECT seq FROM chain_head WHERE name = 'event';

-- name: event.cursor_get
SELECT name, seq, updated_at FROM event_cursor WHERE name = ?;

-- name: event.cursor_upsert
INSERT INTO event_cursor (name, seq, owner_id, updated_at) VALUES (?, ?, ?, ?)
ON CONFLICT (name) DO UPDATE SET seq = excluded.seq, owner_id = excluded.owner_id, updated_at = excluded.updated_at;

-- Wakes the other server instances on the same PostgreSQL; delivered at COMMIT.
-- name: event.notify @postgres
SELECT pg_notify('concord_events', ?);
