-- Issue 4: the unified data dictionary's tables. Every column here is described by an EntityDef in
-- server/masterdata/ or server/changecontrol/ (tst_dictionary fails on any column without a field).
-- Codes are the identity of master data: they never change, other tables refer to them, and CSV
-- files carry them, so an export imported elsewhere means the same thing.
-- Decimals (quantities, limits, factors) are canonical decimal TEXT, never floating point.
-- Versioned entities: <entity> holds the code; <entity>_version one row per version; child rows
-- belong to one version. Triggers (companion files) freeze every version that has left draft.

CREATE TABLE coding_rule (
    name TEXT PRIMARY KEY,
    pattern TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

-- One counter per rule and period ({yyyy}{MM} patterns restart each month). Incremented in the
-- transaction of the record that takes the number: a rollback returns it, so no gaps, no repeats.
CREATE TABLE coding_counter (
    rule TEXT NOT NULL REFERENCES coding_rule(name),
    period_key TEXT NOT NULL,
    next_value {{BIGINT}} NOT NULL CHECK (next_value >= 1),
    PRIMARY KEY (rule, period_key)
);

CREATE TABLE uom (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    dimension TEXT NOT NULL,
    factor TEXT NOT NULL,
    zero_offset TEXT NOT NULL DEFAULT '0',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE change_class (
    name TEXT PRIMARY KEY,
    description TEXT NOT NULL DEFAULT '',
    steps_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE change_order (
    id {{ID}},
    number TEXT NOT NULL UNIQUE,
    change_class TEXT NOT NULL REFERENCES change_class(name),
    title TEXT NOT NULL,
    reason TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'approved', 'rejected', 'cancelled')),
    impact_json TEXT,
    author_id {{BIGINT}} NOT NULL REFERENCES app_user(id),
    created_at TEXT NOT NULL,
    submitted_at TEXT,
    closed_at TEXT,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE change_order_item (
    id {{ID}},
    change_order_id {{BIGINT}} NOT NULL REFERENCES change_order(id),
    entity TEXT NOT NULL,
    code TEXT NOT NULL,
    version INTEGER NOT NULL CHECK (version >= 1),
    effective_from TEXT,
    UNIQUE (change_order_id, entity, code)
);

CREATE TABLE material (
    code TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE TABLE material_version (
    id {{ID}},
    code TEXT NOT NULL REFERENCES material(code),
    version INTEGER NOT NULL CHECK (version >= 1),
    status TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'approved', 'superseded', 'obsolete')),
    effective_from TEXT,
    effective_to TEXT,
    change_order_id {{BIGINT}} REFERENCES change_order(id),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    type TEXT NOT NULL,
    unit TEXT NOT NULL REFERENCES uom(code),
    tracking TEXT NOT NULL CHECK (tracking IN ('none', 'lot', 'serial')),
    shelf_life_days INTEGER CHECK (shelf_life_days >= 0),
    storage_conditions TEXT NOT NULL DEFAULT '',
    gtin TEXT,
    device_class TEXT,
    UNIQUE (code, version),
    CHECK (effective_to IS NULL OR effective_from < effective_to)
);

CREATE TABLE bom (
    code TEXT PRIMARY KEY REFERENCES material(code),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE TABLE bom_version (
    id {{ID}},
    code TEXT NOT NULL REFERENCES bom(code),
    version INTEGER NOT NULL CHECK (version >= 1),
    status TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'approved', 'superseded', 'obsolete')),
    effective_from TEXT,
    effective_to TEXT,
    change_order_id {{BIGINT}} REFERENCES change_order(id),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    base_quantity TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (code, version),
    CHECK (effective_to IS NULL OR effective_from < effective_to)
);

CREATE TABLE bom_line (
    id {{ID}},
    version_id {{BIGINT}} NOT NULL REFERENCES bom_version(id),
    position INTEGER NOT NULL CHECK (position >= 1),
    component TEXT NOT NULL REFERENCES material(code),
    qty_per TEXT NOT NULL,
    unit TEXT NOT NULL REFERENCES uom(code),
    scrap_factor TEXT NOT NULL DEFAULT '0',
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (version_id, position)
);
CREATE INDEX bom_line_component ON bom_line (component);

CREATE TABLE equipment (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('site', 'area', 'line', 'work_centre', 'unit')),
    parent TEXT REFERENCES equipment(code),
    measuring INTEGER NOT NULL DEFAULT 0 CHECK (measuring IN (0, 1)),
    calibration_interval_days INTEGER CHECK (calibration_interval_days >= 1),
    calibration_due_on TEXT,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE routing (
    code TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE TABLE routing_version (
    id {{ID}},
    code TEXT NOT NULL REFERENCES routing(code),
    version INTEGER NOT NULL CHECK (version >= 1),
    status TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'approved', 'superseded', 'obsolete')),
    effective_from TEXT,
    effective_to TEXT,
    change_order_id {{BIGINT}} REFERENCES change_order(id),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    name TEXT NOT NULL,
    material TEXT NOT NULL REFERENCES material(code),
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (code, version),
    CHECK (effective_to IS NULL OR effective_from < effective_to)
);

