/**
 * Whether a league's figures for a period are final: for each county, the last bundle received,
 * when the county made it and its sequence. Bundles are cumulative, so a county's data for the
 * period is complete once a bundle made after the period's last day has been imported (later
 * corrections arrive the same way and show as a newer bundle).
 */
import { localIsoDate } from '../../../shared/calendar';
import type { Completeness } from '../../../shared/reports/completeness';
import type { Session } from '../core/session';
import { reportScope } from './scope';

export function completeness(session: Session, input: { period: string }): Completeness {
  const scope = reportScope(session, input);
  const rows = session.ledger
    .stmt(
      `SELECT source_unit AS unit, max(sequence) AS sequence, max(imported_at) AS importedAt, max(json_extract(result, '$.createdAt')) AS createdAt
       FROM bundles_received GROUP BY source_unit`,
    )
    .all() as { unit: string; sequence: number; importedAt: string; createdAt: string | null }[];
  const byUnit = new Map(rows.map((r) => [r.unit, r]));
  return {
    period: input.period,
    to: scope.to,
    units: scope.counties.map((c) => {
      const last = byUnit.get(c.code);
      // The manifest's time is UTC; the period ends at local midnight (a bundle made at 07:00 on
      // 1 October in Beijing is 30 September in UTC).
      const exportedOn = last?.createdAt ? localIsoDate(Date.parse(last.createdAt)) : null;
      return {
        ...c,
        lastSequence: last?.sequence ?? null,
        lastImportedAt: last?.importedAt ?? null,
        lastExportedAt: last?.createdAt ?? null,
        status: !last ? 'none' : exportedOn !== null && exportedOn > scope.to ? 'complete' : 'stale',
      };
    }),
  };
}
