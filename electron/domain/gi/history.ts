/** Field-level history of an authorised user and its timeline, reports, inspections and photos. */
import type { GiHistory } from '../../../shared/gi/types';
import type { Ledger } from '../../store/ledger';
import { listChangesForRows } from '../core/change-history';

export function userHistory(ledger: Ledger, userId: string, limit = 500): GiHistory {
  const rows: GiHistory['rows'] = { [userId]: { entity: 'gi_user', label: '' } };
  const add = (entity: string, sql: string, ids: string[]) => {
    for (const r of ledger.stmt(sql).all(...ids) as { id: string; label: string }[]) rows[r.id] = { entity, label: r.label };
  };
  add('gi_user_event', 'SELECT id, step AS label FROM gi_user_events WHERE user_id = ?', [userId]);
  add('gi_use_report', 'SELECT id, CAST(year AS TEXT) AS label FROM gi_use_reports WHERE user_id = ?', [userId]);
  add('gi_inspection', 'SELECT id, date AS label FROM gi_inspections WHERE user_id = ?', [userId]);
  add(
    'gi_inspection_photo',
    'SELECT p.id, p.file_name AS label FROM gi_inspection_photos p JOIN gi_inspections i ON i.id = p.inspection_id WHERE i.user_id = ?',
    [userId],
  );
  return { entries: listChangesForRows(ledger, Object.keys(rows), limit), rows };
}
