-- The audit viewer and the global search look records up by ID alone (the type is often unknown
-- when someone scans or types an ID): without this index that is a full scan of a trail that grows
-- to millions of rows.
CREATE INDEX audit_log_record_id ON audit_log (record_id, seq);
