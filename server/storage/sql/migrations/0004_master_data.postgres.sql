-- PostgreSQL: the same freeze as 0004_master_data.sqlite.sql, with one function for all version
-- tables (comparing the rows without their workflow columns) and one for their child rows.
CREATE FUNCTION concord_version_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    workflow TEXT[] := ARRAY['status', 'effective_from', 'effective_to', 'change_order_id', 'row_version', 'updated_at', 'updated_by'];
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'draft' THEN
            RAISE EXCEPTION '%: only a draft version can be removed', TG_TABLE_NAME;
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.status <> 'draft' AND (to_jsonb(NEW) - workflow) IS DISTINCT FROM (to_jsonb(OLD) - workflow) THEN
        RAISE EXCEPTION '%: a version that has left draft cannot be changed', TG_TABLE_NAME;
    END IF;
    IF OLD.status IN ('approved', 'superseded', 'obsolete') AND (NEW.status IN ('draft', 'in_review') OR NEW.effective_from IS DISTINCT FROM OLD.effective_from) THEN
        RAISE EXCEPTION '%: an approved version cannot be reopened or re-dated', TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END
$$;
CREATE FUNCTION concord_version_child_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    st TEXT;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        EXECUTE format('SELECT status FROM %I WHERE id = $1', TG_ARGV[0]) INTO st USING OLD.version_id;
        IF st <> 'draft' THEN
            RAISE EXCEPTION '%: the rows of a version that has left draft cannot be changed', TG_TABLE_NAME;
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        EXECUTE format('SELECT status FROM %I WHERE id = $1', TG_ARGV[0]) INTO st USING NEW.version_id;
        IF st <> 'draft' THEN
            RAISE EXCEPTION '%: the rows of a version that has left draft cannot be changed', TG_TABLE_NAME;
        END IF;
        RETURN NEW;
    END IF;
    RETURN OLD;
END
$$;
CREATE TRIGGER material_version_frozen BEFORE UPDATE OR DELETE ON material_version FOR EACH ROW EXECUTE FUNCTION concord_version_frozen();
CREATE TRIGGER bom_version_frozen BEFORE UPDATE OR DELETE ON bom_version FOR EACH ROW EXECUTE FUNCTION concord_version_frozen();
CREATE TRIGGER routing_version_frozen BEFORE UPDATE OR DELETE ON routing_version FOR EACH ROW EXECUTE FUNCTION concord_version_frozen();
CREATE TRIGGER bom_line_frozen BEFORE INSERT OR UPDATE OR DELETE ON bom_line FOR EACH ROW EXECUTE FUNCTION concord_version_child_frozen('bom_version');
CREATE TRIGGER routing_operation_frozen BEFORE INSERT OR UPDATE OR DELETE ON routing_operation FOR EACH ROW EXECUTE FUNCTION concord_version_child_frozen('routing_version');
CREATE TRIGGER routing_parameter_frozen BEFORE INSERT OR UPDATE OR DELETE ON routing_parameter FOR EACH ROW EXECUTE FUNCTION concord_version_child_frozen('routing_version');
