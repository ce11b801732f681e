/**
 * Issue 16: existing ledgers migrate to the case-procedure schema with every number already
 * issued unchanged (case numbers, notice / decision / transfer numbers, counters). The old ledger
 * is built at schema 9 and at schema 10 (the shipped migrations up to there), filled with the rows
 * the app writes, migrated by opening it with the current app, and compared column by column.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { stageAdvanceSchema } from '../../shared/cases/schemas';
import { getCaseDetail } from '../../electron/domain/cases/read';
import { advanceStage } from '../../electron/domain/cases/stages';
import { createCase } from '../../electron/domain/cases/write';
import { openAppSession } from '../../electron/api/open-session';
import { setupProfile } from '../../electron/domain/core/profile';
import { openLedger } from '../../electron/store/ledger';
import { loadMigrations } from '../../electron/store/migrations';
import { GUARD_FUNCTION } from '../../electron/store/write-guard';
import type { Session } from '../../electron/domain/core/session';
import { caseInput, countySessionAt, FIXED_NOW } from '../helpers/cases';
import { COUNTY_SETUP, tempDir } from '../helpers/temp-ledger';

const advance = (s: Session, input: Parameters<typeof stageAdvanceSchema.parse>[0]) => advanceStage(s, stageAdvanceSchema.parse(input));

/** A county's cases as the app writes them: numbers of every document type, a typed number with a gap, a closed lead. */
async function sourceLedger(): Promise<Session> {
  const s = await countySessionAt();
  const a = createCase(s, caseInput({ leadDate: '2025-12-30' }));
  const b = createCase(s, caseInput({ caseNumber: '锡市监处罚〔2026〕17号', leadDate: '2026-01-05' }));
  const c = createCase(s, caseInput({ leadDate: '2026-11-02', decisionExtended: true, excludedDays: 4 }));
  advance(s, { caseId: a, stage: 'FILE', date: '2026-01-04' });
  advance(s, { caseId: a, stage: 'NOTIFY', date: '2026-02-02' });
  advance(s, { caseId: a, stage: 'DECIDE', date: '2026-02-16', outcome: 'penalty', fineFen: 500_000 });
  advance(s, { caseId: b, stage: 'TRANSFER_POLICE', date: '2026-01-06', receiver: '锡林浩特市公安局', persons: 1 });
  advance(s, { caseId: c, stage: 'CLOSE', date: '2026-11-10', outcome: 'not_filed' });
  return s;
}

const CASE_COLUMNS_SINCE_SCHEMA_1 = ['id', 'case_number', 'number_year', 'number_seq', 'decision_number', 'stage', 'outcome', 'filed_date', 'decided_date', 'closed_date', 'decision_extended', 'excluded_days'];

function snapshot(db: Database.Database) {
  return {
    cases: db.prepare(`SELECT ${CASE_COLUMNS_SINCE_SCHEMA_1.join(', ')} FROM cases ORDER BY id`).all(),
    events: db.prepare('SELECT id, stage, date, doc_type, doc_year, doc_seq, doc_number, outcome FROM case_events ORDER BY id').all(),
  };
}

/** Copies the source's case rows into an old-schema ledger, column by column as far as the old schema has them. */
function copyInto(oldFile: string, source: Database.Database): void {
  const db = new Database(oldFile);
  // The old ledger's write guards ask this connection whether the change log is writing.
  db.function(GUARD_FUNCTION, () => 1);
  for (const table of ['cases', 'case_parties', 'case_events']) {
    const columns = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    const rows = source.prepare(`SELECT ${columns.join(', ')} FROM ${table}`).all() as Record<string, unknown>[];
    const insert = db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
    db.transaction(() => rows.forEach((r) => insert.run(r)))();
  }
  db.close();
}

describe('migrating to the case-procedure schema', () => {
  for (const oldVersion of [9, 10]) {
    it(`keeps every number of a schema-${oldVersion} ledger and continues its counters`, async () => {
      const source = await sourceLedger();
      const before = snapshot(source.ledger.db);
      const file = path.join(tempDir(), `v${oldVersion}.sqlite`);
      const old = await openLedger(file, { migrations: loadMigrations().slice(0, oldVersion) });
      expect(old.schemaVersion).toBe(oldVersion);
      old.close();
      copyInto(file, source.ledger.db);

      const migrated = await openAppSession(file, { now: () => FIXED_NOW });
      expect(migrated.ledger.schemaVersion).toBe(loadMigrations().length);
      setupProfile(migrated, COUNTY_SETUP);
      expect(snapshot(migrated.ledger.db)).toEqual(before);
      // New columns hold "nothing recorded"; the legacy extension flag still counts as one head extension.
      const rows = migrated.ledger.db.prepare('SELECT procedure, penalty_kinds, filing_excluded_days, decision_extensions, notice_served_date FROM cases').all();
      for (const r of rows) expect(r).toEqual({ procedure: 'ordinary', penalty_kinds: '', filing_excluded_days: 0, decision_extensions: '', notice_served_date: null });
      const extended = before.cases.find((c) => (c as { decision_extended: number }).decision_extended === 1) as { id: string };
      expect(getCaseDetail(migrated.ledger, extended.id, migrated.attachmentsDir).record).toMatchObject({ decisionExtended: true, decisionExtensions: [] });
      // Counters continue after the numbers already issued (typed 17, then 18 for the third case).
      const next = createCase(migrated, caseInput({ leadDate: '2026-11-03' }));
      expect(getCaseDetail(migrated.ledger, next, migrated.attachmentsDir).record.caseNumber).toBe('锡市监处罚〔2026〕19号');
      migrated.ledger.close();
    });
  }
});
