/**
 * Adversarial tests of issue 13 (exchange integrity), written by an adversarial review of the first
 * implementation: each `it` is one finding (F1–F15), failed before its fix and guards it since. Setup mirrors bundle-authority.test.ts: a league
 * that trusts two counties, 锡林浩特 (the attacker or the unlucky user) and 二连浩特 (the victim).
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { giFieldsSchema } from '../../shared/gi/schemas';
import { exportBundle } from '../../electron/domain/bundles/export';
import type { BundleChange } from '../../electron/domain/bundles/format';
import { importBundle } from '../../electron/domain/bundles/import';
import { advanceStage } from '../../electron/domain/cases/stages';
import { createCase } from '../../electron/domain/cases/write';
import { listCatalogue, saveGi } from '../../electron/domain/gi/catalogue';
import { listCalendar, listVocabulary } from '../../electron/domain/core/reference-overlay';
import { saveCalendarDay, saveVocabularyItem } from '../../electron/domain/reference/edits';
import { type Session } from '../../electron/domain/core/session';
import { openAppSession } from '../../electron/api/open-session';
import { copyPlan, createPlanFromTemplate, savePlan } from '../../electron/domain/plans/plans';
import { planFieldsSchema } from '../../shared/plans/schemas';
import { stageAdvanceSchema } from '../../shared/cases/schemas';
import { caseInput, FIXED_NOW } from '../helpers/cases';
import { craftBundle, officeAt } from '../helpers/bundles';
import { tempDir } from '../helpers/temp-ledger';
import { UJIMQIN_ID, VALID_USCC } from '../helpers/gi';
import { generateDemoCases } from '../../electron/demo/cases';
import { generateDemoPlan } from '../../electron/demo/plans';
import { baselineId } from '../../electron/domain/core/baseline';

const LEAGUE = '152500';
const XILIN = '152502';
const ERLIAN = '152501';
const DAY = 24 * 3600 * 1000;

function row<T = Record<string, unknown>>(s: Session, sql: string, ...args: unknown[]): T {
  return s.ledger.db.prepare(sql).get(...args) as T;
}

let n = 0;
async function send(from: Session, to: Session, options: Parameters<typeof exportBundle>[2] = {}) {
  return importBundle(to, (await exportBundle(from, path.join(tempDir(), `b${n++}.zip`), options)).file, { trust: true });
}

async function setup() {
  const league = await officeAt(LEAGUE, '锡林郭勒盟市场监督管理局', FIXED_NOW);
  const xilin = await officeAt(XILIN, '锡林浩特市市场监督管理局', FIXED_NOW);
  const erlian = await officeAt(ERLIAN, '二连浩特市市场监督管理局', FIXED_NOW);
  const victimCase = createCase(erlian, caseInput({ title: '二连浩特的案件', townshipCode: null }));
  await send(erlian, league);
  createCase(xilin, caseInput({ title: '锡林浩特的案件' }));
  await send(xilin, league);
  return { league, xilin, erlian, victimCase };
}

/** A change as the attacker's ledger would write it, stamped `iso`. */
function forged(s: Session, entity: string, rowId: string, fields: BundleChange['fields'], iso: string, counter = 0): BundleChange {
  return {
    entity,
    rowId,
    hlc: `${iso}-${counter.toString(16).toUpperCase().padStart(4, '0')}-${s.installation.id.replace(/-/g, '').slice(16)}`,
    installationId: s.installation.id,
    user: '攻击者',
    unitCode: row<{ value: string }>(s, "SELECT value FROM local_settings WHERE key = 'unit_code'").value,
    fields,
  };
}

describe('adversarial: installation identity', () => {
  it('F1 a county cannot sign a bundle as another county’s installation and block that county’s chain', async () => {
    const { league, xilin, erlian } = await setup();
    // 锡林浩特 has seen one of 二连浩特's bundles (a shared USB stick): it knows the installation id.
    // Its own key, its own unit, but the victim's installation id and a sequence far ahead.
    const hijack = craftBundle(xilin, LEAGUE, {
      changes: [],
      manifest: { sequence: 1_000_000, source: { installationId: erlian.installation.id } as never },
    });
    let hijackRefused = false;
    try {
      await importBundle(league, hijack);
    } catch {
      hijackRefused = true;
    }
    // The victim's next genuine bundle (sequence 2) must still import.
    createCase(erlian, caseInput({ title: '二连浩特的第二个案件', townshipCode: null }));
    let victimProblem: string | null = null;
    try {
      await send(erlian, league);
    } catch (error) {
      victimProblem = (error as { problem?: string }).problem ?? String(error);
    }
    expect({ hijackRefused, victimProblem }).toEqual({ hijackRefused: true, victimProblem: null });
  });
});