CREATE TABLE routing_operation (
    id {{ID}},
    version_id {{BIGINT}} NOT NULL REFERENCES routing_version(id),
    seq INTEGER NOT NULL CHECK (seq >= 1),
    name TEXT NOT NULL,
    work_centre TEXT NOT NULL REFERENCES equipment(code),
    setup_minutes TEXT NOT NULL DEFAULT '0',
    run_minutes TEXT NOT NULL DEFAULT '0',
    qualification TEXT NOT NULL DEFAULT '',
    inspection_point INTEGER NOT NULL DEFAULT 0 CHECK (inspection_point IN (0, 1)),
    second_person INTEGER NOT NULL DEFAULT 0 CHECK (second_person IN (0, 1)),
    instructions TEXT NOT NULL DEFAULT '',
    UNIQUE (version_id, seq)
);
CREATE INDEX routing_operation_work_centre ON routing_operation (work_centre);

CREATE TABLE routing_parameter (
    id {{ID}},
    version_id {{BIGINT}} NOT NULL REFERENCES routing_version(id),
    operation INTEGER NOT NULL,
    name TEXT NOT NULL,
    target TEXT,
    minimum TEXT,
    maximum TEXT,
    unit TEXT NOT NULL REFERENCES uom(code),
    UNIQUE (version_id, operation, name)
);

