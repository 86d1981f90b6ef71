-- Users, roles, sessions.

-- name: identity.user_by_id
SELECT id, username, full_name, email, kind, active, must_change_password, failed_attempts, locked,
       password_changed_at, created_at, created_by, deactivated_at, row_version
FROM app_user WHERE id = ?;

-- name: identity.user_by_name
SELECT id, username, full_name, email, kind, active, must_change_password, failed_attempts, locked,
       password_hash, password_salt, password_iterations, password_changed_at, row_version
FROM app_user WHERE username = ?;

-- name: identity.user_secret
SELECT password_hash, password_salt, password_iterations FROM app_user WHERE id = ?;

-- Whether the database has an account yet (the first start creates the administrator).
-- name: identity.any_user
SELECT id FROM app_user ORDER BY id LIMIT 1;

-- name: identity.user_list
SELECT id, username, full_name, email, kind, active, must_change_password, locked, failed_attempts,
       password_changed_at, created_at, created_by, deactivated_at, row_version
FROM app_user WHERE (CAST(? AS INTEGER) = 1 OR active = 1) ORDER BY username;

-- name: identity.user_insert
INSERT INTO app_user (username, full_name, email, kind, active, password_hash, password_salt, password_iterations,
                      password_changed_at, must_change_password, created_at, created_by)
VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?) RETURNING id;

-- name: identity.user_update_profile
UPDATE app_user SET full_name = ?, email = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?;

-- name: identity.user_set_password
UPDATE app_user SET password_hash = ?, password_salt = ?, password_iterations = ?, password_changed_at = ?,
       must_change_password = ?, failed_attempts = 0, locked = 0, row_version = row_version + 1
WHERE id = ?;

-- name: identity.user_failed_attempt
UPDATE app_user SET failed_attempts = failed_attempts + 1,
       locked = CASE WHEN failed_attempts + 1 >= ? THEN 1 ELSE locked END,
       row_version = row_version + 1
WHERE id = ?;

-- name: identity.user_login_ok
UPDATE app_user SET failed_attempts = 0 WHERE id = ? AND failed_attempts <> 0;

-- name: identity.user_unlock
UPDATE app_user SET failed_attempts = 0, locked = 0, row_version = row_version + 1 WHERE id = ?;

-- name: identity.user_deactivate
UPDATE app_user SET active = 0, deactivated_at = ?, row_version = row_version + 1 WHERE id = ? AND active = 1;

-- name: identity.password_history_insert
INSERT INTO password_history (user_id, password_hash, password_salt, password_iterations, changed_at) VALUES (?, ?, ?, ?, ?);

-- name: identity.password_history_recent
SELECT password_hash, password_salt, password_iterations FROM password_history WHERE user_id = ? ORDER BY id DESC LIMIT ?;

-- name: identity.roles_of_user
SELECT r.name FROM user_role ur JOIN role r ON r.id = ur.role_id WHERE ur.user_id = ? ORDER BY r.name;

-- name: identity.permissions_of_user
SELECT DISTINCT rp.permission FROM user_role ur JOIN role_permission rp ON rp.role_id = ur.role_id WHERE ur.user_id = ?;

-- name: identity.user_role_clear
DELETE FROM user_role WHERE user_id = ?;

-- name: identity.user_role_add
INSERT INTO user_role (user_id, role_id) SELECT ?, id FROM role WHERE name = ?;

-- name: identity.role_by_name
SELECT id, name, description, row_version FROM role WHERE name = ?;

-- name: identity.role_by_id
SELECT id, name, description, row_version FROM role WHERE id = ?;

-- name: identity.role_list
SELECT id, name, description, row_version FROM role ORDER BY name;

-- name: identity.role_permissions
SELECT permission FROM role_permission WHERE role_id = ? ORDER BY permission;

-- name: identity.role_insert
INSERT INTO role (name, description) VALUES (?, ?) RETURNING id;

-- name: identity.role_update
UPDATE role SET description = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?;

-- name: identity.role_permission_clear
DELETE FROM role_permission WHERE role_id = ?;

-- name: identity.role_permission_add
INSERT INTO role_permission (role_id, permission) VALUES (?, ?);

-- From the permission to its roles to their users (index user_role_role), not through every user.
-- name: identity.active_holders_of_permission
SELECT COUNT(DISTINCT ur.user_id) FROM user_role ur
JOIN app_user u ON u.id = ur.user_id
WHERE ur.role_id IN (SELECT rp.role_id FROM role_permission rp WHERE rp.permission = ?)
  AND u.active = 1 AND u.kind = 'person' AND u.id <> ?;

-- name: identity.role_change_insert
INSERT INTO role_change (user_id, old_roles, new_roles, reason, status, requested_by, requested_at)
VALUES (?, ?, ?, ?, 'pending', ?, ?) RETURNING id;

-- name: identity.role_change_get
SELECT rc.id, rc.user_id, u.username, rc.old_roles AS old_roles_json, rc.new_roles AS new_roles_json, rc.reason, rc.status,
       rc.requested_by, rq.username AS requested_by_username, rc.requested_at, rc.decided_at, rc.row_version
FROM role_change rc JOIN app_user u ON u.id = rc.user_id JOIN app_user rq ON rq.id = rc.requested_by
WHERE rc.id = ?;