describe('adversarial: reference items (holiday calendar, vocabularies)', () => {
  it('F2a a county’s calendar edit does not change the league’s calendar, and the league can still edit that day', async () => {
    const { league, xilin } = await setup();
    // 锡林浩特 marks a local holiday (or an attacker marks 60 days as holidays to push every deadline).
    saveCalendarDay(xilin, { date: '2026-12-01', kind: 'holiday', name: '县里的假日' });
    const report = await send(xilin, league);
    expect(report.rejected).toEqual([]);
    // The league's own calendar — used for every county's deadlines and overdue counts — is not the county's.
    expect.soft(listCalendar(league.ledger, 2026).find((d) => d.date === '2026-12-01')).toBeUndefined();
    // And the league can still set that day in its own calendar (today: DomainError not_owner).
    expect(() => saveCalendarDay(league, { date: '2026-12-01', kind: 'workday', name: '调休' })).not.toThrow();
  });

  it('F2b after the league renames a vocabulary item, a county can still edit that item (regression of not_owner)', async () => {
    const { league, xilin } = await setup();
    const item = listVocabulary(league.ledger, 'campaign')[0]!;
    saveVocabularyItem(league, { kind: 'campaign', code: item.code, name: '盟局改名', nameEn: '', active: true });
    const report = await send(league, xilin, { to: XILIN });
    expect(report.rejected).toEqual([]);
    expect(listVocabulary(xilin.ledger, 'campaign').find((v) => v.code === item.code)?.name).toBe('盟局改名');
    // The county switches the tag off for its own use (today: DomainError not_owner — the screen's save fails).
    expect(() => saveVocabularyItem(xilin, { kind: 'campaign', code: item.code, name: '盟局改名', nameEn: '', active: false })).not.toThrow();
  });
});

describe('adversarial: GI catalogue', () => {
  it('F3 a county cannot put an active, verified GI into the league’s catalogue, nor mark another county’s proposal adopted', async () => {
    const { league, xilin, erlian } = await setup();
    // 二连浩特 proposes a GI the regular way.
    const proposal = saveGi(erlian, { fields: giFieldsSchema.parse({ name: '二连浩特提议的地标', kind: 'product' }) });
    await send(erlian, league);
    expect(row(league, 'SELECT status FROM gis WHERE id = ?', proposal)).toEqual({ status: 'proposed' });
    // 锡林浩特's bundle: a GI of its own that claims to be active and verified, "adopted" from 二连浩特's proposal.
    const fake = uuidv7();
    const file = craftBundle(xilin, LEAGUE, {
      manifest: { sequence: 5 },
      changes: [
        forged(
          xilin,
          'gi',
          fake,
          { unit_code: XILIN, deleted: 0, name: '伪造的正式地标', kind: 'product', status: 'active', verified: 1, adopted_from: proposal },
          new Date(FIXED_NOW - 60_000).toISOString(),
        ),
      ],
    });
    const report = await importBundle(league, file);
    // A county's own GI entries are proposals (saveGi forces status 'proposed', verified 0, adopted_from ''):
    // this one must be quarantined (invalid_value on status / adopted_from), not shown as catalogue.
    expect(report.rejected).toEqual([expect.objectContaining({ code: 'invalid_value' })]);
    const catalogue = listCatalogue(league);
    expect(catalogue.find((g) => g.id === fake)).toBeUndefined();
    expect(catalogue.find((g) => g.id === proposal)?.adoptedBy).toBeNull();
  });
});