CREATE TABLE person (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    username TEXT REFERENCES app_user(username),
    department TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE training_record (
    code TEXT PRIMARY KEY,
    person TEXT NOT NULL REFERENCES person(code),
    procedure TEXT NOT NULL,
    procedure_version INTEGER NOT NULL CHECK (procedure_version >= 1),
    trained_on TEXT NOT NULL,
    expires_on TEXT,
    trainer TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX training_record_person ON training_record (person);

CREATE TABLE supplier (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    approval_status TEXT NOT NULL CHECK (approval_status IN ('pending', 'approved', 'conditional', 'disqualified')),
    approved_until TEXT,
    address TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE customer (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE ship_to (
    code TEXT PRIMARY KEY,
    customer TEXT NOT NULL REFERENCES customer(code),
    name TEXT NOT NULL,
    address TEXT NOT NULL,
    city TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE storage_location (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    status_type TEXT NOT NULL CHECK (status_type IN ('general', 'quarantine', 'released', 'rejected', 'on_hold')),
    parent TEXT REFERENCES storage_location(code),
    storage_conditions TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

-- A released order (work order, inspection lot ...) pins the master-data versions it was released
-- with and keeps them when newer versions are approved (brief 02). Open pins feed ECO impact.
CREATE TABLE version_pin (
    id {{ID}},
    holder_type TEXT NOT NULL,
    holder_id TEXT NOT NULL,
    entity TEXT NOT NULL,
    code TEXT NOT NULL,
    version INTEGER NOT NULL CHECK (version >= 1),
    pinned_at TEXT NOT NULL,
    pinned_by TEXT NOT NULL,
    closed_at TEXT,
    UNIQUE (holder_type, holder_id, entity, code)
);
CREATE INDEX version_pin_target ON version_pin (entity, code, version);

-- Permissions of the new methods for the platform roles of databases created before this
-- migration (new databases get them from identity/platformroles.cpp, which lists the same).
INSERT INTO role_permission (role_id, permission) SELECT id, 'masterdata.read' FROM role WHERE name = 'administrator';
INSERT INTO role_permission (role_id, permission) SELECT id, 'codingrule.admin' FROM role WHERE name = 'administrator';
INSERT INTO role_permission (role_id, permission) SELECT id, 'changeclass.admin' FROM role WHERE name = 'administrator';
INSERT INTO role_permission (role_id, permission) SELECT id, 'masterdata.import' FROM role WHERE name = 'administrator';
INSERT INTO role_permission (role_id, permission) SELECT id, 'uom.edit' FROM role WHERE name = 'administrator';
INSERT INTO role_permission (role_id, permission) SELECT id, 'masterdata.read' FROM role WHERE name = 'qa';
INSERT INTO role_permission (role_id, permission) SELECT id, 'eco.author' FROM role WHERE name = 'qa';
INSERT INTO role_permission (role_id, permission) SELECT id, 'signature:change_order:reviewed' FROM role WHERE name = 'qa';
INSERT INTO role_permission (role_id, permission) SELECT id, 'signature:change_order:approved' FROM role WHERE name = 'qa';
INSERT INTO role_permission (role_id, permission) SELECT id, 'person.edit' FROM role WHERE name = 'qa';
INSERT INTO role_permission (role_id, permission) SELECT id, 'training.edit' FROM role WHERE name = 'qa';
INSERT INTO role_permission (role_id, permission) SELECT id, 'supplier.edit' FROM role WHERE name = 'qa';
INSERT INTO role_permission (role_id, permission) SELECT id, 'changeclass.admin' FROM role WHERE name = 'qa';
INSERT INTO role_permission (role_id, permission) SELECT id, 'eco.reject' FROM role WHERE name = 'qa';
INSERT INTO role_permission (role_id, permission) SELECT id, 'eco.reject' FROM role WHERE name = 'engineer';
INSERT INTO role_permission (role_id, permission) SELECT id, 'eco.reject' FROM role WHERE name = 'manager';
INSERT INTO role_permission (role_id, permission) SELECT id, 'masterdata.read' FROM role WHERE name = 'inspector';
INSERT INTO role_permission (role_id, permission) SELECT id, 'masterdata.read' FROM role WHERE name = 'operator';
INSERT INTO role_permission (role_id, permission) SELECT id, 'masterdata.read' FROM role WHERE name = 'planner';
INSERT INTO role_permission (role_id, permission) SELECT id, 'pin.create' FROM role WHERE name = 'planner';
INSERT INTO role_permission (role_id, permission) SELECT id, 'masterdata.read' FROM role WHERE name = 'buyer';
INSERT INTO role_permission (role_id, permission) SELECT id, 'supplier.edit' FROM role WHERE name = 'buyer';
INSERT INTO role_permission (role_id, permission) SELECT id, 'masterdata.read' FROM role WHERE name = 'warehouse';
INSERT INTO role_permission (role_id, permission) SELECT id, 'location.edit' FROM role WHERE name = 'warehouse';
INSERT INTO role_permission (role_id, permission) SELECT id, 'masterdata.read' FROM role WHERE name = 'engineer';
INSERT INTO role_permission (role_id, permission) SELECT id, 'eco.author' FROM role WHERE name = 'engineer';
INSERT INTO role_permission (role_id, permission) SELECT id, 'signature:change_order:reviewed' FROM role WHERE name = 'engineer';
INSERT INTO role_permission (role_id, permission) SELECT id, 'material.edit' FROM role WHERE name = 'engineer';
INSERT INTO role_permission (role_id, permission) SELECT id, 'bom.edit' FROM role WHERE name = 'engineer';
INSERT INTO role_permission (role_id, permission) SELECT id, 'routing.edit' FROM role WHERE name = 'engineer';
INSERT INTO role_permission (role_id, permission) SELECT id, 'uom.edit' FROM role WHERE name = 'engineer';
INSERT INTO role_permission (role_id, permission) SELECT id, 'equipment.edit' FROM role WHERE name = 'engineer';
INSERT INTO role_permission (role_id, permission) SELECT id, 'masterdata.read' FROM role WHERE name = 'maintenance';
INSERT INTO role_permission (role_id, permission) SELECT id, 'equipment.edit' FROM role WHERE name = 'maintenance';
INSERT INTO role_permission (role_id, permission) SELECT id, 'masterdata.read' FROM role WHERE name = 'manager';
INSERT INTO role_permission (role_id, permission) SELECT id, 'customer.edit' FROM role WHERE name = 'manager';
INSERT INTO role_permission (role_id, permission) SELECT id, 'shipTo.edit' FROM role WHERE name = 'manager';
INSERT INTO role_permission (role_id, permission) SELECT id, 'signature:change_order:approved' FROM role WHERE name = 'manager';

-- Reference data every plant needs: units of measure (one base unit per dimension with factor 1;
-- value in base = value x factor + zero_offset), coding rules and change classes. Plants change
-- them through the API like any master data. (created_at is the date this migration was written.)
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('pcs', 'piece', 'count', '1', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('pair', 'pair', 'count', '2', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('box10', 'box of 10', 'count', '10', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('kg', 'kilogram', 'mass', '1', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('g', 'gram', 'mass', '0.001', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('mg', 'milligram', 'mass', '0.000001', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('m', 'metre', 'length', '1', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('cm', 'centimetre', 'length', '0.01', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('mm', 'millimetre', 'length', '0.001', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('L', 'litre', 'volume', '1', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('mL', 'millilitre', 'volume', '0.001', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('s', 'second', 'time', '1', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('min', 'minute', 'time', '60', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('h', 'hour', 'time', '3600', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('d', 'day', 'time', '86400', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('°C', 'degree Celsius', 'temperature', '1', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('K', 'kelvin', 'temperature', '1', '-273.15', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('Pa', 'pascal', 'pressure', '1', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('kPa', 'kilopascal', 'pressure', '1000', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('bar', 'bar', 'pressure', '100000', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('mbar', 'millibar', 'pressure', '100', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('mL/h', 'millilitre per hour', 'flow', '1', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('L/h', 'litre per hour', 'flow', '1000', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('mJ/cm2', 'millijoule per square centimetre', 'energy_density', '1', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('J/cm2', 'joule per square centimetre', 'energy_density', '1000', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('A', 'ampere', 'current', '1', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('mA', 'milliampere', 'current', '0.001', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('µA', 'microampere', 'current', '0.000001', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('V', 'volt', 'voltage', '1', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('kV', 'kilovolt', 'voltage', '1000', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('ohm', 'ohm', 'resistance', '1', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('Mohm', 'megaohm', 'resistance', '1000000', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('%', 'percent', 'ratio', '1', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO uom (code, name, dimension, factor, zero_offset, active, created_at, created_by, updated_at, updated_by) VALUES ('N', 'newton', 'force', '1', '0', 1, '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO coding_rule (name, pattern, description, created_at, created_by, updated_at, updated_by) VALUES ('material', '{alpha:2}-{code:2-30}', 'Material codes typed by engineers, e.g. FG-INFUSION-SET', '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO coding_rule (name, pattern, description, created_at, created_by, updated_at, updated_by) VALUES ('routing', 'RT-{code:2-30}', 'Routing codes, e.g. RT-INFUSION-SET', '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO coding_rule (name, pattern, description, created_at, created_by, updated_at, updated_by) VALUES ('equipment', '{code:2-30}', 'Equipment and work-centre codes, e.g. WC-UV-01', '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO coding_rule (name, pattern, description, created_at, created_by, updated_at, updated_by) VALUES ('person', '{code:2-20}', 'Personnel numbers, e.g. E1001', '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO coding_rule (name, pattern, description, created_at, created_by, updated_at, updated_by) VALUES ('supplier', 'S-{code:2-20}', 'Supplier codes, e.g. S-RESIN-01', '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO coding_rule (name, pattern, description, created_at, created_by, updated_at, updated_by) VALUES ('customer', 'C-{code:2-20}', 'Customer codes, e.g. C-SHANGHAI-H1', '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO coding_rule (name, pattern, description, created_at, created_by, updated_at, updated_by) VALUES ('ship_to', '{code:2-30}', 'Ship-to address codes', '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO coding_rule (name, pattern, description, created_at, created_by, updated_at, updated_by) VALUES ('storage_location', '{code:2-20}', 'Storage location codes, e.g. WH-QUAR', '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO coding_rule (name, pattern, description, created_at, created_by, updated_at, updated_by) VALUES ('training_record', 'TR-{yyyy}-{seq:5}', 'Training records, numbered by the server', '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO coding_rule (name, pattern, description, created_at, created_by, updated_at, updated_by) VALUES ('change_order', 'ECO-{yyyy}-{seq:4}', 'Change orders, numbered by the server', '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO coding_rule (name, pattern, description, created_at, created_by, updated_at, updated_by) VALUES ('work_order', 'WO-{yyyy}{MM}-{seq:5}', 'Work orders, numbered by the server', '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO coding_rule (name, pattern, description, created_at, created_by, updated_at, updated_by) VALUES ('lot', 'L{yy}{MM}{dd}-{seq:3}', 'Lot numbers, numbered by the server per day', '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO coding_rule (name, pattern, description, created_at, created_by, updated_at, updated_by) VALUES ('serial', 'SN{yy}{seq:7}', 'Serial numbers of serialised devices, numbered by the server per year', '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO change_class (name, description, steps_json, created_at, created_by, updated_at, updated_by) VALUES ('minor', 'Editorial or low-risk change: one QA approval', '[{"meaning":"approved"}]', '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO change_class (name, description, steps_json, created_at, created_by, updated_at, updated_by) VALUES ('major', 'Change affecting form, fit, function, process or safety: engineering review, then QA approval', '[{"meaning":"reviewed"},{"meaning":"approved"}]', '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
INSERT INTO change_class (name, description, steps_json, created_at, created_by, updated_at, updated_by) VALUES ('migration', 'Initial load of historical master data from a former system: one QA approval', '[{"meaning":"approved"}]', '2026-11-25T00:00:00.000Z', 'system', '2026-11-25T00:00:00.000Z', 'system');
