/**
 * The GI catalogue's starting entries (resources/reference/gi-seed.csv, from the specification's
 * gi-seed.csv), written as baseline rows (see ../baseline.ts): league records every installation
 * has, identical everywhere, never overwriting an edit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Ledger } from '../../store/ledger';
import type { FieldValue } from '../../store/change-log';
import { baselineId, seedBaseline } from '../core/baseline';
import { encodeTags } from '../core/tags';

export { SEED_HLC, SEED_USER } from '../core/baseline';

/** The id of a GI seed entry (the key is gi-seed.csv's seed_key). */
export function seedId(seedKey: string): string {
  return baselineId(`gi-seed:${seedKey}`);
}

const SEED_FILE = 'gi-seed.csv';

type SeedRow = Record<string, string>;

export function readSeed(referenceDir: string): { id: string; unitCode: string; fields: Record<string, FieldValue> }[] {
  const file = path.join(referenceDir, SEED_FILE);
  if (!fs.existsSync(file)) return [];
  const rows = parse(fs.readFileSync(file), { columns: true, skip_empty_lines: true, bom: true, trim: true }) as SeedRow[];
  return rows.map((r) => {
    const get = (k: string) => r[k] ?? '';
    if (!get('seed_key') || !get('league') || !get('name'))
      throw new Error(`${SEED_FILE}: seed_key, league and name are required (${JSON.stringify(r).slice(0, 80)})`);
    return {
      id: seedId(get('seed_key')),
      unitCode: get('league'),
      fields: {
        name: get('name'),
        kind: get('kind') || 'unconfirmed',
        identifier: get('identifier'),
        registered_date: get('registered_date'),
        holder: get('holder'),
        nice_class: get('nice_class'),
        area_codes: encodeTags(get('area_codes').split(/\s+/).filter(Boolean)),
        area_text: get('area_text'),
        product_scope: encodeTags(
          get('product_scope')
            .split(';')
            .map((s) => s.trim())
            .filter(Boolean),
        ),
        quality_standard: '',
        status: 'active',
        source: get('source'),
        confidence: get('confidence') || 'U',
        verified: 0,
        adopted_from: '',
        notes: get('notes'),
      },
    };
  });
}

/** Insert seed entries this ledger does not have yet. Returns how many were added. */
export function seedGiCatalogue(ledger: Ledger, referenceDir: string): number {
  return seedBaseline(
    ledger,
    readSeed(referenceDir).map((s) => ({ entity: 'gi' as const, ...s })),
  );
}
