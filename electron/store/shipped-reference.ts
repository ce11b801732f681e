/**
 * Loads the shipped reference tables (resources/reference/*.csv) into the ref_* tables.
 * Reference data is versioned with the app, not synced row by row: when the files' combined
 * hash differs from the one recorded in the ledger, the tables are replaced in one transaction.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Ledger } from './ledger';

type Row = Record<string, string>;

interface TableLoad {
  file: string;
  table: string;
  columns: string[];
  map: (row: Row, index: number) => (string | number | null)[];
}

const LOADS: TableLoad[] = [
  {
    file: 'regions.csv',
    table: 'ref_regions',
    columns: ['code', 'name', 'short_name', 'level', 'parent_code', 'unit_type', 'in_gbt2260', 'notes'],
    map: (r) => [
      req(r, 'code6'),
      req(r, 'name'),
      req(r, 'short_name'),
      req(r, 'level'),
      r.parent_code6 || null,
      req(r, 'unit_type'),
      r.in_gbt2260_mca === 'Y' ? 1 : 0,
      r.notes ?? '',
    ],
  },
  {
    file: 'townships.csv',
    table: 'ref_townships',
    columns: ['code', 'name', 'county_code'],
    map: (r) => [req(r, 'township_code_9'), req(r, 'township_name'), req(r, 'county_code')],
  },
  {
    file: 'case-stages.csv',
    table: 'ref_case_stages',
    columns: ['code', 'name', 'ord', 'entry_event', 'key_document', 'legal_basis'],
    map: (r, i) => [req(r, 'stage_code'), req(r, 'stage_name'), i + 1, r.entry_event ?? '', r.key_document ?? '', r.legal_basis ?? ''],
  },
  {
    file: 'time-limits.csv',
    table: 'ref_time_limits',
    columns: ['rule', 'limit_text', 'unit', 'extension', 'excluded_periods', 'basis', 'confidence'],
    map: (r) => [req(r, 'rule'), req(r, 'limit'), r.unit ?? '', r.extension ?? '', r.excluded_periods ?? '', r.basis ?? '', r.confidence ?? ''],
  },
  {
    file: 'vocabulary.csv',
    table: 'ref_vocabulary',
    columns: ['kind', 'code', 'name', 'name_en', 'ord'],
    map: (r, i) => [req(r, 'kind'), req(r, 'code'), req(r, 'name'), r.name_en ?? '', i + 1],
  },
  {
    file: 'holidays.csv',
    table: 'ref_holidays',
    columns: ['date', 'kind', 'name', 'source'],
    map: (r) => [req(r, 'date'), req(r, 'kind'), req(r, 'name'), r.source ?? ''],
  },
];

function req(row: Row, key: string): string {
  const v = row[key];
  if (v === undefined || v === '') throw new Error(`reference data: missing ${key} in ${JSON.stringify(row).slice(0, 120)}`);
  return v;
}

export function referenceDir(): string {
  // Under tsx/vitest this file is electron/store/; in the bundle it is dist-electron/.
  const candidates = [path.resolve(__dirname, '../../resources/reference'), path.resolve(__dirname, '../resources/reference')];
  const found = candidates.find((c) => fs.existsSync(path.join(c, 'regions.csv')));
  if (!found) throw new Error(`reference data not found next to ${__dirname}`);
  return found;
}

function readAll(dir: string): { hash: string; files: Map<string, Row[]> } {
  const hash = crypto.createHash('sha256');
  const files = new Map<string, Row[]>();
  for (const load of LOADS) {
    const text = fs.readFileSync(path.join(dir, load.file));
    hash.update(load.file).update(text);
    files.set(load.file, parse(text, { columns: true, skip_empty_lines: true, bom: true, trim: true }) as Row[]);
  }
  return { hash: hash.digest('hex'), files };
}

/** Returns true when the tables were (re)loaded. */
export function loadReferenceData(ledger: Ledger, dir: string): boolean {
  const { hash, files } = readAll(dir);
  const stored = ledger.stmt("SELECT value FROM local_settings WHERE key = 'reference_hash'").pluck().get() as string | undefined;
  if (stored === hash) return false;
  ledger.write(() => {
    for (const load of LOADS) {
      ledger.db.prepare(`DELETE FROM ${load.table}`).run();
      const insert = ledger.db.prepare(`INSERT INTO ${load.table} (${load.columns.join(', ')}) VALUES (${load.columns.map(() => '?').join(', ')})`);
      (files.get(load.file) ?? []).forEach((row, i) => insert.run(...load.map(row, i)));
    }
    // New calendar or limits move the deadlines of every open case (recomputed on next read).
    ledger.db.prepare('INSERT OR IGNORE INTO case_due_stale (case_rowid) SELECT rowid FROM cases WHERE closed_date IS NULL').run();
    ledger.stmt("INSERT INTO local_settings (key, value) VALUES ('reference_hash', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(hash);
  });
  return true;
}
