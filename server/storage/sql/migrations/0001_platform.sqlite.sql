-- SQLite: the engine itself refuses to change or remove audit rows and signatures.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER signature_no_update BEFORE UPDATE ON signature
BEGIN
    SELECT RAISE(ABORT, 'signature is append-only');
END;
CREATE TRIGGER signature_no_delete BEFORE DELETE ON signature
BEGIN
    SELECT RAISE(ABORT, 'signature is append-only');
END;
CREATE TRIGGER event_no_update BEFORE UPDATE ON event
BEGIN
    SELECT RAISE(ABORT, 'event is append-only');
END;
CREATE TRIGGER event_no_delete BEFORE DELETE ON event
BEGIN
    SELECT RAISE(ABORT, 'event is append-only');
END;
CREATE TRIGGER app_user_no_delete BEFORE DELETE ON app_user
BEGIN
    SELECT RAISE(ABORT, 'users are deactivated, never deleted');
END;
