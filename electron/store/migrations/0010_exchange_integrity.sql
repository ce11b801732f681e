-- 0010 exchange integrity (issue 13): a poisoned clock repaired, installations known per unit,
-- one key trusted for one unit, quarantine reasons with their details, export reservations.

-- Repair a clock that an earlier version let a remote timestamp drag into the future (a change
-- stamped 9999-12-31… stopped every later write with "HLC counter overflow"). The clock goes back
-- to the newest entry in the log that is at most one day ahead of this PC's clock (the same bound
-- the import now enforces, electron/store/hlc.ts), keeping this installation's own node. Entries
-- already stamped beyond it stay in the log as they are (docs/architecture.md, "Clocks").
UPDATE installation
SET hlc_last = coalesce(
  (SELECT substr(max(hlc), 1, 29) FROM changes
   WHERE substr(hlc, 1, 24) <= strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+1 day')),
  '1970-01-01T00:00:00.000Z-0000'
) || substr(hlc_last, 30)
WHERE substr(hlc_last, 1, 24) > strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+1 day');

-- The installations each partner unit has sent bundles from. A change may carry the sending
-- installation's id, or one already known for the same unit; never the receiver's own.
CREATE TABLE unit_installations (
  installation_id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  first_seen_at TEXT NOT NULL,
  first_bundle_id TEXT NOT NULL
) STRICT;
INSERT OR IGNORE INTO unit_installations (installation_id, unit_code, first_seen_at, first_bundle_id)
SELECT source_installation, source_unit, min(imported_at), min(bundle_id) FROM bundles_received GROUP BY source_installation;

-- One key is trusted for at most one unit (a key trusted for two units would let one county sign
-- as another). Existing rows are left as they are; the import also refuses such a key.
CREATE TRIGGER trusted_keys_one_unit_insert BEFORE INSERT ON trusted_keys
WHEN EXISTS (SELECT 1 FROM trusted_keys WHERE fingerprint = NEW.fingerprint AND unit_code <> NEW.unit_code)
BEGIN SELECT RAISE(ABORT, 'this key is already trusted for another unit'); END;
CREATE TRIGGER trusted_keys_one_unit_update BEFORE UPDATE OF fingerprint ON trusted_keys
WHEN EXISTS (SELECT 1 FROM trusted_keys WHERE fingerprint = NEW.fingerprint AND unit_code <> NEW.unit_code)
BEGIN SELECT RAISE(ABORT, 'this key is already trusted for another unit'); END;

-- Why a change was quarantined, with what the message needs (field, owning unit, days ahead …).
ALTER TABLE quarantine ADD COLUMN detail TEXT NOT NULL DEFAULT '{}';
CREATE INDEX quarantine_by_time ON quarantine (id DESC);
-- The same refused change arriving again (a full export) is kept once: looked up by row.
CREATE INDEX quarantine_by_row ON quarantine (row_id);

-- An export reserves its sequence (state 'reserved') in the same transaction that fixes its
-- manifest, before the file is moved into place, then marks it 'written'. A crash in between
-- leaves a reservation the next export follows (the receiver sees a gap), never a reused number.
ALTER TABLE bundles_sent ADD COLUMN state TEXT NOT NULL DEFAULT 'written' CHECK (state IN ('reserved', 'written'));

-- Entries this installation wrote while its PC's date was wrong by more than a day (ahead), each
-- written again with a stamp from the corrected clock (store/restamp.ts). The old entry stays in the
-- log as written but no longer travels, merges or shows in history; `by_seq` is its replacement.
CREATE TABLE superseded_changes (
  seq INTEGER PRIMARY KEY,
  by_seq INTEGER NOT NULL,
  at TEXT NOT NULL
) STRICT;
