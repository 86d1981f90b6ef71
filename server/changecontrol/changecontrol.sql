-- name: changecontrol.class_get
SELECT name, description, steps_json, created_at, created_by, updated_at, updated_by, row_version FROM change_class WHERE name = ?;

-- name: changecontrol.class_list
SELECT name, description, steps_json, created_at, created_by, updated_at, updated_by, row_version FROM change_class ORDER BY name;

-- name: changecontrol.class_update
UPDATE change_class SET description = ?, steps_json = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1
WHERE name = ? AND row_version = ?;

-- name: changecontrol.insert
INSERT INTO change_order (number, change_class, title, reason, status, author_id, created_at, row_version)
VALUES (?, ?, ?, ?, 'draft', ?, ?, 1) RETURNING id;

-- name: changecontrol.get
SELECT o.id, o.number, o.change_class, o.title, o.reason, o.status, o.impact_json, o.author_id, u.username AS author_username,
       u.full_name AS author_name, o.created_at, o.submitted_at, o.closed_at, o.row_version
FROM change_order o JOIN app_user u ON u.id = o.author_id WHERE o.id = ?;

-- name: changecontrol.list
SELECT o.id, o.number, o.change_class, o.title, o.status, o.author_id, u.username AS author_username, u.full_name AS author_name,
       o.created_at, o.submitted_at, o.closed_at, o.row_version,
       (SELECT COUNT(*) FROM change_order_item i WHERE i.change_order_id = o.id) AS item_count
FROM change_order o JOIN app_user u ON u.id = o.author_id
WHERE o.status = ?  -- optional: status
ORDER BY o.id DESC LIMIT ?;

-- name: changecontrol.update_header
UPDATE change_order SET change_class = ?, title = ?, reason = ?, row_version = row_version + 1
WHERE id = ? AND row_version = ? AND status = 'draft';

-- name: changecontrol.bump
UPDATE change_order SET row_version = row_version + 1 WHERE id = ? AND row_version = ?;

-- name: changecontrol.submit
UPDATE change_order SET status = 'in_review', impact_json = ?, submitted_at = ?, row_version = row_version + 1
WHERE id = ? AND row_version = ? AND status = 'draft';

-- name: changecontrol.reopen
UPDATE change_order SET status = 'draft', impact_json = NULL, submitted_at = NULL, row_version = row_version + 1
WHERE id = ? AND row_version = ? AND status = 'in_review';

-- The closing states do not change row_version: the signatures bind to the content as signed.
-- name: changecontrol.close
UPDATE change_order SET status = ?, closed_at = ? WHERE id = ? AND status IN ('draft', 'in_review');

-- name: changecontrol.items
SELECT id, change_order_id, entity, code, version, effective_from, action FROM change_order_item WHERE change_order_id = ? ORDER BY id;

-- name: changecontrol.item_insert
INSERT INTO change_order_item (change_order_id, entity, code, version, effective_from, action) VALUES (?, ?, ?, ?, ?, ?) RETURNING id;

-- name: changecontrol.item_get
SELECT id, change_order_id, entity, code, version, effective_from, action FROM change_order_item WHERE id = ? AND change_order_id = ?;

-- name: changecontrol.item_delete
DELETE FROM change_order_item WHERE id = ? AND change_order_id = ?;

-- name: changecontrol.in_review_of_class
SELECT id, number, row_version FROM change_order WHERE change_class = ? AND status = 'in_review' ORDER BY id;

-- name: changecontrol.user_id
SELECT id FROM app_user WHERE username = ?;

-- An open change order (any) that already lists the record: one open change per record.
-- name: changecontrol.open_item_for
SELECT o.number FROM change_order_item i JOIN change_order o ON o.id = i.change_order_id
WHERE i.entity = ? AND i.code = ? AND o.status IN ('draft', 'in_review');
