-- 0001 foundation: installation identity, local settings, the change log, the first syncable
-- entity (bureaus = office profiles) and the reference tables loaded from resources/reference.
-- String literals use single quotes (better-sqlite3 is built with double-quoted strings off).

-- This installation: its id, Ed25519 key pair and the last HLC it issued. Never synced.
CREATE TABLE installation (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  public_key_pem TEXT NOT NULL,
  private_key_pem TEXT NOT NULL,
  hlc_last TEXT NOT NULL
) STRICT;

-- Per-installation settings (unit, operator, language, reference-data version). Never synced.
CREATE TABLE local_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Append-only, field-level change log: audit, sync and merge in one table.
CREATE TABLE changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  entity TEXT NOT NULL,
  row_id TEXT NOT NULL,
  field TEXT NOT NULL,
  value TEXT NOT NULL,            -- JSON text of the new value
  hlc TEXT NOT NULL,              -- hybrid logical clock of the write
  installation_id TEXT NOT NULL,  -- who wrote it
  user TEXT NOT NULL,             -- operator name at the time
  unit_code TEXT NOT NULL         -- owning unit of the row
) STRICT;
-- One entry per (field, write): makes re-applying a received change a no-op.
CREATE UNIQUE INDEX changes_identity ON changes (entity, row_id, field, hlc, installation_id);
CREATE INDEX changes_by_hlc ON changes (hlc);
-- History of one record, and of one kind of record, newest first.
CREATE INDEX changes_by_row ON changes (row_id, seq);
CREATE INDEX changes_by_entity ON changes (entity, seq);

CREATE TRIGGER changes_append_only_update BEFORE UPDATE ON changes
BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
CREATE TRIGGER changes_append_only_delete BEFORE DELETE ON changes
BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;

-- Office profiles (syncable: the league learns each county bureau's name and prefix).
CREATE TABLE bureaus (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  name TEXT NOT NULL,
  case_prefix TEXT NOT NULL
) STRICT;
CREATE INDEX bureaus_by_unit ON bureaus (unit_code);

-- Reference data shipped in resources/reference; reloaded when those files change.
CREATE TABLE ref_regions (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  short_name TEXT NOT NULL,
  level TEXT NOT NULL,
  parent_code TEXT,
  unit_type TEXT NOT NULL,
  in_gbt2260 INTEGER NOT NULL,
  notes TEXT NOT NULL
) STRICT;

CREATE TABLE ref_townships (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  county_code TEXT NOT NULL
) STRICT;
CREATE INDEX ref_townships_by_county ON ref_townships (county_code);

CREATE TABLE ref_case_stages (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  ord INTEGER NOT NULL,
  entry_event TEXT NOT NULL,
  key_document TEXT NOT NULL,
  legal_basis TEXT NOT NULL
) STRICT;

CREATE TABLE ref_time_limits (
  rule TEXT PRIMARY KEY,
  limit_text TEXT NOT NULL,
  unit TEXT NOT NULL,
  extension TEXT NOT NULL,
  excluded_periods TEXT NOT NULL,
  basis TEXT NOT NULL,
  confidence TEXT NOT NULL
) STRICT;

CREATE TABLE ref_holidays (
  date TEXT PRIMARY KEY,          -- YYYY-MM-DD
  kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
  name TEXT NOT NULL,
  source TEXT NOT NULL
) STRICT;
