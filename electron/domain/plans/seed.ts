/**
 * Indicator definitions and the Xilingol five-year plan's 2025 targets
 * (resources/reference/indicators-seed.csv), written as baseline rows (../baseline.ts): league
 * records every installation has, identical everywhere, never overwriting an edit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Ledger } from '../../store/ledger';
import { baselineId, seedBaseline, type BaselineRow } from '../core/baseline';

const SEED_FILE = 'indicators-seed.csv';

export function indicatorSeedId(league: string, code: string): string {
  return baselineId(`indicator:${league}:${code}`);
}

export function readIndicatorSeed(referenceDir: string): BaselineRow[] {
  const file = path.join(referenceDir, SEED_FILE);
  if (!fs.existsSync(file)) return [];
  const rows = parse(fs.readFileSync(file), { columns: true, skip_empty_lines: true, bom: true, trim: true }) as Record<string, string>[];
  const out: BaselineRow[] = [];
  rows.forEach((r, i) => {
    const get = (k: string) => r[k] ?? '';
    const league = get('league');
    const code = get('code');
    if (!/^\d{6}$/.test(league) || !code || !get('name')) throw new Error(`${SEED_FILE}: league, code and name are required (row ${i + 2})`);
    const id = indicatorSeedId(league, code);
    out.push({
      entity: 'indicator',
      id,
      unitCode: league,
      fields: {
        code,
        name: get('name'),
        unit: get('unit'),
        formula_notes: get('formula_notes'),
        period_rule: get('period_rule') || 'latest',
        unit_rule: get('unit_rule') || 'own',
        computed: get('computed'),
        formula: get('formula'),
        ord: i + 1,
        active: 1,
      },
    });
    if (get('target_year') && get('target_value')) {
      out.push({
        entity: 'indicator_target',
        id: baselineId(`indicator-target:${league}:${code}:${get('target_year')}`),
        unitCode: league,
        fields: { indicator_id: id, year: Number(get('target_year')), target_unit: league, value: Number(get('target_value')), note: get('target_note') },
      });
    }
  });
  return out;
}

export function seedIndicators(ledger: Ledger, referenceDir: string): number {
  return seedBaseline(ledger, readIndicatorSeed(referenceDir));
}
