-- SQLite: a one-time state of the installation is never changed or removed.
CREATE TRIGGER installation_state_no_update BEFORE UPDATE ON installation_state
BEGIN
    SELECT RAISE(ABORT, 'installation_state is append-only');
END;
CREATE TRIGGER installation_state_no_delete BEFORE DELETE ON installation_state
BEGIN
    SELECT RAISE(ABORT, 'installation_state is append-only');
END;
