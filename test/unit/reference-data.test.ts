import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCaseStages, listTownships, listUnits, referenceCounts } from '../../electron/domain/core/reference-tables';
import { listCalendar } from '../../electron/domain/core/reference-overlay';
import { openAppSession } from '../../electron/api/open-session';
import { referenceDir } from '../../electron/store/shipped-reference';
import { tempDir, tempSession } from '../helpers/temp-ledger';

describe('reference data', () => {
  it('loads regions, townships, stages, limits and holidays from resources/', async () => {
    const session = await tempSession();
    expect(referenceCounts(session.ledger)).toEqual({ regions: 22, townships: 189, caseStages: 16, timeLimits: 23, holidays: 108 });
  });

  it('offers the two leagues and their 20 county-level units, league first', async () => {
    const units = listUnits((await tempSession()).ledger);
    expect(units).toHaveLength(22 - 1);
    expect(units.filter((u) => u.level === 'prefecture').map((u) => u.name)).toEqual(['兴安盟', '锡林郭勒盟']);
    expect(units[0]?.code).toBe('152200');
    expect(units.findIndex((u) => u.code === '152500')).toBe(7);
    expect(units.find((u) => u.code === '152571')).toMatchObject({ inGbt2260: false, level: 'county_functional' });
  });

  it('keeps stages in order and townships by county', async () => {
    const session = await tempSession();
    expect(
      listCaseStages(session.ledger)
        .slice(0, 3)
        .map((s) => s.name),
    ).toEqual(['线索登记', '核查', '立案']);
    const xilinhot = listTownships(session.ledger, '152502');
    expect(xilinhot.length).toBeGreaterThan(5);
    expect(xilinhot.every((t) => t.code.startsWith('152502'))).toBe(true);
  });

  it('ships the holiday calendar with make-up working days', async () => {
    const h2025 = listCalendar((await tempSession()).ledger, 2025);
    expect(h2025.find((h) => h.date === '2025-01-28')).toMatchObject({ kind: 'holiday', name: '春节' });
    expect(h2025.find((h) => h.date === '2025-01-26')).toMatchObject({ kind: 'workday' });
    expect(h2025.every((h) => h.date.startsWith('2025-'))).toBe(true);
  });

  it('reloads when the shipped files change, and only then', async () => {
    const dir = tempDir();
    const resources = path.join(dir, 'reference');
    fs.cpSync(referenceDir(), resources, { recursive: true });
    const file = path.join(dir, 'l.sqlite');
    (await openAppSession(file, { resourcesDir: resources })).ledger.close();
    fs.appendFileSync(path.join(resources, 'holidays.csv'), '2027-01-01,holiday,元旦,test\n');
    const session = await openAppSession(file, { resourcesDir: resources });
    expect(listCalendar(session.ledger, 2027)).toEqual([{ date: '2027-01-01', kind: 'holiday', name: '元旦', source: 'test', origin: 'shipped' }]);
    session.ledger.close();
  });
});
