-- A change-order item either releases a new version ('release') or takes the version in force out
-- of use ('obsolete'): from its date nothing can pin it any more, while asOf reads and the history
-- still find it (ISO 13485 4.2.4: obsolete documents are not dispatched but remain retrievable).
ALTER TABLE change_order_item ADD COLUMN action TEXT NOT NULL DEFAULT 'release' CHECK (action IN ('release', 'obsolete'));
