/** Parties of a case: identifier checks (docs/domain.md §2) and writes through the change log. */
import type { PartyInput } from '../../../shared/cases/schemas';
import type { CaseParty } from '../../../shared/cases/types';
import type { IdType, PartyKind } from '../../../shared/cases/vocabulary';
import { DomainError } from '../../../shared/errors';
import { checkIdCard, checkUscc, hasErrors, hasWarnings, type IdentifierCheck } from '../../../shared/identifiers';
import { insertRecord, tombstoneRecord, updateRecord, type WriteContext } from '../../store/change-log';
import type { Ledger } from '../../store/ledger';

interface PartyRow {
  id: string;
  kind: string;
  name: string;
  id_type: string;
  id_number: string;
  id_override: number;
  legal_representative: string;
  address: string;
  township_code: string | null;
  phone: string;
}

export function knownAreaCodes(ledger: Ledger): Set<string> {
  return new Set(ledger.stmt('SELECT code FROM ref_regions').pluck().all() as string[]);
}

export function checkPartyIdentifier(ledger: Ledger, idType: IdType, idNumber: string, today: Date, areaCodes?: ReadonlySet<string>): IdentifierCheck | null {
  if (idNumber === '' || idType === 'other') return null;
  return idType === 'uscc' ? checkUscc(idNumber) : checkIdCard(idNumber, { knownAreaCodes: areaCodes ?? knownAreaCodes(ledger), today });
}

/**
 * Normalises identifiers; refuses malformed ones, and ones with warnings unless the user
 * confirmed them (idOverride). The override is stored so the audit shows who accepted what.
 */
export function validateParties(ledger: Ledger, parties: PartyInput[], today: Date): PartyInput[] {
  return parties.map((p) => {
    const check = checkPartyIdentifier(ledger, p.idType, p.idNumber, today);
    if (!check) return { ...p, idOverride: false };
    if (hasErrors(check)) throw new DomainError('validation', 'party_identifier_invalid');
    if (hasWarnings(check) && !p.idOverride) throw new DomainError('validation', 'party_identifier_unconfirmed');
    return { ...p, idNumber: check.value, idOverride: hasWarnings(check) };
  });
}

function columns(p: PartyInput, ord: number) {
  return {
    ord,
    kind: p.kind,
    name: p.name,
    id_type: p.idType,
    id_number: p.idNumber,
    id_override: p.idOverride ? 1 : 0,
    legal_representative: p.legalRepresentative,
    address: p.address,
    township_code: p.townshipCode,
    phone: p.phone,
  };
}

/** Bring the case's parties in line with the list: update kept ones, add new ones, tombstone removed ones. */
export function writeParties(ctx: WriteContext, caseId: string, parties: PartyInput[]): void {
  const existing = new Set(ctx.ledger.stmt('SELECT id FROM case_parties WHERE case_id = ? AND deleted = 0').pluck().all(caseId) as string[]);
  parties.forEach((p, ord) => {
    if (p.id && existing.has(p.id)) {
      updateRecord(ctx, 'case_party', p.id, columns(p, ord));
      existing.delete(p.id);
    } else {
      insertRecord(ctx, 'case_party', { case_id: caseId, ...columns(p, ord) });
    }
  });
  for (const removed of existing) tombstoneRecord(ctx, 'case_party', removed);
}

export function listParties(ledger: Ledger, caseId: string): CaseParty[] {
  const rows = ledger.stmt('SELECT * FROM case_parties WHERE case_id = ? AND deleted = 0 ORDER BY ord, created_at').all(caseId) as PartyRow[];
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as PartyKind,
    name: r.name,
    idType: r.id_type as IdType,
    idNumber: r.id_number,
    idOverride: r.id_override === 1,
    legalRepresentative: r.legal_representative,
    address: r.address,
    townshipCode: r.township_code,
    phone: r.phone,
  }));
}
