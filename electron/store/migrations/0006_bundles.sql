-- 0006 bundle exchange bookkeeping. Local tables (not syncable): what this installation sent and
-- received, which unit keys it trusts, what the destinations acknowledged, and the changes it
-- refused (quarantine), so the supervisor can see them.

CREATE TABLE bundles_sent (
  bundle_id TEXT PRIMARY KEY,
  sequence INTEGER NOT NULL,
  destination TEXT NOT NULL,             -- unit code
  created_at TEXT NOT NULL,
  manifest_sha256 TEXT NOT NULL,
  through_seq INTEGER NOT NULL,          -- the local change-log seq this export includes up to
  from_seq INTEGER NOT NULL,             -- exclusive lower bound (0 for a full export)
  changes INTEGER NOT NULL,
  attachments INTEGER NOT NULL,
  file_name TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE UNIQUE INDEX bundles_sent_sequence ON bundles_sent (destination, sequence);

CREATE TABLE bundles_received (
  bundle_id TEXT PRIMARY KEY,
  source_installation TEXT NOT NULL,
  source_unit TEXT NOT NULL,
  sequence INTEGER NOT NULL,
  manifest_sha256 TEXT NOT NULL,
  through_seq INTEGER NOT NULL,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  result TEXT NOT NULL                    -- JSON summary: counts per entity, rejected, conflicts, gap
) STRICT;
CREATE UNIQUE INDEX bundles_received_sequence ON bundles_received (source_installation, sequence);

CREATE TABLE trusted_keys (
  unit_code TEXT PRIMARY KEY,
  public_key_pem TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  trusted_at TEXT NOT NULL,
  trusted_by TEXT NOT NULL,
  replaced_fingerprints TEXT NOT NULL DEFAULT ''   -- earlier keys, ',FP,FP,' (re-keyed deliberately)
) STRICT;

-- What a destination unit has acknowledged of this installation's exports (from its return bundles).
CREATE TABLE peer_acks (
  unit_code TEXT PRIMARY KEY,
  through_seq INTEGER NOT NULL,
  acked_at TEXT NOT NULL
) STRICT;

CREATE TABLE quarantine (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  bundle_id TEXT NOT NULL,
  source_unit TEXT NOT NULL,
  entity TEXT NOT NULL,
  row_id TEXT NOT NULL,
  change TEXT NOT NULL,                   -- the refused change-log entry, as JSON
  reason TEXT NOT NULL,
  at TEXT NOT NULL
) STRICT;
CREATE INDEX quarantine_by_bundle ON quarantine (bundle_id);
