/**
 * The registry of syncable entities: which table holds each and which fields its change-log
 * entries may carry. Later features add their entities here; the bundle code reads this list
 * and needs no other change. A test checks this registry against the tables in the schema.
 */
import type { SyncableEntity } from '../../shared/entities';

export type Owner = 'county' | 'league' | 'any';

export interface EntitySpec {
  table: string;
  /** Fields that are written through change-log entries (besides unit_code and deleted). */
  fields: readonly string[];
  /** Which role may write records of this entity (enforced on import by the bundle feature). */
  owner: Owner;
}

export const ENTITIES = {
  bureau: { table: 'bureaus', fields: ['name', 'case_prefix'], owner: 'any' },
} as const satisfies Record<SyncableEntity, EntitySpec>;

export type EntityName = SyncableEntity;

export function entitySpec(entity: string): EntitySpec {
  const spec = (ENTITIES as Record<string, EntitySpec>)[entity];
  if (!spec) throw new Error(`unknown syncable entity: ${entity}`);
  return spec;
}
