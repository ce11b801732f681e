-- 0002 enforcement case log: cases, their parties, stage events and evidence attachments
-- (syncable, written only through the change log), editable reference vocabularies, the local
-- attachment store index, and derived search / deadline tables kept current by triggers.
-- Text columns default to '' and are not logged while empty, so an imported row that never
-- received a change for a field reads the same default here as at its source.

-- The change log becomes one row per write instead of one per field. All fields of a write
-- already shared one HLC, so merge (per field, by HLC + installation), audit and sync keep
-- exactly the same information; the log shrinks about tenfold (a new case writes ~20 fields),
-- which is what makes a ledger with a million cases fit on an office PC's disk.
DROP TRIGGER changes_append_only_update;
DROP TRIGGER changes_append_only_delete;
CREATE TABLE changes_per_write (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  entity TEXT NOT NULL,
  row_id TEXT NOT NULL,
  hlc TEXT NOT NULL,              -- hybrid logical clock of the write
  installation_id TEXT NOT NULL,  -- who wrote it
  user TEXT NOT NULL,             -- operator name at the time
  unit_code TEXT NOT NULL,        -- owning unit of the row
  fields TEXT NOT NULL            -- JSON object: field → new value
) STRICT;
INSERT INTO changes_per_write (entity, row_id, hlc, installation_id, user, unit_code, fields)
SELECT entity, row_id, hlc, installation_id, user, unit_code, json_group_object(field, json(value))
FROM (SELECT * FROM changes ORDER BY seq)
GROUP BY entity, row_id, hlc, installation_id
ORDER BY min(seq);
DROP TABLE changes;
ALTER TABLE changes_per_write RENAME TO changes;
-- One entry per write: re-applying a received write is a no-op. Also serves a record's history
-- in merge order (row_id, hlc, installation_id).
CREATE UNIQUE INDEX changes_identity ON changes (row_id, hlc, installation_id);
CREATE INDEX changes_by_hlc ON changes (hlc);
CREATE INDEX changes_by_entity ON changes (entity, seq);
CREATE TRIGGER changes_append_only_update BEFORE UPDATE ON changes
BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
CREATE TRIGGER changes_append_only_delete BEFORE DELETE ON changes
BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;

CREATE TABLE cases (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  case_number TEXT NOT NULL DEFAULT '',
  number_year INTEGER,
  number_seq INTEGER,
  title TEXT NOT NULL DEFAULT '',
  campaigns TEXT NOT NULL DEFAULT '',          -- ',code,code,' so one LIKE finds a tag
  category TEXT NOT NULL DEFAULT 'other',
  violation_type TEXT NOT NULL DEFAULT '',
  legal_basis TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT 'inspection',
  goods TEXT NOT NULL DEFAULT '',
  goods_category TEXT NOT NULL DEFAULT '',
  place_type TEXT NOT NULL DEFAULT '',
  township_code TEXT,
  platform TEXT NOT NULL DEFAULT '',
  shop_url TEXT NOT NULL DEFAULT '',
  flags TEXT NOT NULL DEFAULT '',              -- ',ecommerce,rural,'
  amount_involved_fen INTEGER CHECK (amount_involved_fen >= 0),
  fine_fen INTEGER CHECK (fine_fen >= 0),
  confiscated_fen INTEGER CHECK (confiscated_fen >= 0),
  seized_qty REAL CHECK (seized_qty >= 0),
  seized_unit TEXT NOT NULL DEFAULT '',
  seized_value_fen INTEGER CHECK (seized_value_fen >= 0),
  destroyed_qty REAL CHECK (destroyed_qty >= 0),
  destroyed_unit TEXT NOT NULL DEFAULT '',
  destroyed_value_fen INTEGER CHECK (destroyed_value_fen >= 0),
  police_transfer_date TEXT,
  police_receiver TEXT NOT NULL DEFAULT '',
  police_persons INTEGER CHECK (police_persons >= 0),
  gi_product TEXT NOT NULL DEFAULT '',
  handlers TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  stage TEXT NOT NULL DEFAULT 'CLUE',
  outcome TEXT,
  lead_date TEXT NOT NULL DEFAULT '',
  filed_date TEXT,
  decided_date TEXT,
  served_date TEXT,
  published_date TEXT,
  closed_date TEXT,
  decision_number TEXT NOT NULL DEFAULT '',
  filing_extended INTEGER NOT NULL DEFAULT 0,
  decision_extended INTEGER NOT NULL DEFAULT 0,
  extension_note TEXT NOT NULL DEFAULT '',
  excluded_days INTEGER NOT NULL DEFAULT 0
) STRICT;
-- Sort orders of the list (each serves "first page, sorted" without a full sort).
CREATE INDEX cases_by_lead_date ON cases (lead_date, id);
CREATE INDEX cases_by_number ON cases (unit_code, number_year, number_seq);
CREATE INDEX cases_by_case_number ON cases (case_number);
CREATE INDEX cases_by_category ON cases (category, lead_date);
CREATE INDEX cases_by_stage ON cases (stage, lead_date);
CREATE INDEX cases_by_amount ON cases (amount_involved_fen);
CREATE INDEX cases_by_penalty ON cases ((coalesce(fine_fen, 0) + coalesce(confiscated_fen, 0)));
CREATE INDEX cases_by_updated ON cases (updated_at);
CREATE INDEX cases_by_unit ON cases (unit_code, lead_date);
-- Open cases (the home screen counts them; the list filters them).
CREATE INDEX cases_open ON cases (lead_date) WHERE closed_date IS NULL AND deleted = 0;

