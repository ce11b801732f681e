-- 0004 geographical-indication register: the GI catalogue (league entries and county proposals),
-- authorised users of the GI special mark with their approval timeline, yearly use reports,
-- inspections of mark use and their photos. All syncable, written only through the change log.
-- The USCC is the natural key of a user within a GI; uniqueness is checked by the domain rather
-- than a UNIQUE index, so that two counties registering the same enterprise offline can still
-- exchange bundles (the league sees the duplicate instead of an import that cannot apply).

CREATE TABLE gis (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  name TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT 'unconfirmed',
  identifier TEXT NOT NULL DEFAULT '',        -- announcement / trademark registration / AGI certificate
  registered_date TEXT NOT NULL DEFAULT '',   -- YYYY, YYYY-MM or YYYY-MM-DD (seed entries know only the year)
  holder TEXT NOT NULL DEFAULT '',
  nice_class TEXT NOT NULL DEFAULT '',
  area_codes TEXT NOT NULL DEFAULT '',        -- ',152525,152530100,' counties and townships
  area_text TEXT NOT NULL DEFAULT '',         -- the production area as the source words it
  product_scope TEXT NOT NULL DEFAULT '',     -- ',奶豆腐,楚拉,' (empty = not restricted)
  quality_standard TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'active',
  source TEXT NOT NULL DEFAULT '',
  confidence TEXT NOT NULL DEFAULT 'U',
  verified INTEGER NOT NULL DEFAULT 0,
  adopted_from TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX gis_by_name ON gis (deleted, name);

CREATE TABLE gi_users (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  gi_id TEXT NOT NULL DEFAULT '',
  enterprise_name TEXT NOT NULL DEFAULT '',
  uscc TEXT NOT NULL DEFAULT '',
  uscc_override INTEGER NOT NULL DEFAULT 0,
  legal_representative TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  township_code TEXT,
  products TEXT NOT NULL DEFAULT '',          -- ',羊肉,羊杂,'
  varieties TEXT NOT NULL DEFAULT '',
  contact_person TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'applying',
  applied_date TEXT NOT NULL DEFAULT '',
  county_review_date TEXT,
  site_check_date TEXT,
  league_review_date TEXT,
  region_review_date TEXT,
  announced_date TEXT,
  announcement_number TEXT NOT NULL DEFAULT '',
  status_date TEXT,
  status_reason TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX gi_users_by_gi ON gi_users (gi_id, deleted, uscc);
CREATE INDEX gi_users_by_uscc ON gi_users (uscc);

-- The approval timeline: one row per step or status change (the user row keeps the dates the
-- flags and lists need).
CREATE TABLE gi_user_events (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  user_id TEXT NOT NULL DEFAULT '',
  step TEXT NOT NULL DEFAULT '',
  date TEXT NOT NULL DEFAULT '',
  actor TEXT NOT NULL DEFAULT '',
  announcement_number TEXT NOT NULL DEFAULT '',
  site_check_date TEXT,
  note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX gi_user_events_by_user ON gi_user_events (user_id, date);

CREATE TABLE gi_use_reports (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  user_id TEXT NOT NULL DEFAULT '',
  year INTEGER NOT NULL DEFAULT 0,
  used INTEGER NOT NULL DEFAULT 0,
  quantity REAL CHECK (quantity >= 0),
  quantity_unit TEXT NOT NULL DEFAULT '',
  value_fen INTEGER CHECK (value_fen >= 0),
  labels_printed INTEGER CHECK (labels_printed >= 0),
  reported_date TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX gi_use_reports_by_user ON gi_use_reports (user_id, year);

CREATE TABLE gi_inspections (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  user_id TEXT NOT NULL DEFAULT '',
  date TEXT NOT NULL DEFAULT '',
  inspectors TEXT NOT NULL DEFAULT '',
  chk_mark_display TEXT NOT NULL DEFAULT 'na',
  chk_uscc_printed TEXT NOT NULL DEFAULT 'na',
  chk_product_scope TEXT NOT NULL DEFAULT 'na',
  chk_producer_area TEXT NOT NULL DEFAULT 'na',
  chk_records_kept TEXT NOT NULL DEFAULT 'na',
  result TEXT NOT NULL DEFAULT 'pass',
  findings TEXT NOT NULL DEFAULT '',
  follow_up TEXT NOT NULL DEFAULT '',
  case_id TEXT                               -- the enforcement case opened from this inspection
) STRICT;
CREATE INDEX gi_inspections_by_user ON gi_inspections (user_id, date);

CREATE TABLE gi_inspection_photos (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  inspection_id TEXT NOT NULL DEFAULT '',
  sha256 TEXT NOT NULL DEFAULT '',
  file_name TEXT NOT NULL DEFAULT '',
  mime TEXT NOT NULL DEFAULT '',
  size INTEGER NOT NULL DEFAULT 0,
  caption TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX gi_inspection_photos_by_inspection ON gi_inspection_photos (inspection_id);

-- A case opened from a failed inspection points back at it (the inspection's case_id points forward).
ALTER TABLE cases ADD COLUMN gi_inspection_id TEXT;
