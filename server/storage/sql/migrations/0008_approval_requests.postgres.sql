-- PostgreSQL: a one-time state of the installation is never changed or removed.
CREATE TRIGGER installation_state_append_only BEFORE UPDATE OR DELETE ON installation_state FOR EACH ROW EXECUTE FUNCTION concord_append_only();
CREATE TRIGGER installation_state_no_truncate BEFORE TRUNCATE ON installation_state FOR EACH STATEMENT EXECUTE FUNCTION concord_append_only();