describe('adversarial: clocks', () => {
  it('F4 a county whose PC clock was a year ahead can send again once its date is corrected', async () => {
    const { league, xilin } = await setup();
    // The county PC's CMOS clock jumps a year ahead; the clerk enters a case.
    xilin.now = () => FIXED_NOW + 365 * DAY;
    createCase(xilin, caseInput({ title: '时钟错误时录入的案件' }));
    await expect(send(xilin, league)).rejects.toMatchObject({ problem: 'clock_ahead' });
    // The clerk does exactly what the message says: corrects the date and exports again.
    xilin.now = () => FIXED_NOW + DAY / 2;
    createCase(xilin, caseInput({ title: '改正时间后录入的案件' }));
    let problem: string | null = null;
    try {
      await send(xilin, league);
    } catch (error) {
      problem = (error as { problem?: string }).problem ?? String(error);
    }
    // Before the fix: clock_ahead again, and forever (until the wrong date is reached): the county's own log
    // and its HLC stay a year ahead, so every new change is also stamped a year ahead.
    expect.soft(problem).toBeNull();
    expect.soft(row<{ hlc_last: string }>(xilin, 'SELECT hlc_last FROM installation').hlc_last.slice(0, 4)).toBe('2026');
  });
});

describe('clocks: a date set back by mistake is not taken for a corrected one', () => {
  it('an export re-stamps nothing and asks for the date to be fixed when this PC’s date is before what it has received', async () => {
    const { league, xilin } = await setup();
    createPlanFromTemplate(league, { template: 'xilingol-2021-2025' });
    await send(league, xilin, { to: XILIN });
    xilin.now = () => FIXED_NOW + 365 * DAY;
    createCase(xilin, caseInput({ title: '时钟错误时录入的案件' }));
    // The battery died: the date is now in 2020, before the league's data this PC holds.
    xilin.now = () => Date.UTC(2020, 0, 1);
    const before = row<{ n: number }>(xilin, 'SELECT count(*) AS n FROM changes').n;
    await expect(exportBundle(xilin, path.join(tempDir(), 'behind.zip'))).rejects.toMatchObject({ problem: 'clock_behind', params: { date: '2020-01-01' } });
    expect(row<{ n: number }>(xilin, 'SELECT count(*) AS n FROM changes').n).toBe(before);
    // History shows a re-stamped write once: after the date is right, export re-stamps and the case's history has one creation.
    xilin.now = () => FIXED_NOW + DAY / 2;
    const result = await exportBundle(xilin, path.join(tempDir(), 'fixed.zip'));
    expect(result.restamped.count).toBeGreaterThan(0);
    expect(Math.round(result.restamped.aheadMillis / DAY)).toBe(365);
    expect(await importBundle(league, result.file)).toMatchObject({ status: 'applied' });
  });
});

describe('adversarial: row ids shared across entities', () => {
  it('F5 a row of another entity with the same id does not suppress the owner’s later updates at the league', async () => {
    const { league, xilin, erlian, victimCase } = await setup();
    // 锡林浩特 writes a stage entry of ITS OWN case whose row id is 二连浩特's case id (an id it learned,
    // e.g. from the audit screen at the league or a shared bundle), stamped a few hours ahead.
    const ownCase = row<{ id: string }>(league, 'SELECT id FROM cases WHERE unit_code = ?', XILIN).id;
    const file = craftBundle(xilin, LEAGUE, {
      manifest: { sequence: 5 },
      changes: [
        forged(
          xilin,
          'case_event',
          victimCase,
          { unit_code: XILIN, deleted: 0, case_id: ownCase, stage: 'CLUE', date: '2026-11-03', outcome: null },
          new Date(FIXED_NOW + 20 * 3600 * 1000).toISOString(),
        ),
      ],
    });
    const report = await importBundle(league, file);
    // Applied today (a new case_events row; nothing of 二连浩特's is touched directly).
    expect(report.status).toBe('applied');
    // 二连浩特 then files its case (stage FILE); the league must show the same stage as 二连浩特.
    erlian.now = () => FIXED_NOW + 2 * 3600 * 1000;
    league.now = () => FIXED_NOW + 2 * 3600 * 1000;
    advanceStage(erlian, stageAdvanceSchema.parse({ caseId: victimCase, stage: 'FILE', date: '2026-11-20' }));
    await send(erlian, league);
    const atVictim = row<{ stage: string }>(erlian, 'SELECT stage FROM cases WHERE id = ?', victimCase).stage;
    const atLeague = row<{ stage: string }>(league, 'SELECT stage FROM cases WHERE id = ?', victimCase).stage;
    expect(atLeague).toBe(atVictim);
    // And the victim case's history at the league must not list the attacker's write.
    const foreignHistory = league.ledger.db.prepare('SELECT count(*) FROM changes WHERE row_id = ? AND unit_code <> ?').pluck().get(victimCase, ERLIAN);
    expect(foreignHistory).toBe(0);
  });
});

