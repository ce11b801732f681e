-- Issue 16 (deliverables 4-6): case procedure, time limits and outcomes as the law says.
-- New columns only, all with defaults that mean "nothing recorded": no value already stored
-- changes, no number already issued is touched (test/unit/procedure-migration.test.ts).
-- (Written as 0012_case_procedure.sql in the plan; numbered 0011 on this branch because the runner
-- refuses gaps — the merger renumbers it after the SAMR work's 0011.)

-- 普通程序 / 简易程序 (行政处罚法第51条).
ALTER TABLE cases ADD COLUMN procedure TEXT NOT NULL DEFAULT 'ordinary';
-- Kinds of penalty decided (行政处罚法第9条), ',warning,fine,' like the other tag columns.
ALTER TABLE cases ADD COLUMN penalty_kinds TEXT NOT NULL DEFAULT '';
-- Working days excluded from the 15-working-day filing limit (程序规定第18条第2款).
ALTER TABLE cases ADD COLUMN filing_excluded_days INTEGER NOT NULL DEFAULT 0;
-- Extensions of the decision limit, a JSON array of {by, approvedOn, days, reason}
-- (行政处罚法第60条: the head 30 days, then any number by 集体讨论). '' = none recorded; the
-- legacy decision_extended flag still counts as one head extension while this is empty.
ALTER TABLE cases ADD COLUMN decision_extensions TEXT NOT NULL DEFAULT '';
-- Service of the 行政处罚告知书 and a written waiver of 陈述申辩/听证 (第62、64条).
ALTER TABLE cases ADD COLUMN notice_served_date TEXT;
ALTER TABLE cases ADD COLUMN rights_waived_date TEXT;
-- Police transfer: the officers' report and the head's approval (国务院令第310号第5条).
ALTER TABLE cases ADD COLUMN police_report_date TEXT;
ALTER TABLE cases ADD COLUMN police_approved_date TEXT;
-- A stage entry recorded over a procedure warning keeps the warnings and the clerk's reason.
ALTER TABLE case_events ADD COLUMN override_reason TEXT NOT NULL DEFAULT '';
-- Deadlines gain kinds (police transfer) and inputs: recompute every open case.
INSERT OR IGNORE INTO case_due_stale (case_rowid) SELECT rowid FROM cases WHERE closed_date IS NULL;
