-- Issue 9: an event subscription receives only the topics its account may read (alarm.* needs
-- alarm.read). Device and integration accounts have consumed the alarm stream since the platform
-- shipped, so the device role keeps that by holding alarm.read; it no longer receives identity,
-- signature, change-order or master-data events.
INSERT INTO role_permission (role_id, permission)
SELECT id, 'alarm.read' FROM role WHERE name = 'device'
AND NOT EXISTS (SELECT 1 FROM role_permission rp WHERE rp.role_id = role.id AND rp.permission = 'alarm.read');
