-- 0008: the report date indexes of 0007 also carry the figures the reports add up, so the SAMR
-- table and the dashboard read them from the index alone instead of fetching each case row
-- (measured at 1,000,000 cases on the 2-core VM: a quarter's SAMR table went from ~3 s to well
-- under a second; see `npm run bench`). Open cases per unit get their own small index.
DROP INDEX cases_by_filed_date;
DROP INDEX cases_by_decided_date;
DROP INDEX cases_by_transfer_date;
CREATE INDEX cases_by_filed_date ON cases (filed_date, deleted, category, unit_code, amount_involved_fen, flags) WHERE filed_date IS NOT NULL;
CREATE INDEX cases_by_decided_date ON cases (decided_date, deleted, category, unit_code, fine_fen, confiscated_fen) WHERE decided_date IS NOT NULL;
CREATE INDEX cases_by_transfer_date ON cases (police_transfer_date, deleted, category, unit_code, police_persons) WHERE police_transfer_date IS NOT NULL;
CREATE INDEX cases_open_by_unit ON cases (unit_code) WHERE closed_date IS NULL AND deleted = 0;
