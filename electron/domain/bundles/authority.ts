/**
 * Who may change which record (docs/bundle-format.md, rule 7). Every syncable row has one owning
 * unit, fixed at its first write and never changed. A received change applies only if its sender
 * may write that row *as this ledger knows it*: the stored owner when the row exists, the change's
 * own claim only for a new row. Records that belong to another record (a case's parties, a GI
 * user's inspections) follow the owner of that record. A change also carries the installation
 * that made it: the sending installation, or one this ledger already knows for the sender's unit —
 * never this installation's own id. The rules are by unit and by installation known for a unit, so
 * a unit with several PCs later needs only more rows in `unit_installations`, not other rules.
 */
import type { Rejection, RejectionCode } from '../../../shared/bundles/rejections';
import type { Role } from '../../../shared/units';
import type { RemoteChange } from '../../store/change-log';
import type { Ledger } from '../../store/ledger';
import { entitySpec, type EntitySpec } from '../../store/syncable';
import { quoteIdent } from '../../store/write-guard';

export interface Sender {
  unitCode: string;
  role: Role;
  installationId: string;
}

export interface AuthorityContext {
  ledger: Ledger;
  sender: Sender;
  /** This installation's id: no received change may claim it. */
  ownInstallation: string;
  /** Installations already known for the sender's unit (earlier bundles). */
  knownInstallations: ReadonlySet<string>;
  /** Unit names for messages. */
  unitName: (code: string) => string;
}

/** The unit that owns a row of an entity, or null when this ledger does not have the row. */
export function storedOwner(ledger: Ledger, spec: EntitySpec, rowId: string): string | null {
  return (
    (ledger
      .stmt(`SELECT unit_code FROM ${quoteIdent(spec.table)} WHERE id = ?`)
      .pluck()
      .get(rowId) as string | undefined) ?? null
  );
}

/** The record a child row belongs to: its entity and owner, or null when it is not here. */
function parentOf(ledger: Ledger, spec: EntitySpec, parentId: string): { entity: string; owner: string } | null {
  for (const entity of spec.parent?.entities ?? []) {
    const owner = storedOwner(ledger, entitySpec(entity), parentId);
    if (owner !== null) return { entity, owner };
  }
  return null;
}

/** Why the sender may not make this change, or null when it may. */
export function checkAuthority(ctx: AuthorityContext, c: RemoteChange): Rejection | null {
  const { ledger, sender } = ctx;
  const refuse = (code: RejectionCode, extra: Partial<Rejection> = {}): Rejection => ({
    entity: c.entity,
    rowId: c.rowId,
    code,
    sender: sender.unitCode,
    senderName: ctx.unitName(sender.unitCode),
    ...extra,
  });
  let spec: EntitySpec;
  try {
    spec = entitySpec(c.entity);
  } catch {
    return refuse('unknown_entity');
  }
  const allowed = new Set<string>([...spec.fields, 'unit_code', 'deleted']);
  const unknown = Object.keys(c.fields).find((f) => !allowed.has(f));
  if (unknown !== undefined) return refuse('unknown_field', { field: unknown.slice(0, 60) });

  if (c.installationId === ctx.ownInstallation) return refuse('own_installation');
  if (c.installationId !== sender.installationId && !ctx.knownInstallations.has(c.installationId)) return refuse('unknown_installation');
  if (c.unitCode !== sender.unitCode) return refuse('claims_other_unit', { claimed: c.unitCode, ownerName: ctx.unitName(c.unitCode) });
  if (spec.owner !== 'any' && spec.owner !== sender.role) return refuse('wrong_role');

  // A row id names one record of one entity: the same id on another kind of record would mix the
  // two in the merge and the history.
  const entityOfId = ledger.stmt('SELECT entity FROM changes WHERE row_id = ? LIMIT 1').pluck().get(c.rowId) as string | undefined;
  if (entityOfId !== undefined && entityOfId !== c.entity) return refuse('id_in_use', { parentEntity: entityOfId });
  const owner = storedOwner(ledger, spec, c.rowId);
  if (owner !== null && owner !== sender.unitCode) return refuse('foreign_row', { owner, ownerName: ctx.unitName(owner) });
  const claimed = c.fields.unit_code;
  if (claimed !== undefined && claimed !== (owner ?? sender.unitCode))
    return refuse('owner_change', { claimed: String(claimed).slice(0, 20), ownerName: ctx.unitName(String(claimed)) });

  if (spec.parent) {
    const named = c.fields[spec.parent.field];
    const parentId =
      typeof named === 'string'
        ? named
        : owner !== null
          ? (ledger
              .stmt(`SELECT ${quoteIdent(spec.parent.field)} FROM ${quoteIdent(spec.table)} WHERE id = ?`)
              .pluck()
              .get(c.rowId) as string | null)
          : null;
    // A new child without its parent field fails the record checks (the field is required).
    if (typeof parentId === 'string' && parentId !== '') {
      const parent = parentOf(ledger, spec, parentId);
      if (!parent) return refuse('parent_missing', { parentEntity: spec.parent.entities[0] });
      if (parent.owner !== sender.unitCode)
        return refuse('foreign_parent', { parentEntity: parent.entity, owner: parent.owner, ownerName: ctx.unitName(parent.owner) });
    }
  }
  return null;
}