describe('adversarial: row checks skipped through a tombstone', () => {
  it('F6 a tombstone carrying other fields, then {deleted:0}, cannot bring in what the record checks refuse', async () => {
    const { league, xilin } = await setup();
    const ownCase = row<{ id: string }>(league, 'SELECT id FROM cases WHERE unit_code = ?', XILIN).id;
    // Two plans: one assigned to 锡林浩特, one only to 二连浩特.
    createPlanFromTemplate(league, { template: 'xilingol-2021-2025', assignTo: [XILIN] });
    const otherPlan = createPlanFromTemplate(league, { template: 'xilingol-2021-2025', assignTo: [ERLIAN] });
    const mine = row<{ id: string }>(league, "SELECT id FROM plan_tasks WHERE assigned_units = ',152502,' LIMIT 1").id;
    const notMine = row<{ id: string }>(league, 'SELECT id FROM plan_tasks WHERE plan_id = ? LIMIT 1', otherPlan).id;
    const party = uuidv7();
    const report = uuidv7();
    const t = (h: number) => new Date(FIXED_NOW - 3600_000 + h * 1000).toISOString();
    const file = craftBundle(xilin, LEAGUE, {
      manifest: { sequence: 5 },
      changes: [
        // A valid party, then a "tombstone" that also sets an ID number failing its check, then a resurrection.
        forged(xilin, 'case_party', party, { unit_code: XILIN, deleted: 0, case_id: ownCase, name: '张三', id_type: 'other' }, t(1)),
        forged(xilin, 'case_party', party, { deleted: 1, id_type: 'id_card', id_number: '123' }, t(2)),
        forged(xilin, 'case_party', party, { deleted: 0 }, t(3)),
        // A valid progress report on an assigned task, then moved to a task assigned to another county the same way.
        forged(
          xilin,
          'task_report',
          report,
          { unit_code: XILIN, deleted: 0, task_id: mine, period: '2026', status: 'in_progress', percent: 50, reported_date: '2026-11-10' },
          t(4),
        ),
        forged(xilin, 'task_report', report, { deleted: 1, task_id: notMine }, t(5)),
        forged(xilin, 'task_report', report, { deleted: 0 }, t(6)),
      ],
    });
    const result = await importBundle(league, file);
    const liveParty = row(league, 'SELECT id_type, id_number, deleted FROM case_parties WHERE id = ?', party);
    const liveReport = row(league, 'SELECT task_id, deleted FROM task_reports WHERE id = ?', report);
    // What should hold: no live party with ID card number "123", no live report on a task not assigned to the sender.
    expect(result.status).toBe('applied');
    expect.soft(liveParty).not.toMatchObject({ id_number: '123', deleted: 0 });
    expect.soft(liveReport).not.toMatchObject({ task_id: notMine, deleted: 0 });
  });
});

describe('adversarial: concurrency', () => {
  it('F7 the same bundle imported by two processes at once: the second says "already imported", not SQLite text', async () => {
    const { league, xilin } = await setup();
    createCase(xilin, caseInput({ title: '并发导入' }));
    const file = (await exportBundle(xilin, path.join(tempDir(), 'x-conc.zip'))).file;
    // A second connection to the same ledger file stands in for the CLI while the app imports.
    const other = await openAppSession(league.ledger.file, { now: () => FIXED_NOW });
    const results = await Promise.allSettled([importBundle(league, file), importBundle(other, file)]);
    const failures = results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason));
    other.ledger.close();
    expect(failures).toEqual([]);
  });
});

