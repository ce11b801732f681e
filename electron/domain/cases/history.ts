/** Field-level history of a case and everything attached to it, from the change log. */
import type { CaseHistory } from '../../../shared/cases/types';
import type { Ledger } from '../../store/ledger';
import { listChangesForRows } from '../core/change-history';

export function caseHistory(ledger: Ledger, caseId: string, limit = 500): CaseHistory {
  const rows: CaseHistory['rows'] = { [caseId]: { entity: 'case', label: '' } };
  const parties = ledger.stmt('SELECT id, name FROM case_parties WHERE case_id = ? ORDER BY ord').all(caseId) as { id: string; name: string }[];
  for (const p of parties) rows[p.id] = { entity: 'case_party', label: p.name };
  const events = ledger.stmt('SELECT id, stage FROM case_events WHERE case_id = ?').all(caseId) as { id: string; stage: string }[];
  for (const e of events) rows[e.id] = { entity: 'case_event', label: e.stage };
  const files = ledger.stmt('SELECT id, file_name FROM case_attachments WHERE case_id = ?').all(caseId) as { id: string; file_name: string }[];
  for (const f of files) rows[f.id] = { entity: 'case_attachment', label: f.file_name };
  return { entries: listChangesForRows(ledger, Object.keys(rows), limit), rows };
}
