-- 0011 the SAMR return as the official form (issue 16, deliverables 1 and 2).
--
-- Cases: the form's money columns 挽回经济损失（万元） and 挽回外商投资企业经济损失（万元） (SAMR
-- 知识产权执法数据统计表, annex of the 2020 铁拳 plan, columns 5 and 11; note 4(2): losses right
-- holders avoided, direct and indirect, plus compensation won by mediation or litigation). NULL
-- means "not recorded", as for the other amounts. Existing cases keep every value they had.
ALTER TABLE cases ADD COLUMN recovered_loss_fen INTEGER CHECK (recovered_loss_fen >= 0);
ALTER TABLE cases ADD COLUMN recovered_foreign_loss_fen INTEGER CHECK (recovered_foreign_loss_fen >= 0);

-- 结案 counts filed cases closed in the period (a lead closed as 不予立案 is not a 结案), and the
-- recovered losses count with it: the closing-date index carries the filing date and both amounts,
-- so the report still reads the index alone (as 0008 does for the other dates).
DROP INDEX cases_by_closed_date;
CREATE INDEX cases_by_closed_date ON cases (closed_date, deleted, category, unit_code, filed_date, recovered_loss_fen, recovered_foreign_loss_fen, campaigns) WHERE closed_date IS NOT NULL;

-- 执法行动记录: one record per enforcement action a county deploys (form's 执法行动 block, note
-- 4(1): actions aimed at key markets, key goods or key fields). County records, owned by the unit.
CREATE TABLE enforcement_actions (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  date TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  campaigns TEXT NOT NULL DEFAULT '',          -- ',铁拳,蓝天,' like cases.campaigns
  target TEXT NOT NULL DEFAULT 'key_market',   -- key_market 重点市场 / key_goods 重点商品 / key_field 重点领域
  physical_market INTEGER NOT NULL DEFAULT 0 CHECK (physical_market IN (0, 1)),
  market_name TEXT NOT NULL DEFAULT '',
  staff INTEGER NOT NULL DEFAULT 0 CHECK (staff >= 0),
  businesses_inspected INTEGER NOT NULL DEFAULT 0 CHECK (businesses_inspected >= 0),
  markets_inspected INTEGER NOT NULL DEFAULT 0 CHECK (markets_inspected >= 0),
  seized_qty REAL CHECK (seized_qty >= 0),
  seized_unit TEXT NOT NULL DEFAULT '',
  seized_goods TEXT NOT NULL DEFAULT '',
  township_code TEXT,
  notes TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX enforcement_actions_by_date ON enforcement_actions (date, deleted, unit_code, physical_market, staff, campaigns);

-- The unit's key physical markets (辖区重点实体市场): reference data of each county, syncable, so
-- the league's 辖区重点实体市场数量 is the sum of its counties' lists.
CREATE TABLE key_markets (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  name TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT '',               -- place type, as the case log's vocabulary (批发市场 …)
  township_code TEXT,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  notes TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX key_markets_by_unit ON key_markets (unit_code, deleted, active);