describe('adversarial: the 1 MiB line limit vs what the screens let a user save', () => {
  it('F8 a plan saved through the screen’s schema can still be exported', async () => {
    const league = await officeAt(LEAGUE, '锡林郭勒盟市场监督管理局', FIXED_NOW);
    // 60 sections of 6,000 Chinese characters (the form allows 100 × 20,000): ~1.08 MB of UTF-8 in one change line.
    // Ordinary (not repetitive) Chinese text, so the ZIP's compression-ratio guard is not what trips.
    let seed = 7;
    const char = () => String.fromCharCode(0x4e00 + ((seed = (seed * 1103515245 + 12345) % 2147483648) % 20000));
    const sections = Array.from({ length: 60 }, (_, i) => ({ number: `${i + 1}`, title: `第${i + 1}部分`, text: Array.from({ length: 6000 }, char).join('') }));
    savePlan(league, {
      fields: planFieldsSchema.parse({ title: '长方案', year: 2026, issueDate: '2026-03-01', summaryDue: '2026-12-31', sections }),
    });
    let problem: string | null = null;
    try {
      await exportBundle(league, path.join(tempDir(), 'l-big.zip'), { to: XILIN });
    } catch (error) {
      problem = (error as { problem?: string }).problem ?? String(error);
    }
    // Before the fix: line_too_long — and every later export to every county fails the same way (the change is never acknowledged).
    expect(problem).toBeNull();
  });
});

describe('adversarial: genuine demo data', () => {
  it('F9 a county’s `demo --tasks` data, exported after it received the league’s plan, imports at the league with nothing quarantined', async () => {
    const league = await officeAt(LEAGUE, '锡林郭勒盟市场监督管理局', FIXED_NOW);
    const xilin = await officeAt(XILIN, '锡林浩特市市场监督管理局', FIXED_NOW);
    // The league's real plan for the year (its own demo would also write every county's progress in
    // the league's ledger, which the county's genuine reports would then duplicate).
    copyPlan(league, { planId: createPlanFromTemplate(league, { template: 'xilingol-2021-2025' }), year: 2026 });
    await send(league, xilin, { to: XILIN });
    generateDemoCases(xilin, { count: 50, seed: 1 });
    generateDemoPlan(xilin, 1); // what `cli demo --tasks` runs in a county ledger
    const report = await send(xilin, league);
    // Before the fix: 6 task_report rejected as invalid_value task_id reference_unknown — the county demo writes its
    // reports on a league plan it fabricates locally, which the league never issued.
    expect(report.rejected).toEqual([]);
  }, 60_000);
});

describe('adversarial: cross-unit references that are not parents', () => {
  it('F10 a county cannot link its inspection to another county’s case (gi_inspection.case_id) nor its case to another county’s inspection', async () => {
    const { league, xilin, victimCase } = await setup();
    const user = uuidv7();
    const inspection = uuidv7();
    const t = (h: number) => new Date(FIXED_NOW - 3600_000 + h * 1000).toISOString();
    const file = craftBundle(xilin, LEAGUE, {
      manifest: { sequence: 5 },
      changes: [
        forged(
          xilin,
          'gi_user',
          user,
          {
            unit_code: XILIN,
            deleted: 0,
            gi_id: UJIMQIN_ID,
            enterprise_name: '某企业',
            uscc: VALID_USCC,
            products: ',羊肉,',
            status: 'approved',
            applied_date: '2026-09-28',
          },
          t(1),
        ),
        forged(
          xilin,
          'gi_inspection',
          inspection,
          { unit_code: XILIN, deleted: 0, user_id: user, date: '2026-11-10', inspectors: '甲', result: 'fail', case_id: victimCase },
          t(2),
        ),
      ],
    });
    const report = await importBundle(league, file);
    const linked = row<{ n: number }>(league, 'SELECT count(*) AS n FROM gi_inspections WHERE case_id = ? AND unit_code = ?', victimCase, XILIN).n;
    // Before the fix: applied, and the league's GI screens show 二连浩特's case number on 锡林浩特's inspection.
    expect({ linked, rejected: report.rejected.length }).toEqual({ linked: 0, rejected: 1 });
  });
});

