import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stageAdvanceSchema } from '../../shared/cases/schemas';
import { addAttachment } from '../../electron/domain/cases/attachments';
import { advanceStage } from '../../electron/domain/cases/stages';
import { createCase } from '../../electron/domain/cases/write';
import { saveVocabularyItem } from '../../electron/domain/reference/edits';
import { caseInput, countySessionAt, PNG_BASE64, staged } from '../helpers/cases';
import { listSyncableTables, SYNCABLE_COLUMNS } from '../../electron/store/write-guard';
import { ENTITIES, type EntityName } from '../../electron/store/syncable';
import { insertRecord } from '../../electron/store/change-log';
import { writeContext } from '../../electron/domain/core/session';
import { SYNCABLE_ENTITIES } from '../../shared/entities';
import { countySession } from '../helpers/temp-ledger';
import { applicant } from '../helpers/gi';
import { createUser } from '../../electron/domain/gi/users';
import { addInspectionPhoto, saveInspection } from '../../electron/domain/gi/inspections';
import { recordStep } from '../../electron/domain/gi/approval';
import { saveUseReport } from '../../electron/domain/gi/use-reports';
import { approvalStepSchema, inspectionSchema, useReportSchema } from '../../shared/gi/schemas';

const ALL_PASS = { mark_display: 'pass', uscc_printed: 'pass', product_scope: 'pass', producer_area: 'pass', records_kept: 'pass' } as const;

describe('no code path writes a syncable table except the change log', () => {
  it('the registry names exactly the tables that carry the syncable columns', async () => {
    const session = await countySession();
    const tables = listSyncableTables(session.ledger.db);
    expect(tables.length).toBeGreaterThan(0);
    expect(
      Object.values(ENTITIES)
        .map((e) => e.table)
        .sort(),
    ).toEqual([...tables].sort());
    expect(Object.keys(ENTITIES).sort()).toEqual([...SYNCABLE_ENTITIES].sort());
  });

  it('every syncable table refuses direct INSERT, UPDATE and DELETE', async () => {
    const session = await countySessionAt();
    // One row in every syncable table, so UPDATE and DELETE have something to hit.
    const caseId = createCase(session, caseInput());
    advanceStage(session, stageAdvanceSchema.parse({ caseId, stage: 'FILE', date: '2026-11-03' }));
    addAttachment(session, { caseId, fileName: 'a.png', caption: '', uploadId: staged(session, PNG_BASE64) });
    saveVocabularyItem(session, { kind: 'campaign', code: 'local', name: '本地专项', nameEn: 'Local campaign', active: true });
    const userId = createUser(session, applicant());
    saveInspection(session, inspectionSchema.parse({ userId, date: '2026-11-02', inspectors: '王强', checklist: ALL_PASS, result: 'pass' }));
    const inspectionId = session.ledger.db.prepare('SELECT id FROM gi_inspections').pluck().get() as string;
    addInspectionPhoto(session, { inspectionId, fileName: 'a.png', caption: '', uploadId: staged(session, PNG_BASE64) });
    recordStep(session, approvalStepSchema.parse({ userId, step: 'county_review', date: '2026-10-09', siteCheckDate: '2026-10-09' }));
    recordStep(session, approvalStepSchema.parse({ userId, step: 'announced', date: '2026-11-10', announcementNumber: '公告' }));
    saveUseReport(session, useReportSchema.parse({ userId, year: 2026, used: true, reportedDate: '2026-11-12' }));
    // Tables no domain write above reaches get a bare row (defaults only), written the legal way.
    for (const [entity, spec] of Object.entries(ENTITIES)) {
      if (!session.ledger.db.prepare(`SELECT 1 FROM "${spec.table}" LIMIT 1`).get()) insertRecord(writeContext(session), entity as EntityName, {});
    }
    const db = session.ledger.db;
    for (const table of listSyncableTables(db)) {
      expect(db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get(), `${table} has a row`).not.toBe(0);
      const columns = (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; notnull: number; type: string }[]).filter((c) => c.notnull === 1);
      const values = columns.map((c) => (c.type === 'INTEGER' ? 0 : `'x'`));
      const countBefore = db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get();
      const changesBefore = db.prepare('SELECT count(*) FROM changes').pluck().get();
      expect(
        () => db.prepare(`INSERT INTO "${table}" (${columns.map((c) => c.name).join(', ')}) VALUES (${values.join(', ')})`).run(),
        `${table} insert`,
      ).toThrow(/change log/);
      expect(() => db.prepare(`UPDATE "${table}" SET updated_by = 'intruder'`).run(), `${table} update`).toThrow(/change log/);
      expect(() => db.prepare(`DELETE FROM "${table}"`).run(), `${table} delete`).toThrow(/never deleted/);
      expect(db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get()).toBe(countBefore);
      expect(db.prepare(`SELECT count(*) FROM "${table}" WHERE updated_by = 'intruder'`).pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM changes').pluck().get()).toBe(changesBefore);
    }
  });

  it('every syncable table has the standard columns', async () => {
    const session = await countySession();
    for (const { table } of Object.values(ENTITIES)) {
      const names = (session.ledger.db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
      expect(names).toEqual(expect.arrayContaining([...SYNCABLE_COLUMNS]));
    }
  });

  it('only the change-log module unlocks the guard', () => {
    const root = path.resolve(__dirname, '../../electron');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (full.endsWith('.ts') && !full.endsWith(path.join('store', 'ledger.ts')) && !full.endsWith(path.join('store', 'change-log.ts'))) {
          if (fs.readFileSync(full, 'utf8').includes('asChangeLogWriter')) offenders.push(path.relative(root, full));
        }
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });
});
