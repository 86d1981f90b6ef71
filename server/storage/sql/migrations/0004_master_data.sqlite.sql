-- SQLite: a version that has left draft is frozen. Only the workflow columns (status, effective
-- dates, change order, row_version, updated_*) may still change, and never back to draft; its
-- child rows cannot be added, changed or removed. The services refuse first
-- (rule.version_not_editable); these triggers are the backstop, as for the audit trail.
CREATE TRIGGER material_version_frozen BEFORE UPDATE ON material_version
WHEN OLD.status <> 'draft' AND (NEW.code IS NOT OLD.code OR NEW.version IS NOT OLD.version OR NEW.created_at IS NOT OLD.created_at OR NEW.created_by IS NOT OLD.created_by OR NEW.name IS NOT OLD.name OR NEW.description IS NOT OLD.description OR NEW.type IS NOT OLD.type OR NEW.unit IS NOT OLD.unit OR NEW.tracking IS NOT OLD.tracking OR NEW.shelf_life_days IS NOT OLD.shelf_life_days OR NEW.storage_conditions IS NOT OLD.storage_conditions OR NEW.gtin IS NOT OLD.gtin OR NEW.device_class IS NOT OLD.device_class)
BEGIN
    SELECT RAISE(ABORT, 'material_version: a version that has left draft cannot be changed');
END;
CREATE TRIGGER material_version_no_reopen BEFORE UPDATE ON material_version
WHEN OLD.status IN ('approved', 'superseded', 'obsolete') AND (NEW.status IN ('draft', 'in_review') OR NEW.effective_from IS NOT OLD.effective_from)
BEGIN
    SELECT RAISE(ABORT, 'material_version: an approved version cannot be reopened or re-dated');
END;
CREATE TRIGGER material_version_no_delete BEFORE DELETE ON material_version
WHEN OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'material_version: only a draft version can be removed');
END;
CREATE TRIGGER bom_version_frozen BEFORE UPDATE ON bom_version
WHEN OLD.status <> 'draft' AND (NEW.code IS NOT OLD.code OR NEW.version IS NOT OLD.version OR NEW.created_at IS NOT OLD.created_at OR NEW.created_by IS NOT OLD.created_by OR NEW.base_quantity IS NOT OLD.base_quantity OR NEW.note IS NOT OLD.note)
BEGIN
    SELECT RAISE(ABORT, 'bom_version: a version that has left draft cannot be changed');
END;
CREATE TRIGGER bom_version_no_reopen BEFORE UPDATE ON bom_version
WHEN OLD.status IN ('approved', 'superseded', 'obsolete') AND (NEW.status IN ('draft', 'in_review') OR NEW.effective_from IS NOT OLD.effective_from)
BEGIN
    SELECT RAISE(ABORT, 'bom_version: an approved version cannot be reopened or re-dated');
END;
CREATE TRIGGER bom_version_no_delete BEFORE DELETE ON bom_version
WHEN OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'bom_version: only a draft version can be removed');
END;
CREATE TRIGGER routing_version_frozen BEFORE UPDATE ON routing_version
WHEN OLD.status <> 'draft' AND (NEW.code IS NOT OLD.code OR NEW.version IS NOT OLD.version OR NEW.created_at IS NOT OLD.created_at OR NEW.created_by IS NOT OLD.created_by OR NEW.name IS NOT OLD.name OR NEW.material IS NOT OLD.material OR NEW.note IS NOT OLD.note)
BEGIN
    SELECT RAISE(ABORT, 'routing_version: a version that has left draft cannot be changed');
END;
CREATE TRIGGER routing_version_no_reopen BEFORE UPDATE ON routing_version
WHEN OLD.status IN ('approved', 'superseded', 'obsolete') AND (NEW.status IN ('draft', 'in_review') OR NEW.effective_from IS NOT OLD.effective_from)
BEGIN
    SELECT RAISE(ABORT, 'routing_version: an approved version cannot be reopened or re-dated');
END;
CREATE TRIGGER routing_version_no_delete BEFORE DELETE ON routing_version
WHEN OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'routing_version: only a draft version can be removed');
END;
CREATE TRIGGER bom_line_frozen_insert BEFORE INSERT ON bom_line
WHEN (SELECT status FROM bom_version WHERE id = NEW.version_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'bom_line: the rows of a version that has left draft cannot be changed');
END;
CREATE TRIGGER bom_line_frozen_update BEFORE UPDATE ON bom_line
WHEN (SELECT status FROM bom_version WHERE id = OLD.version_id) <> 'draft' OR (SELECT status FROM bom_version WHERE id = NEW.version_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'bom_line: the rows of a version that has left draft cannot be changed');
END;
CREATE TRIGGER bom_line_frozen_delete BEFORE DELETE ON bom_line
WHEN (SELECT status FROM bom_version WHERE id = OLD.version_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'bom_line: the rows of a version that has left draft cannot be changed');
END;
CREATE TRIGGER routing_operation_frozen_insert BEFORE INSERT ON routing_operation
WHEN (SELECT status FROM routing_version WHERE id = NEW.version_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'routing_operation: the rows of a version that has left draft cannot be changed');
END;
CREATE TRIGGER routing_operation_frozen_update BEFORE UPDATE ON routing_operation
WHEN (SELECT status FROM routing_version WHERE id = OLD.version_id) <> 'draft' OR (SELECT status FROM routing_version WHERE id = NEW.version_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'routing_operation: the rows of a version that has left draft cannot be changed');
END;
CREATE TRIGGER routing_operation_frozen_delete BEFORE DELETE ON routing_operation
WHEN (SELECT status FROM routing_version WHERE id = OLD.version_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'routing_operation: the rows of a version that has left draft cannot be changed');
END;
CREATE TRIGGER routing_parameter_frozen_insert BEFORE INSERT ON routing_parameter
WHEN (SELECT status FROM routing_version WHERE id = NEW.version_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'routing_parameter: the rows of a version that has left draft cannot be changed');
END;
CREATE TRIGGER routing_parameter_frozen_update BEFORE UPDATE ON routing_parameter
WHEN (SELECT status FROM routing_version WHERE id = OLD.version_id) <> 'draft' OR (SELECT status FROM routing_version WHERE id = NEW.version_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'routing_parameter: the rows of a version that has left draft cannot be changed');
END;
CREATE TRIGGER routing_parameter_frozen_delete BEFORE DELETE ON routing_parameter
WHEN (SELECT status FROM routing_version WHERE id = OLD.version_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'routing_parameter: the rows of a version that has left draft cannot be changed');
END;