describe('adversarial: clocks relayed through the league', () => {
  it('F11 one county’s clock 23 h ahead does not make another county (2 h behind) refuse the league’s bundle', async () => {
    const { league, xilin, erlian } = await setup();
    // 锡林浩特's PC shows tomorrow (23 h ahead: inside the one-day tolerance, accepted with a warning).
    xilin.now = () => FIXED_NOW + 23 * 3600_000;
    createCase(xilin, caseInput({ title: '明天的时钟' }));
    const accepted = await send(xilin, league);
    expect(accepted.status).toBe('applied');
    // The league (its own clock right) then edits its catalogue: its HLC now runs 23 h ahead.
    saveGi(league, { fields: giFieldsSchema.parse({ name: '盟局新增', kind: 'product' }) });
    // 二连浩特's PC is 2 h slow — an ordinary drift.
    erlian.now = () => FIXED_NOW - 2 * 3600_000;
    let problem: string | null = null;
    try {
      await send(league, erlian, { to: ERLIAN });
    } catch (error) {
      problem = (error as { problem?: string; detail?: string }).detail ?? String(error);
    }
    // Before the fix: "the sending computer's clock is 2 days ahead" — about the league, whose clock is right.
    expect(problem).toBeNull();
  });
});

describe('adversarial: values the screens refuse but the import accepts', () => {
  it('F12 indicator values: a computed indicator, a future year, a second value for the same period', async () => {
    const { league, xilin } = await setup();
    const computed = baselineId(`indicator:${LEAGUE}:gi_users`);
    const ordinary = row<{ id: string }>(league, "SELECT id FROM indicators WHERE unit_code = ? AND computed = '' LIMIT 1", LEAGUE).id;
    const t = (h: number) => new Date(FIXED_NOW - 3600_000 + h * 1000).toISOString();
    const v = (id: string, indicator: string, period: string, value: number, h: number) =>
      forged(xilin, 'indicator_value', id, { unit_code: XILIN, deleted: 0, indicator_id: indicator, period, value }, t(h));
    const file = craftBundle(xilin, LEAGUE, {
      manifest: { sequence: 5 },
      changes: [
        v(uuidv7(), computed, '2026', 999, 1), // saveValue: indicator_computed
        v(uuidv7(), ordinary, '2099', 5, 2), // saveValue: date_in_future
        v(uuidv7(), ordinary, '2026Q1', 10, 3),
        v(uuidv7(), ordinary, '2026Q1', 10, 4), // saveValue keeps one value per (indicator, unit, period)
      ],
    });
    const report = await importBundle(league, file);
    expect(report.rejected).toHaveLength(3);
  });
});

describe('adversarial: evidence files', () => {
  it('F13 a file the screen would refuse (not an image or PDF) cannot arrive as evidence under an image type', async () => {
    const { league, xilin } = await setup();
    const ownCase = row<{ id: string }>(league, 'SELECT id FROM cases WHERE unit_code = ?', XILIN).id;
    // A Windows executable, claimed to be a PNG, named like a photo.
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), crypto.randomBytes(4096)]);
    const sha = crypto.createHash('sha256').update(exe).digest('hex');
    const file = craftBundle(xilin, LEAGUE, {
      manifest: { sequence: 5 },
      attachments: [exe],
      changes: [
        forged(
          xilin,
          'case_attachment',
          uuidv7(),
          { unit_code: XILIN, deleted: 0, case_id: ownCase, sha256: sha, file_name: '现场照片.png.exe', mime: 'image/png', size: 12 },
          new Date(FIXED_NOW - 60_000).toISOString(),
        ),
      ],
    });
    const report = await importBundle(league, file);
    const stored = row<{ mime: string } | undefined>(league, 'SELECT mime FROM blobs WHERE sha256 = ?', sha);
    // Before the fix: applied; the league's evidence list offers "现场照片.png.exe" (stored as application/octet-stream, size 12 claimed).
    expect({ rejected: report.rejected.length, stored }).toEqual({ rejected: 1, stored: undefined });
  });
});

describe('adversarial: the league’s genuine return bundle', () => {
  it('F14 a case the league records itself (its own enforcement) does not turn up as a refused change in every county', async () => {
    const league = await officeAt(LEAGUE, '锡林郭勒盟市场监督管理局', FIXED_NOW);
    const xilin = await officeAt(XILIN, '锡林浩特市市场监督管理局', FIXED_NOW);
    // The league's case form has no role check: 盟局 records a case it handles directly.
    createCase(league, caseInput({ title: '盟局直接办理的案件', townshipCode: null }));
    createPlanFromTemplate(league, { template: 'xilingol-2021-2025', assignTo: [XILIN] });
    const report = await send(league, xilin, { to: XILIN });
    // Before the fix: case, case_party, case_event quarantined at the county as wrong_role ("the league tried to change a case").
    expect(report.rejected).toEqual([]);
  });
});
