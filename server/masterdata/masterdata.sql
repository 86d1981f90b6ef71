-- Hand-written master-data queries; the per-entity statements are generated (entitysql.cpp).

-- name: masterdata.uom_get
SELECT code, name, dimension, factor, zero_offset, active FROM uom WHERE code = ?;

-- name: masterdata.material_unit
SELECT u.code, u.dimension FROM material_version v JOIN uom u ON u.code = v.unit
WHERE v.code = ? ORDER BY v.version DESC LIMIT 1;

-- name: masterdata.material_type
SELECT type FROM material_version WHERE code = ? ORDER BY version DESC LIMIT 1;

-- Components of the BOM of ? that a cycle could run through: its newest version (what is being
-- edited or reviewed) and the version in force now.
-- name: masterdata.bom_components
SELECT DISTINCT l.component FROM bom_line l JOIN bom_version v ON v.id = l.version_id
WHERE v.code = ? AND (v.version = (SELECT MAX(w.version) FROM bom_version w WHERE w.code = ?)
    OR (v.status IN ('approved', 'superseded') AND v.effective_from <= ? AND (v.effective_to IS NULL OR ? < v.effective_to)));

-- name: masterdata.equipment_parent
SELECT parent, level FROM equipment WHERE code = ?;

-- name: masterdata.location_parent
SELECT parent FROM storage_location WHERE code = ?;

-- Where-used of a material at a time: BOM versions in force or open that list it.
-- name: masterdata.where_used_bom
SELECT v.code, v.version, v.status, v.effective_from, v.effective_to, l.position, l.qty_per, l.unit
FROM bom_line l JOIN bom_version v ON v.id = l.version_id
WHERE l.component = ? AND (v.status IN ('draft', 'in_review')
    OR (v.status IN ('approved', 'superseded') AND v.effective_from <= ? AND (v.effective_to IS NULL OR ? < v.effective_to)))
ORDER BY v.code, v.version;

-- name: masterdata.where_used_routing
SELECT v.code, v.version, v.status, v.effective_from, v.effective_to, v.name
FROM routing_version v
WHERE v.material = ? AND (v.status IN ('draft', 'in_review')
    OR (v.status IN ('approved', 'superseded') AND v.effective_from <= ? AND (v.effective_to IS NULL OR ? < v.effective_to)))
ORDER BY v.code, v.version;

-- name: masterdata.where_used_work_centre
SELECT DISTINCT v.code, v.version, v.status, o.seq, o.name
FROM routing_operation o JOIN routing_version v ON v.id = o.version_id
WHERE o.work_centre = ? AND (v.status IN ('draft', 'in_review')
    OR (v.status IN ('approved', 'superseded') AND v.effective_from <= ? AND (v.effective_to IS NULL OR ? < v.effective_to)))
ORDER BY v.code, v.version, o.seq;

-- name: masterdata.pins_of_version
SELECT id, holder_type, holder_id, entity, code, version, pinned_at, pinned_by, closed_at
FROM version_pin WHERE entity = ? AND code = ? AND closed_at IS NULL
  AND version = ?  -- optional: version
ORDER BY holder_type, holder_id;

-- name: masterdata.pin_get
SELECT version FROM version_pin WHERE holder_type = ? AND holder_id = ? AND entity = ? AND code = ?;

-- name: masterdata.pin_insert
INSERT INTO version_pin (holder_type, holder_id, entity, code, version, pinned_at, pinned_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id;

-- name: masterdata.pins_of_holder
SELECT id, holder_type, holder_id, entity, code, version, pinned_at, pinned_by, closed_at
FROM version_pin WHERE holder_type = ? AND holder_id = ? ORDER BY entity, code;

-- name: masterdata.pin_close
UPDATE version_pin SET closed_at = ? WHERE holder_type = ? AND holder_id = ? AND closed_at IS NULL;
