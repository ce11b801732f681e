-- 0005 work plans: plans and their task lists (league records), progress reports and year-end
-- summaries (county records) with evidence files, indicators with targets (league) and reported
-- values (any unit, its own). All syncable, written only through the change log.

CREATE TABLE plans (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  doc_number TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  year INTEGER NOT NULL DEFAULT 0,
  issuing_unit TEXT NOT NULL DEFAULT '',
  issue_date TEXT NOT NULL DEFAULT '',
  summary_due TEXT NOT NULL DEFAULT '',
  sections TEXT NOT NULL DEFAULT '',          -- JSON array of {number, title, text}
  copied_from TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX plans_by_year ON plans (deleted, year);

CREATE TABLE plan_files (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  plan_id TEXT NOT NULL DEFAULT '',
  sha256 TEXT NOT NULL DEFAULT '',
  file_name TEXT NOT NULL DEFAULT '',
  mime TEXT NOT NULL DEFAULT '',
  size INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX plan_files_by_plan ON plan_files (plan_id);

CREATE TABLE plan_tasks (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  plan_id TEXT NOT NULL DEFAULT '',
  ord INTEGER NOT NULL DEFAULT 0,
  section_no TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  lead_units TEXT NOT NULL DEFAULT '',         -- as written in the document
  supporting_units TEXT NOT NULL DEFAULT '',
  assigned_units TEXT NOT NULL DEFAULT '',     -- ',152201,152202,'
  deadline TEXT NOT NULL DEFAULT '',
  cadence TEXT NOT NULL DEFAULT 'once',
  evidence_required TEXT NOT NULL DEFAULT '',
  indicator_codes TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX plan_tasks_by_plan ON plan_tasks (plan_id, ord);

CREATE TABLE task_reports (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  task_id TEXT NOT NULL DEFAULT '',
  period TEXT NOT NULL DEFAULT '',             -- 'YYYY' or 'YYYYQn'
  status TEXT NOT NULL DEFAULT 'not_started',
  percent INTEGER NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
  narrative TEXT NOT NULL DEFAULT '',
  reported_date TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX task_reports_by_task ON task_reports (task_id, unit_code, period);

CREATE TABLE plan_summaries (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  plan_id TEXT NOT NULL DEFAULT '',
  submitted_date TEXT NOT NULL DEFAULT '',
  narrative TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX plan_summaries_by_plan ON plan_summaries (plan_id, unit_code);

-- Evidence of a progress report or a year-end summary (bytes in the content-addressed store).
CREATE TABLE report_files (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  owner_id TEXT NOT NULL DEFAULT '',
  sha256 TEXT NOT NULL DEFAULT '',
  file_name TEXT NOT NULL DEFAULT '',
  mime TEXT NOT NULL DEFAULT '',
  size INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX report_files_by_owner ON report_files (owner_id);

CREATE TABLE indicators (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  code TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL DEFAULT '',
  unit TEXT NOT NULL DEFAULT '',               -- 件, 万元, %
  formula_notes TEXT NOT NULL DEFAULT '',
  period_rule TEXT NOT NULL DEFAULT 'latest',
  unit_rule TEXT NOT NULL DEFAULT 'own',
  computed TEXT NOT NULL DEFAULT '',
  formula TEXT NOT NULL DEFAULT '',
  ord INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE TABLE indicator_targets (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  indicator_id TEXT NOT NULL DEFAULT '',
  year INTEGER NOT NULL DEFAULT 0,
  target_unit TEXT NOT NULL DEFAULT '',        -- the league or one of its counties
  value REAL,
  note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX indicator_targets_by_indicator ON indicator_targets (indicator_id, year);

CREATE TABLE indicator_values (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  indicator_id TEXT NOT NULL DEFAULT '',
  period TEXT NOT NULL DEFAULT '',
  value REAL,
  source TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX indicator_values_by_indicator ON indicator_values (indicator_id, unit_code, period);
