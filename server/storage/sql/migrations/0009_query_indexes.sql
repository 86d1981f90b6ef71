-- Issue 10: indexes for statements that filtered a growing table by a column no index served, so
-- each read the whole table. tests/server/tst_queryplans.cpp explains every statement on both
-- databases and names the statement whose index is missing.

-- audit.query by record type alone (the trail of every role, every alarm) in seq order: with
-- audit_log_record (record_type, record_id, seq) PostgreSQL walked the whole trail by seq instead.
CREATE INDEX audit_log_type ON audit_log (record_type, seq);

-- audit.query by action (e.g. every request.refused, every access.denied), newest first.
CREATE INDEX audit_log_action ON audit_log (action, seq);

-- alarm.list by severity alone (the critical alarms), newest first.
CREATE INDEX alarm_severity ON alarm (severity, id);

-- eco.list by status, newest first; the orders in review of a change class.
CREATE INDEX change_order_status ON change_order (status, id);

-- changecontrol.open_item_for: the open change order that already lists a record.
CREATE INDEX change_order_item_record ON change_order_item (entity, code);

-- roleChange.list by status (the pending requests), newest first.
CREATE INDEX role_change_status ON role_change (status, id);

-- The holders of a permission (identity.active_holders_of_permission: the last administrator,
-- whether a second person can sign): from the permission to its roles to their users.
CREATE INDEX role_permission_permission ON role_permission (permission, role_id);
CREATE INDEX user_role_role ON user_role (role_id, user_id);

-- masterdata.where_used_routing: the routings of a material.
CREATE INDEX routing_version_material ON routing_version (material);

-- idempotency.prune: the oldest keys first (IdempotencyPruner).
CREATE INDEX idempotency_created ON idempotency (created_at);
