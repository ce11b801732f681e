/**
 * The GI catalogue's starting entries (resources/reference/gi-seed.csv, from the steering
 * gi-seed.csv). They are league-owned syncable rows, so they are written as change-log entries
 * — but identical ones on every installation: a fixed id per seed key (UUIDv5), the smallest
 * possible HLC and the installation id `seed`. Every real edit therefore wins over the seed, a
 * seed entry arriving in a bundle is already known (same row id, HLC and installation), and no
 * installation "authors" league records. Entries are only ever added: an app update that ships
 * more seed rows inserts the missing ones and never overwrites an edited entry.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { v5 as uuidv5 } from 'uuid';
import { encodeTags } from '../cases/rows';
import type { Ledger } from '../../store/ledger';
import { insertBaselineRecord, type FieldValue } from '../../store/change-log';

export const SEED_INSTALLATION = 'seed';
export const SEED_USER = 'seed';
/** The minimum HLC: 1970-01-01, counter 0, node 0. */
export const SEED_HLC = '1970-01-01T00:00:00.000Z-0000-0000000000000000';
const SEED_AT = '1970-01-01T00:00:00.000Z';
/** Namespace for seed ids (a random v4 fixed once; changing it would duplicate every seed entry). */
const SEED_NAMESPACE = '3f1d2c5e-8b4a-4f6e-9c7d-2a1b0e9f8d76';
const SEED_FILE = 'gi-seed.csv';

export function seedId(seedKey: string): string {
  return uuidv5(`gi-seed:${seedKey}`, SEED_NAMESPACE);
}

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
  const seeds = readSeed(referenceDir);
  const has = ledger.stmt('SELECT 1 FROM gis WHERE id = ?');
  const missing = seeds.filter((s) => !has.get(s.id));
  if (missing.length === 0) return 0;
  ledger.db.transaction(() => {
    for (const s of missing) {
      insertBaselineRecord(
        ledger,
        'gi',
        { id: s.id, unitCode: s.unitCode, hlc: SEED_HLC, installationId: SEED_INSTALLATION, user: SEED_USER, at: SEED_AT },
        s.fields,
      );
    }
  })();
  return missing.length;
}