-- name: identity.role_change_list
SELECT rc.id, rc.user_id, u.username, rc.old_roles AS old_roles_json, rc.new_roles AS new_roles_json, rc.reason, rc.status,
       rc.requested_by, rq.username AS requested_by_username, rc.requested_at, rc.decided_at, rc.row_version
FROM role_change rc JOIN app_user u ON u.id = rc.user_id JOIN app_user rq ON rq.id = rc.requested_by
WHERE rc.status = ?  -- optional: status
ORDER BY rc.id DESC LIMIT 500;

-- name: identity.role_change_update
UPDATE role_change SET new_roles = ?, reason = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ? AND status = 'pending';

-- The decision is workflow state, not signed content: it does not make a new version (the
-- approval signature stays valid after the change is applied).
-- name: identity.role_change_decide
UPDATE role_change SET status = ?, decided_at = ? WHERE id = ? AND status = 'pending';

-- name: session.insert
INSERT INTO user_session (id, user_id, created_at, last_seen_at, peer) VALUES (?, ?, ?, ?, ?);

-- name: session.get
SELECT id, user_id, created_at, last_seen_at, ended_at, locked_at FROM user_session WHERE id = ?;

-- name: session.set_locked
UPDATE user_session SET locked_at = ? WHERE id = ? AND ended_at IS NULL;

-- name: session.touch
UPDATE user_session SET last_seen_at = ? WHERE id = ? AND ended_at IS NULL;

-- name: session.end
UPDATE user_session SET ended_at = ?, end_reason = ? WHERE id = ? AND ended_at IS NULL;

-- name: session.open_of_user
SELECT id FROM user_session WHERE user_id = ? AND ended_at IS NULL ORDER BY id;

-- name: instance.get
SELECT value FROM instance_setting WHERE key = ?;

-- name: instance.put
INSERT INTO instance_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value;

-- Issue 10: requests that change who may sign (approval_request). One statement per list filter.
-- name: identity.approval_insert
INSERT INTO approval_request (record_type, subject_id, subject_name, old_value, new_value, reason, status, requested_by, requested_at)
VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?) RETURNING id;

-- name: identity.approval_get
SELECT a.id, a.record_type, a.subject_id, a.subject_name, a.old_value AS old_value_json, a.new_value AS new_value_json, a.reason, a.status,
       a.requested_by, rq.username AS requested_by_username, rq.full_name AS requested_by_name, a.requested_at, a.decided_at, a.row_version
FROM approval_request a JOIN app_user rq ON rq.id = a.requested_by
WHERE a.id = ?;

-- name: identity.approval_list
SELECT a.id, a.record_type, a.subject_id, a.subject_name, a.old_value AS old_value_json, a.new_value AS new_value_json, a.reason, a.status,
       a.requested_by, rq.username AS requested_by_username, rq.full_name AS requested_by_name, a.requested_at, a.decided_at, a.row_version
FROM approval_request a JOIN app_user rq ON rq.id = a.requested_by
ORDER BY a.id DESC LIMIT 500;

-- name: identity.approval_list_by_status
SELECT a.id, a.record_type, a.subject_id, a.subject_name, a.old_value AS old_value_json, a.new_value AS new_value_json, a.reason, a.status,
       a.requested_by, rq.username AS requested_by_username, rq.full_name AS requested_by_name, a.requested_at, a.decided_at, a.row_version
FROM approval_request a JOIN app_user rq ON rq.id = a.requested_by
WHERE a.status = ? ORDER BY a.id DESC LIMIT 500;

-- name: identity.approval_pending_for
SELECT id FROM approval_request WHERE record_type = ? AND subject_id = ? AND status = 'pending';

-- name: identity.approval_update
UPDATE approval_request SET new_value = ?, reason = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ? AND status = 'pending';

-- The decision is workflow state, not signed content (the approval stays valid once applied).
-- name: identity.approval_decide
UPDATE approval_request SET status = ?, decided_at = ? WHERE id = ? AND status = 'pending';

-- People (active or not) who ever held one of the identity approval rights: the commissioning
-- waiver ends for good once there are two.
-- name: identity.approver_count
SELECT COUNT(DISTINCT ur.user_id) FROM user_role ur
JOIN app_user u ON u.id = ur.user_id
WHERE ur.role_id IN (SELECT rp.role_id FROM role_permission rp
                     WHERE rp.permission IN ('signature:role_change:approved', 'signature:role_permission_change:approved', 'signature:user_deactivation:approved'))
  AND u.kind = 'person';

-- name: identity.installation_state_get
SELECT name, set_at, detail FROM installation_state WHERE name = ?;

-- name: identity.installation_state_set
INSERT INTO installation_state (name, set_at, detail) VALUES (?, ?, ?);

-- Signing rights a user holds through their roles (permissions named signature:<type>:<meaning>).
-- name: identity.signing_rights_of_user
SELECT DISTINCT rp.permission FROM user_role ur JOIN role_permission rp ON rp.role_id = ur.role_id
WHERE ur.user_id = ? AND rp.permission LIKE 'signature:%:%';

-- The signer's account as it is now, inside the signing transaction.
-- name: identity.signer_state
SELECT active, locked, kind FROM app_user WHERE id = ?;

-- name: identity.user_has_permission
SELECT COUNT(*) FROM user_role ur JOIN role_permission rp ON rp.role_id = ur.role_id WHERE ur.user_id = ? AND rp.permission = ?;
