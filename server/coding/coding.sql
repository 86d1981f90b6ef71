-- name: coding.rule_get
SELECT name, pattern, description, created_at, created_by, updated_at, updated_by, row_version FROM coding_rule WHERE name = ?;

-- name: coding.rule_list
SELECT name, pattern, description, created_at, created_by, updated_at, updated_by, row_version FROM coding_rule ORDER BY name;

-- name: coding.rule_update
UPDATE coding_rule SET pattern = ?, description = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1
WHERE name = ? AND row_version = ?;

-- Takes one number: the row lock (PostgreSQL) or the single writer (SQLite) serialises takers,
-- and the increment commits or rolls back with the record that uses the number.
-- name: coding.take
INSERT INTO coding_counter (rule, period_key, next_value) VALUES (?, ?, 2)
ON CONFLICT (rule, period_key) DO UPDATE SET next_value = coding_counter.next_value + 1
RETURNING next_value - 1;

-- name: coding.peek
SELECT next_value FROM coding_counter WHERE rule = ? AND period_key = ?;

-- A number given from outside (import): the counter of its period moves past it, never back.
-- name: coding.claim
INSERT INTO coding_counter (rule, period_key, next_value) VALUES (?, ?, ?)
ON CONFLICT (rule, period_key) DO UPDATE SET next_value =
    CASE WHEN excluded.next_value > coding_counter.next_value THEN excluded.next_value ELSE coding_counter.next_value END;