CREATE TABLE case_parties (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  case_id TEXT NOT NULL,
  ord INTEGER NOT NULL DEFAULT 0,
  kind TEXT NOT NULL DEFAULT 'organisation',
  name TEXT NOT NULL DEFAULT '',
  id_type TEXT NOT NULL DEFAULT 'other',
  id_number TEXT NOT NULL DEFAULT '',
  id_override INTEGER NOT NULL DEFAULT 0,
  legal_representative TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  township_code TEXT,
  phone TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX case_parties_by_case ON case_parties (case_id, ord);
CREATE INDEX case_parties_by_id_number ON case_parties (id_number);

-- One row per stage change (and per transfer): date, actor, document number.
CREATE TABLE case_events (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  case_id TEXT NOT NULL,
  stage TEXT NOT NULL DEFAULT '',
  date TEXT NOT NULL DEFAULT '',
  actor TEXT NOT NULL DEFAULT '',
  doc_type TEXT,
  doc_year INTEGER,
  doc_seq INTEGER,
  doc_number TEXT NOT NULL DEFAULT '',
  outcome TEXT,
  receiver TEXT NOT NULL DEFAULT '',
  persons INTEGER,
  note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX case_events_by_case ON case_events (case_id, date);
CREATE INDEX case_events_by_doc ON case_events (unit_code, doc_type, doc_year, doc_seq);
CREATE INDEX case_events_by_doc_number ON case_events (doc_number);

-- Evidence linked to a case; the bytes live in the content-addressed store (blobs below).
CREATE TABLE case_attachments (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  case_id TEXT NOT NULL,
  sha256 TEXT NOT NULL DEFAULT '',
  file_name TEXT NOT NULL DEFAULT '',
  mime TEXT NOT NULL DEFAULT '',
  size INTEGER NOT NULL DEFAULT 0,
  caption TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX case_attachments_by_case ON case_attachments (case_id);

-- Which blobs this installation holds under <data dir>/attachments (never synced as rows).
CREATE TABLE blobs (
  sha256 TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  mime TEXT NOT NULL,
  stored_at TEXT NOT NULL
) STRICT;

-- Editable reference data: additions and edits on top of the shipped tables (campaign tags,
-- goods categories, place types, violation types, and holiday-calendar days). Syncable, so a
-- league's edits travel to its counties in the return bundle.
CREATE TABLE reference_items (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  kind TEXT NOT NULL DEFAULT '',
  code TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL DEFAULT '',
  name_en TEXT NOT NULL DEFAULT '',
  active INTEGER NOT NULL DEFAULT 1,
  value TEXT NOT NULL DEFAULT ''               -- holidays: 'holiday' | 'workday' | 'ordinary'
) STRICT;
CREATE INDEX reference_items_by_code ON reference_items (kind, code);

-- Shipped vocabularies (resources/reference/vocabulary.csv).
CREATE TABLE ref_vocabulary (
  kind TEXT NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  name_en TEXT NOT NULL,
  ord INTEGER NOT NULL,
  PRIMARY KEY (kind, code)
) STRICT;

-- Derived: the text a case is found by (number, title, goods, notes, parties, document numbers),
-- indexed with FTS5 trigram for queries of 3+ characters; shorter queries scan it (bounded).
CREATE TABLE case_search (
  case_rowid INTEGER PRIMARY KEY,
  body TEXT NOT NULL
) STRICT;
CREATE VIRTUAL TABLE case_fts USING fts5 (body, content = 'case_search', content_rowid = 'case_rowid', tokenize = 'trigram');

CREATE VIEW case_search_source AS
SELECT
  c.rowid AS case_rowid,
  c.id AS case_id,
  CASE WHEN c.deleted = 1 THEN '' ELSE
    c.case_number || ' ' || c.title || ' ' || c.goods || ' ' || c.notes || ' ' || c.platform || ' ' || c.handlers || ' ' ||
    c.decision_number || ' ' || c.violation_type || ' ' || c.police_receiver || ' ' ||
    coalesce((SELECT group_concat(p.name || ' ' || p.id_number || ' ' || p.legal_representative, ' ') FROM case_parties p WHERE p.case_id = c.id AND p.deleted = 0), '') || ' ' ||
    coalesce((SELECT group_concat(e.doc_number, ' ') FROM case_events e WHERE e.case_id = c.id AND e.deleted = 0 AND e.doc_number <> ''), '')
  END AS body
FROM cases c;

CREATE TRIGGER case_search_after_insert AFTER INSERT ON case_search
BEGIN
  INSERT INTO case_fts (rowid, body) VALUES (new.case_rowid, new.body);
END;
CREATE TRIGGER case_search_after_update AFTER UPDATE ON case_search WHEN old.body IS NOT new.body
BEGIN
  INSERT INTO case_fts (case_fts, rowid, body) VALUES ('delete', old.case_rowid, old.body);
  INSERT INTO case_fts (rowid, body) VALUES (new.case_rowid, new.body);
END;

-- Derived: each open case's next legal deadline. Computing it needs the holiday calendar, so
-- triggers only queue the case (case_due_stale) and the domain recomputes the queue before it
-- reads deadlines. Any writer — a form, the demo generator, a bundle import — keeps this true.
CREATE TABLE case_due (
  case_rowid INTEGER PRIMARY KEY,
  due_date TEXT,
  due_kind TEXT
) STRICT;
CREATE INDEX case_due_by_date ON case_due (due_date);
CREATE TABLE case_due_stale (case_rowid INTEGER PRIMARY KEY) STRICT;

CREATE TRIGGER cases_derive_insert AFTER INSERT ON cases
BEGIN
  INSERT INTO case_search (case_rowid, body) SELECT case_rowid, body FROM case_search_source WHERE case_rowid = new.rowid;
  INSERT OR IGNORE INTO case_due_stale (case_rowid) VALUES (new.rowid);
END;
CREATE TRIGGER cases_derive_update AFTER UPDATE ON cases
BEGIN
  UPDATE case_search SET body = (SELECT body FROM case_search_source WHERE case_rowid = new.rowid) WHERE case_rowid = new.rowid;
  INSERT OR IGNORE INTO case_due_stale (case_rowid) VALUES (new.rowid);
END;
CREATE TRIGGER case_parties_derive_insert AFTER INSERT ON case_parties
BEGIN
  UPDATE case_search SET body = (SELECT s.body FROM case_search_source s WHERE s.case_id = new.case_id)
  WHERE case_rowid = (SELECT rowid FROM cases WHERE id = new.case_id);
END;
CREATE TRIGGER case_parties_derive_update AFTER UPDATE ON case_parties
BEGIN
  UPDATE case_search SET body = (SELECT s.body FROM case_search_source s WHERE s.case_id = new.case_id)
  WHERE case_rowid = (SELECT rowid FROM cases WHERE id = new.case_id);
END;
CREATE TRIGGER case_events_derive_insert AFTER INSERT ON case_events WHEN new.doc_number <> ''
BEGIN
  UPDATE case_search SET body = (SELECT s.body FROM case_search_source s WHERE s.case_id = new.case_id)
  WHERE case_rowid = (SELECT rowid FROM cases WHERE id = new.case_id);
END;
CREATE TRIGGER case_events_derive_update AFTER UPDATE ON case_events
BEGIN
  UPDATE case_search SET body = (SELECT s.body FROM case_search_source s WHERE s.case_id = new.case_id)
  WHERE case_rowid = (SELECT rowid FROM cases WHERE id = new.case_id);
END;
-- A calendar edit moves deadlines of every open case.
CREATE TRIGGER reference_items_calendar_insert AFTER INSERT ON reference_items WHEN new.kind = 'holiday'
BEGIN
  INSERT OR IGNORE INTO case_due_stale (case_rowid) SELECT rowid FROM cases WHERE closed_date IS NULL;
END;
CREATE TRIGGER reference_items_calendar_update AFTER UPDATE ON reference_items WHEN new.kind = 'holiday' OR old.kind = 'holiday'
BEGIN
  INSERT OR IGNORE INTO case_due_stale (case_rowid) SELECT rowid FROM cases WHERE closed_date IS NULL;
END;
