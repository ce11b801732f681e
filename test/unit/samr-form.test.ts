import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMR_CATEGORIES } from '../../shared/cases/vocabulary';
import { SAMR_FORM_ACTIONS, SAMR_FORM_COLUMNS, SAMR_FORM_ROWS, SAMR_FORM_TOTAL } from '../../shared/reports/samr-form';

/** resources/reference/samr-form-2020.csv: the official form's layout (annex of the 2020 铁拳 plan). */
function formRows(): { part: string; order: number; label: string; unit: string; confidence: string }[] {
  const text = fs.readFileSync(path.resolve(__dirname, '../../resources/reference/samr-form-2020.csv'), 'utf8');
  const [head, ...lines] = text.trim().split('\n');
  const cols = (head as string).split(',');
  return lines.map((line) => {
    // Only the first four fields are compared; none of them contains a comma.
    const f = line.split(',');
    return { part: f[0] as string, order: Number(f[1]), label: f[2] as string, unit: f[3] as string, confidence: f[cols.length - 1] as string };
  });
}

describe('the SAMR form as the ledger prints it equals the reference layout', () => {
  const rows = formRows();
  const part = (p: string) => rows.filter((r) => r.part === p).sort((a, b) => a.order - b.order);

  it('the 执法行动 block: five figures with their units, in order', () => {
    expect(SAMR_FORM_ACTIONS.map((a) => [a.label, a.unit])).toEqual(part('action').map((r) => [r.label, r.unit]));
  });

  it('the case columns: eleven, with their exact headings and units, in order', () => {
    expect(SAMR_FORM_COLUMNS.map((c) => [c.label, c.unit])).toEqual(part('column').map((r) => [r.label, r.unit]));
    expect(SAMR_FORM_COLUMNS.filter((c) => c.money).map((c) => c.unit)).toEqual(['万元', '万元', '万元', '万元']);
  });

  it('the rows: eight case rows and 合计', () => {
    expect([...SAMR_CATEGORIES.map((c) => SAMR_FORM_ROWS[c]), SAMR_FORM_TOTAL]).toEqual(part('row').map((r) => r.label));
  });

  it('every rule the ledger applies carries a confidence mark (U where the form says nothing)', () => {
    for (const r of [...part('action'), ...part('column')]) expect(['S', 'K', 'U']).toContain(r.confidence);
    expect(part('column').find((r) => r.label === '挽回经济损失')?.confidence).toBe('U');
  });
});
