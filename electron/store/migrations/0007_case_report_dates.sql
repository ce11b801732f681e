-- 0007: reports count cases by the date of what happened in the period (filed, closed, decided,
-- transferred to the police — see shared/reports/samr.ts), and every number drills down to the
-- case list filtered by that same date. One index per date keeps both the report and the list
-- from reading every case row. Partial: a NULL date is never in a period, and most cases have
-- no decision or transfer date, so those indexes stay small.
CREATE INDEX cases_by_filed_date ON cases (filed_date, deleted, category, unit_code) WHERE filed_date IS NOT NULL;
CREATE INDEX cases_by_closed_date ON cases (closed_date, deleted, category, unit_code) WHERE closed_date IS NOT NULL;
CREATE INDEX cases_by_decided_date ON cases (decided_date, deleted, category, unit_code) WHERE decided_date IS NOT NULL;
CREATE INDEX cases_by_transfer_date ON cases (police_transfer_date, deleted, category, unit_code) WHERE police_transfer_date IS NOT NULL;
