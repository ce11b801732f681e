/**
 * The GI catalogue. League entries are written by the league; a county may propose an entry
 * (status 'proposed', owned by the county) and edit its own proposals. The league adopts a
 * proposal by creating its own entry that names the proposal in `adopted_from`, so nobody
 * ever writes another unit's record (the bundle's authority rule).
 */
import type { GiFieldsInput } from '../../../shared/gi/schemas';
import type { GiEntry, GiSummary } from '../../../shared/gi/types';
import { USER_STATUSES, type UserStatus } from '../../../shared/gi/vocabulary';
import { DomainError } from '../../../shared/errors';
import { insertRecord, updateRecord } from '../../store/change-log';
import type { Ledger } from '../../store/ledger';
import { writeContext, type Session } from '../core/session';
import { currentOffice } from '../core/office';
import { giColumns, giFromRow, type GiRow } from './rows';
import { listUsers } from './users-list';

export function loadGiRow(ledger: Ledger, id: string): GiRow {
  const row = ledger.stmt('SELECT * FROM gis WHERE id = ? AND deleted = 0').get(id) as GiRow | undefined;
  if (!row) throw new DomainError('not_found', `GI ${id} not found`);
  return row;
}

export function getGi(ledger: Ledger, id: string): GiEntry {
  return giFromRow(loadGiRow(ledger, id));
}

/** Entries of the office's league and proposals from its counties, with user counts. */
export function listCatalogue(session: Session): GiSummary[] {
  const { leagueCode } = currentOffice(session);
  const rows = session.ledger
    .stmt(
      `SELECT g.* FROM gis g LEFT JOIN ref_regions r ON r.code = g.unit_code
       WHERE g.deleted = 0 AND (g.unit_code = ? OR r.parent_code = ?) ORDER BY g.status = 'proposed', g.name, g.kind`,
    )
    .all(leagueCode, leagueCode) as GiRow[];
  const users = listUsers(session, { search: '' });
  const adoptedBy = new Map(rows.filter((r) => r.adopted_from).map((r) => [r.adopted_from, r.id]));
  return rows.map((r) => {
    const mine = users.filter((u) => u.giId === r.id);
    const counts = Object.fromEntries(USER_STATUSES.map((s) => [s, mine.filter((u) => u.status === s).length])) as Record<UserStatus, number>;
    return { ...giFromRow(r), users: counts, flagged: mine.filter((u) => u.flags.length > 0).length, adoptedBy: adoptedBy.get(r.id) ?? null };
  });
}

function checkArea(ledger: Ledger, codes: string[]): void {
  for (const code of codes) {
    const table = code.length === 6 ? 'ref_regions' : 'ref_townships';
    if (!ledger.stmt(`SELECT 1 FROM ${table} WHERE code = ?`).get(code)) throw new DomainError('validation', 'area_unknown');
  }
}

export function saveGi(session: Session, input: { id?: string; fields: GiFieldsInput }): string {
  const ctx = writeContext(session);
  const office = currentOffice(session);
  const { ledger } = session;
  const fields = { ...input.fields };
  if (office.role === 'county') {
    // A county's entry is a proposal until the league adopts it.
    fields.status = 'proposed';
    fields.verified = false;
    fields.adoptedFrom = '';
  } else if (fields.status === 'proposed') {
    throw new DomainError('validation', 'gi_status_invalid');
  }
  checkArea(ledger, fields.areaCodes);
  if (fields.adoptedFrom) {
    const proposal = ledger.stmt("SELECT 1 FROM gis WHERE id = ? AND deleted = 0 AND status = 'proposed'").get(fields.adoptedFrom);
    if (!proposal) throw new DomainError('validation', 'gi_proposal_unknown');
  }
  const ownerUnit = office.role === 'league' ? office.leagueCode : office.unitCode;
  const duplicate = ledger
    .stmt("SELECT 1 FROM gis WHERE deleted = 0 AND unit_code IN (?, ?) AND name = ? AND kind = ? AND status <> 'revoked' AND id <> ? AND id <> ?")
    .get(office.leagueCode, ownerUnit, fields.name, fields.kind, input.id ?? '', fields.adoptedFrom);
  if (duplicate) throw new DomainError('validation', 'gi_duplicate');
  if (!input.id) return insertRecord(ctx, 'gi', giColumns(fields));
  const row = loadGiRow(ledger, input.id);
  if (row.unit_code !== ownerUnit) throw new DomainError('validation', office.role === 'county' ? 'gi_league_owned' : 'gi_county_proposal');
  updateRecord(ctx, 'gi', input.id, giColumns(fields));
  return input.id;
}
