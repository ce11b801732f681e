import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseListSchema, stageAdvanceSchema, stageEditSchema, type CaseListDraft } from '../../shared/cases/schemas';
import { addAttachment, removeAttachment } from '../../electron/domain/cases/attachments';
import { blobPath, readBlob } from '../../electron/domain/core/blob-store';
import { deadlineOverview } from '../../electron/domain/cases/deadline-store';
import { caseHistory } from '../../electron/domain/cases/history';
import { countCases, listCases } from '../../electron/domain/cases/list';
import { getCaseDetail } from '../../electron/domain/cases/read';
import { editStageEvent } from '../../electron/domain/cases/stage-edit';
import { advanceStage } from '../../electron/domain/cases/stages';
import { createCase, updateCase } from '../../electron/domain/cases/write';
import { listCalendar, listVocabulary } from '../../electron/domain/core/reference-overlay';
import { saveCalendarDay, saveVocabularyItem } from '../../electron/domain/reference/edits';
import type { Session } from '../../electron/domain/core/session';
import { caseInput, countySessionAt, FIXED_NOW, PNG_BASE64, staged } from '../helpers/cases';
import { contentHash } from '../helpers/temp-ledger';

const advance = (s: Session, input: Parameters<typeof stageAdvanceSchema.parse>[0]) => advanceStage(s, stageAdvanceSchema.parse(input));
const list = (s: Session, q: CaseListDraft = {}) => listCases(s.ledger, caseListSchema.parse(q), s.now());
const detail = (s: Session, id: string) => getCaseDetail(s.ledger, id, s.attachmentsDir);

function expectRefusal(fn: () => unknown, code: string) {
  expect(fn).toThrow(expect.objectContaining({ code: 'validation', message: code }));
}

describe('case numbers', () => {
  it('are generated per year from the bureau prefix and restart in a new year', async () => {
    const s = await countySessionAt(new Date(2027, 0, 5, 9).getTime());
    const a = createCase(s, caseInput({ leadDate: '2026-12-30' }));
    const b = createCase(s, caseInput({ leadDate: '2026-12-31' }));
    const c = createCase(s, caseInput({ leadDate: '2027-01-02' }));
    const d = createCase(s, caseInput({ leadDate: '2026-12-31' }));
    expect([a, b, c, d].map((id) => detail(s, id).record.caseNumber)).toEqual([
      '锡市监处罚〔2026〕1号',
      '锡市监处罚〔2026〕2号',
      '锡市监处罚〔2027〕1号',
      '锡市监处罚〔2026〕3号',
    ]);
  });

  it('can be typed; a typed number continues the counter, duplicates are refused and nothing is written', async () => {
    const s = await countySessionAt();
    const typed = createCase(s, caseInput({ caseNumber: '锡市监处罚[2026]40号' }));
    expect(detail(s, typed).record.caseNumber).toBe('锡市监处罚〔2026〕40号');
    expect(detail(s, createCase(s, caseInput())).record.caseNumber).toBe('锡市监处罚〔2026〕41号');
    const before = contentHash(s);
    expectRefusal(() => createCase(s, caseInput({ caseNumber: '锡市监处罚〔2026〕40号' })), 'case_number_taken');
    expect(contentHash(s)).toBe(before);
  });

  it('issues notice, decision and transfer numbers from their own counters', async () => {
    const s = await countySessionAt();
    const id = createCase(s, caseInput());
    advance(s, { caseId: id, stage: 'FILE', date: '2026-11-03' });
    advance(s, { caseId: id, stage: 'TRANSFER_POLICE', date: '2026-11-04', receiver: '锡林浩特市公安局', persons: 2 });
    advance(s, { caseId: id, stage: 'NOTIFY', date: '2026-11-05' });
    advance(s, { caseId: id, stage: 'HEARING', date: '2026-11-09' });
    // After the 5-working-day window (11-06, 09, 10, 11, 12; 行政处罚法第62、64条).
    advance(s, { caseId: id, stage: 'DECIDE', date: '2026-11-13', outcome: 'penalty', fineFen: 5_000_000, confiscatedFen: 120_000 });
    const numbers = detail(s, id).events.map((e) => [e.stage, e.docNumber]);
    expect(numbers).toEqual([
      ['CLUE', ''],
      ['FILE', '锡市监处罚〔2026〕1号'],
      ['TRANSFER_POLICE', '锡市监处罚移〔2026〕1号'],
      ['NOTIFY', '锡市监处罚告〔2026〕1号'],
      // 听证通知书: its own series (issue 16).
      ['HEARING', '锡市监处罚听通〔2026〕1号'],
      ['DECIDE', '锡市监处罚决〔2026〕1号'],
    ]);
  });
});

describe('case records', () => {
  it('stores parties with normalised identifiers and computes 罚没合计', async () => {
    const s = await countySessionAt();
    const id = createCase(
      s,
      caseInput({
        fineFen: 1_000_050,
        confiscatedFen: 20_000,
        flags: ['ecommerce', 'rural'],
        parties: [
          { kind: 'organisation', name: '某商贸有限公司', idType: 'uscc', idNumber: ' 9111 0000-6000 3734 1l' },
          { kind: 'person', name: '巴特尔', idType: 'id_card', idNumber: '152502199003070019' },
        ],
      }),
    );
    const d = detail(s, id);
    expect(d.parties.map((p) => p.idNumber)).toEqual(['91110000600037341L', '152502199003070019']);
    expect(d.record.penaltyTotalFen).toBe(1_020_050);
    expect(d.record.flags).toEqual(['ecommerce', 'rural']);
    const row = list(s).rows[0];
    expect(row?.partyName).toBe('某商贸有限公司');
  });

  it('masks ID numbers in the list', async () => {
    const s = await countySessionAt();
    createCase(s, caseInput({ parties: [{ kind: 'person', name: '巴特尔', idType: 'id_card', idNumber: '152502199003070019' }] }));
    expect(list(s).rows[0]?.partyIdMasked).toBe('1525**********0019');
  });

  it('refuses an identifier with warnings until the user confirms it, then records the override', async () => {
    const s = await countySessionAt();
    const before = contentHash(s);
    const bad = { kind: 'organisation' as const, name: '某公司', idType: 'uscc' as const, idNumber: '91110000600037341N' };
    expectRefusal(() => createCase(s, caseInput({ parties: [bad] })), 'party_identifier_unconfirmed');
    expect(contentHash(s)).toBe(before);
    const id = createCase(s, caseInput({ parties: [{ ...bad, idOverride: true }] }));
    expect(detail(s, id).parties[0]).toMatchObject({ idNumber: '91110000600037341N', idOverride: true });
    expectRefusal(() => createCase(s, caseInput({ parties: [{ ...bad, idNumber: '9111000060003734', idOverride: true }] })), 'party_identifier_invalid');
  });

  it('refuses unknown townships, retired campaigns and future lead dates', async () => {
    const s = await countySessionAt();
    expectRefusal(() => createCase(s, caseInput({ townshipCode: '999999999' })), 'township_unknown');
    expectRefusal(() => createCase(s, caseInput({ campaigns: ['nope'] })), 'campaign_unknown');
    expectRefusal(() => createCase(s, caseInput({ leadDate: '2026-12-01' })), 'date_in_future');
    expect(countCases(s.ledger, caseListSchema.parse({}), s.now())).toEqual({ total: 0, capped: false });
  });

  it('edits write only the changed fields and keep parties, events and attachments', async () => {
    const s = await countySessionAt();
    const id = createCase(s, caseInput());
    addAttachment(s, { caseId: id, fileName: '现场.png', caption: '', uploadId: staged(s, PNG_BASE64) });
    const before = detail(s, id);
    const changesBefore = s.ledger.db.prepare('SELECT count(*) FROM changes').pluck().get() as number;
    const party = before.parties[0]!;
    updateCase(
      s,
      id,
      caseInput({
        caseNumber: before.record.caseNumber,
        notes: '当事人承认进货渠道不明',
        parties: [{ ...party, townshipCode: party.townshipCode }],
      }),
    );
    const after = detail(s, id);
    expect(after.record.notes).toBe('当事人承认进货渠道不明');
    expect(after.attachments).toHaveLength(1);
    expect(after.parties.map((p) => p.id)).toEqual([party.id]);
    expect((s.ledger.db.prepare('SELECT count(*) FROM changes').pluck().get() as number) - changesBefore).toBe(1);
  });
});

describe('stage workflow', () => {
  it('moves forward only, with dates in order and what each stage requires', async () => {
    const s = await countySessionAt();
    const id = createCase(s, caseInput({ leadDate: '2026-11-02' }));
    expectRefusal(() => advance(s, { caseId: id, stage: 'FILE', date: '2026-11-01' }), 'dates_out_of_order');
    advance(s, { caseId: id, stage: 'FILE', date: '2026-11-03' });
    expectRefusal(() => advance(s, { caseId: id, stage: 'VERIFY', date: '2026-11-04' }), 'stage_backwards');
    advance(s, { caseId: id, stage: 'INVESTIGATE', date: '2026-11-04' });
    expectRefusal(() => advance(s, { caseId: id, stage: 'NOTIFY', date: '2026-11-03' }), 'dates_out_of_order');
    expectRefusal(() => advance(s, { caseId: id, stage: 'NOTIFY', date: '2026-11-21' }), 'date_in_future');
    expectRefusal(() => advance(s, { caseId: id, stage: 'CLOSE', date: '2026-11-10' }), 'close_needs_decision');
    const before = contentHash(s);
    expectRefusal(() => advance(s, { caseId: id, stage: 'DECIDE', date: '2026-11-10' }), 'decision_needs_outcome');
    expectRefusal(() => advance(s, { caseId: id, stage: 'DECIDE', date: '2026-11-10', outcome: 'penalty' }), 'penalty_needs_kind');
    expectRefusal(() => advance(s, { caseId: id, stage: 'DECIDE', date: '2026-11-10', outcome: 'penalty', penaltyKinds: ['fine'] }), 'penalty_needs_amount');
    expectRefusal(() => advance(s, { caseId: id, stage: 'TRANSFER_POLICE', date: '2026-11-10' }), 'transfer_needs_receiver');
    // No 告知 recorded (行政处罚法第44条): the clerk must confirm with a reason.
    expectRefusal(() => advance(s, { caseId: id, stage: 'DECIDE', date: '2026-11-10', outcome: 'penalty', fineFen: 100_000 }), 'procedure_needs_reason');
    expect(contentHash(s)).toBe(before);
    advance(s, { caseId: id, stage: 'DECIDE', date: '2026-11-10', outcome: 'penalty', fineFen: 100_000, overrideReason: '告知书已纸面送达，补录' });
    expect(detail(s, id).events.find((e) => e.stage === 'DECIDE')?.overrideReason).toBe('[no_notice] 告知书已纸面送达，补录');
    advance(s, { caseId: id, stage: 'CLOSE', date: '2026-11-18' });
    expectRefusal(() => advance(s, { caseId: id, stage: 'TRANSFER_POLICE', date: '2026-11-19', receiver: '公安局' }), 'stage_closed');
    const d = detail(s, id);
    expect(d.record).toMatchObject({
      stage: 'CLOSE',
      filedDate: '2026-11-03',
      decidedDate: '2026-11-10',
      closedDate: '2026-11-18',
      outcome: 'penalty',
      fineFen: 100_000,
    });
    expect(d.deadlines).toEqual([]);
  });

  it('a lead never filed closes as 不予立案; a transferred case may close as 移送司法', async () => {
    const s = await countySessionAt();
    const lead = createCase(s, caseInput());
    advance(s, { caseId: lead, stage: 'CLOSE', date: '2026-11-05', outcome: 'not_filed' });
    expect(detail(s, lead).record.outcome).toBe('not_filed');
    const transferred = createCase(s, caseInput());
    advance(s, { caseId: transferred, stage: 'FILE', date: '2026-11-03' });
    advance(s, { caseId: transferred, stage: 'TRANSFER_POLICE', date: '2026-11-04', receiver: '公安局', persons: 1 });
    advance(s, { caseId: transferred, stage: 'CLOSE', date: '2026-11-06' });
    expect(detail(s, transferred).record).toMatchObject({ outcome: 'transfer_judicial', policeReceiver: '公安局', policePersons: 1, stage: 'CLOSE' });
  });
});

describe('deadlines on open cases', () => {
  it('are listed, filtered and follow holiday-calendar edits', async () => {
    const s = await countySessionAt(); // today = 2026-11-20
    const overdue = createCase(s, caseInput({ leadDate: '2026-10-20' })); // 15 working days → 2026-11-10
    const soon = createCase(s, caseInput({ leadDate: '2026-11-02' })); // → 2026-11-23
    const later = createCase(s, caseInput({ leadDate: '2026-11-19' })); // → 2026-12-10
    let o = deadlineOverview(s.ledger, s.now());
    expect(o).toMatchObject({ today: '2026-11-20', overdue: 1, dueSoon: 1, open: 3 });
    expect(o.items.map((i) => [i.caseId, i.due, i.state])).toEqual([
      [overdue, '2026-11-10', 'overdue'],
      [soon, '2026-11-23', 'due_soon'],
    ]);
    expect(list(s, { deadline: 'overdue' }).rows.map((r) => r.id)).toEqual([overdue]);
    expect(list(s, { sort: 'deadline', order: 'asc', deadline: 'open' }).rows.map((r) => r.id)).toEqual([overdue, soon, later]);
    // Declaring 2026-11-23 a holiday moves the second case's deadline to the 24th.
    saveCalendarDay(s, { date: '2026-11-23', kind: 'holiday', name: '测试假日' });
    o = deadlineOverview(s.ledger, s.now());
    expect(o.items.find((i) => i.caseId === soon)?.due).toBe('2026-11-24');
  });
});

describe('search', () => {
  it('finds cases by 1–2 characters, by 3+ characters (FTS trigram), by party and document number', async () => {
    const s = await countySessionAt();
    const mutton = createCase(s, caseInput({ goods: '羊肉卷', title: '销售侵权羊肉' }));
    const cheese = createCase(
      s,
      caseInput({
        goods: '奶酪',
        title: '假冒奶制品',
        parties: [{ kind: 'organisation', name: '草原乳业公司', idType: 'uscc', idNumber: '91110000600037341L' }],
      }),
    );
    const ids = (q: string) => list(s, { search: q }).rows.map((r) => r.id);
    expect(ids('羊肉')).toEqual([mutton]);
    // A small ledger is searched whole: no window, no cap.
    expect(list(s, { search: '羊肉' }).searchLimit).toBeNull();
    expect(ids('奶酪')).toEqual([cheese]);
    expect(ids('酪')).toEqual([cheese]);
    expect(ids('草原乳业')).toEqual([cheese]);
    expect(ids('锡市监处罚〔2026〕2号')).toEqual([cheese]);
    expect(ids('100% "x')).toEqual([]);
    advance(s, { caseId: mutton, stage: 'FILE', date: '2026-11-03' });
    advance(s, { caseId: mutton, stage: 'NOTIFY', date: '2026-11-05' });
    expect(ids('处罚告〔2026〕1')).toEqual([mutton]);
  });

  it('filters by campaign, category, stage, flags, handler and date range', async () => {
    const s = await countySessionAt();
    const a = createCase(s, caseInput({ campaigns: ['tiequan', 'ecommerce'], flags: ['ecommerce'], leadDate: '2026-10-01', handlers: '王强' }));
    const b = createCase(s, caseInput({ campaigns: ['lantian'], category: 'patent_agency', leadDate: '2026-11-01', handlers: '李娜' }));
    advance(s, { caseId: b, stage: 'FILE', date: '2026-11-02' });
    const ids = (q: CaseListDraft) => list(s, q).rows.map((r) => r.id);
    expect(ids({ campaigns: ['ecommerce'] })).toEqual([a]);
    expect(ids({ categories: ['patent_agency'] })).toEqual([b]);
    expect(ids({ stages: ['FILE'] })).toEqual([b]);
    expect(ids({ flags: ['ecommerce'] })).toEqual([a]);
    expect(ids({ handler: '李' })).toEqual([b]);
    expect(ids({ dateFrom: '2026-10-15' })).toEqual([b]);
    expect(ids({ sort: 'leadDate', order: 'asc' })).toEqual([a, b]);
  });
});

describe('evidence attachments', () => {
  it('are stored once by sha256, readable, and kept on disk when unlinked', async () => {
    const s = await countySessionAt();
    const one = createCase(s, caseInput());
    const two = createCase(s, caseInput());
    addAttachment(s, { caseId: one, fileName: 'a.png', caption: '现场照片', uploadId: staged(s, PNG_BASE64) });
    addAttachment(s, { caseId: one, fileName: 'again.png', caption: '', uploadId: staged(s, PNG_BASE64) });
    addAttachment(s, { caseId: two, fileName: 'b.png', caption: '', uploadId: staged(s, PNG_BASE64) });
    const [att] = detail(s, one).attachments;
    expect(detail(s, one).attachments).toHaveLength(1);
    expect(att).toMatchObject({ fileName: 'a.png', mime: 'image/png', available: true });
    const file = blobPath(s.attachmentsDir, att!.sha256);
    expect(fs.readFileSync(file).toString('base64')).toBe(PNG_BASE64);
    expect(s.ledger.db.prepare('SELECT count(*) FROM blobs').pluck().get()).toBe(1);
    expect(readBlob(s.ledger, s.attachmentsDir, att!.sha256)).toEqual({ mime: 'image/png', base64: PNG_BASE64 });
    removeAttachment(s, att!.id);
    expect(detail(s, one).attachments).toHaveLength(0);
    expect(fs.existsSync(file)).toBe(true);
  });

  it('refuses empty, unknown-type and oversized files with a clear reason', async () => {
    const s = await countySessionAt();
    const id = createCase(s, caseInput());
    const add = (base64: string) => addAttachment(s, { caseId: id, fileName: 'x', caption: '', uploadId: staged(s, base64) });
    expectRefusal(() => add(''), 'attachment_empty');
    expectRefusal(() => add(Buffer.from('MZ executable').toString('base64')), 'attachment_type');
    const big = Buffer.alloc(20 * 1024 * 1024 + 1);
    Buffer.from('%PDF-1.7').copy(big);
    expectRefusal(() => add(big.toString('base64')), 'attachment_too_large');
    expect(fs.existsSync(s.attachmentsDir) ? fs.readdirSync(s.attachmentsDir) : []).toEqual([]);
  });

  it('notices a damaged blob instead of showing it', async () => {
    const s = await countySessionAt();
    const id = createCase(s, caseInput());
    addAttachment(s, { caseId: id, fileName: 'a.png', caption: '', uploadId: staged(s, PNG_BASE64) });
    const sha = detail(s, id).attachments[0]!.sha256;
    fs.writeFileSync(blobPath(s.attachmentsDir, sha), 'tampered');
    expectRefusal(() => readBlob(s.ledger, s.attachmentsDir, sha), 'attachment_damaged');
  });
});

describe('history', () => {
  it('shows who changed which field of the case and its parties from what to what', async () => {
    const s = await countySessionAt();
    const id = createCase(s, caseInput());
    const d = detail(s, id);
    updateCase(s, id, caseInput({ caseNumber: d.record.caseNumber, goods: '手抓羊肉', parties: [{ ...d.parties[0]!, name: '草原鲜肉店（已更名）' }] }));
    const h = caseHistory(s.ledger, id);
    const goods = h.entries.find((e) => e.field === 'goods' && e.previous !== null);
    expect(goods).toMatchObject({ rowId: id, previous: '"羊肉卷"', value: '"手抓羊肉"', user: '张明' });
    const name = h.entries.find((e) => e.field === 'name' && e.previous !== null);
    expect(name).toMatchObject({ previous: '"锡林浩特市草原鲜肉店"', value: '"草原鲜肉店（已更名）"' });
    expect(h.rows[name!.rowId]).toEqual({ entity: 'case_party', label: '草原鲜肉店（已更名）' });
    expect(FIXED_NOW).toBeGreaterThan(0);
  });
});

describe('editable reference data', () => {
  it('adds and retires campaign tags without touching cases already tagged', async () => {
    const s = await countySessionAt();
    const old = createCase(s, caseInput({ campaigns: ['huhang'] }));
    saveVocabularyItem(s, { kind: 'campaign', code: 'local_spring', name: '春雷行动', nameEn: 'Spring Thunder', active: true });
    saveVocabularyItem(s, { kind: 'campaign', code: 'huhang', name: '护航', nameEn: 'Escort', active: false });
    const campaigns = listVocabulary(s.ledger, 'campaign');
    expect(campaigns.find((c) => c.code === 'local_spring')).toMatchObject({ name: '春雷行动', active: true, origin: 'edited' });
    expect(campaigns.find((c) => c.code === 'huhang')).toMatchObject({ active: false, origin: 'edited' });
    expect(campaigns.find((c) => c.code === 'tiequan')).toMatchObject({ name: '铁拳', origin: 'shipped' });
    // New cases cannot use a retired tag; the old case keeps it through an edit.
    expectRefusal(() => createCase(s, caseInput({ campaigns: ['huhang'] })), 'campaign_unknown');
    const d = detail(s, old);
    updateCase(s, old, caseInput({ caseNumber: d.record.caseNumber, campaigns: ['huhang', 'local_spring'], parties: d.parties }));
    expect(detail(s, old).record.campaigns).toEqual(['huhang', 'local_spring']);
    // Edits are syncable rows, written through the change log.
    expect(s.ledger.db.prepare("SELECT count(*) FROM changes WHERE entity = 'reference_item'").pluck().get()).toBe(2);
  });

  it('a calendar day can be added and removed again; shipped days can be overridden', async () => {
    const s = await countySessionAt();
    expect(listCalendar(s.ledger, 2026).find((d) => d.date === '2026-10-01')).toMatchObject({ kind: 'holiday', origin: 'shipped' });
    saveCalendarDay(s, { date: '2026-10-01', kind: 'ordinary', name: '' });
    expect(listCalendar(s.ledger, 2026).find((d) => d.date === '2026-10-01')).toBeUndefined();
    saveCalendarDay(s, { date: '2026-12-28', kind: 'holiday', name: '地方假日' });
    expect(listCalendar(s.ledger, 2026).find((d) => d.date === '2026-12-28')).toMatchObject({ kind: 'holiday', name: '地方假日', origin: 'edited' });
    expectRefusal(() => saveCalendarDay(s, { date: '2026-12-29', kind: 'holiday', name: '' }), 'calendar_needs_name');
  });
});

describe('list totals', () => {
  it('counts matches up to the cap and pages without overlap', async () => {
    const s = await countySessionAt();
    for (let i = 0; i < 7; i++) createCase(s, caseInput({ leadDate: `2026-11-0${i + 1}` }));
    expect(countCases(s.ledger, caseListSchema.parse({}), s.now())).toEqual({ total: 7, capped: false });
    const first = list(s, { limit: 3, sort: 'leadDate', order: 'asc' });
    const second = list(s, { limit: 3, offset: 3, sort: 'leadDate', order: 'asc' });
    const third = list(s, { limit: 3, offset: 6, sort: 'leadDate', order: 'asc' });
    expect(first.hasMore && second.hasMore && !third.hasMore).toBe(true);
    expect([...first.rows, ...second.rows, ...third.rows].map((r) => r.leadDate)).toEqual([
      '2026-11-01',
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
      '2026-11-05',
      '2026-11-06',
      '2026-11-07',
    ]);
  });
});

describe('list query plans', () => {
  it('walking the sort index and sorting the filter’s matches give the same pages', async () => {
    const s = await countySessionAt();
    const stages = ['FILE', 'INVESTIGATE', 'NOTIFY'] as const;
    for (let i = 0; i < 24; i++) {
      const id = createCase(
        s,
        caseInput({
          leadDate: `2026-10-${String(1 + (i % 28)).padStart(2, '0')}`,
          category: i % 3 === 0 ? 'gi' : 'trademark',
          campaigns: i % 2 ? ['tiequan'] : ['lantian'],
          amountInvolvedFen: (i * 7919) % 100_000,
          handlers: i % 4 ? '王强' : '李娜',
        }),
      );
      const upTo = stages.slice(0, i % 4);
      upTo.forEach((stage, k) => advance(s, { caseId: id, stage, date: `2026-11-0${k + 1}` }));
    }
    const queries: CaseListDraft[] = [
      { stages: ['INVESTIGATE'], sort: 'amount' },
      { categories: ['gi'], handler: '王', sort: 'leadDate', order: 'asc' },
      { dateFrom: '2026-10-05', dateTo: '2026-10-20', sort: 'caseNumber', order: 'asc' },
      { deadline: 'overdue', sort: 'leadDate' },
      { deadline: 'open', campaigns: ['tiequan'], sort: 'penalty' },
      { deadline: 'due_soon', sort: 'deadline', order: 'asc' },
      { stages: ['FILE', 'NOTIFY'], categories: ['trademark'], limit: 4, offset: 2, sort: 'stage' },
    ];
    let seen = 0;
    for (const q of queries) {
      const parsed = caseListSchema.parse(q);
      const sorted = listCases(s.ledger, parsed, s.now(), { probeCap: 1_000_000 }).rows.map((r) => r.id);
      const walked = listCases(s.ledger, parsed, s.now(), { probeCap: 0 }).rows.map((r) => r.id);
      expect(walked, JSON.stringify(q)).toEqual(sorted);
      seen += sorted.length;
    }
    expect(seen).toBeGreaterThan(20);
  });
});

describe('correcting a stage entry', () => {
  it('moves the date within its neighbours, updates the case, and keeps the old value in the history', async () => {
    const s = await countySessionAt();
    const id = createCase(s, caseInput({ leadDate: '2026-11-02' }));
    advance(s, { caseId: id, stage: 'FILE', date: '2026-11-04' });
    advance(s, { caseId: id, stage: 'NOTIFY', date: '2026-11-06' });
    advance(s, { caseId: id, stage: 'DECIDE', date: '2026-11-10', outcome: 'penalty', fineFen: 100_000, overrideReason: '当事人书面放弃陈述申辩' });
    const events = detail(s, id).events;
    const filed = events.find((e) => e.stage === 'FILE')!;
    const decided = events.find((e) => e.stage === 'DECIDE')!;
    const edit = (eventId: string, date: string, docNumber = '') => editStageEvent(s, stageEditSchema.parse({ caseId: id, eventId, date, docNumber }));
    edit(filed.id, '2026-11-03');
    expect(detail(s, id).record.filedDate).toBe('2026-11-03');
    expectRefusal(() => edit(filed.id, '2026-11-07'), 'dates_out_of_order');
    expectRefusal(() => edit(decided.id, '2026-11-21', decided.docNumber), 'date_in_future');
    const notice = events.find((e) => e.stage === 'NOTIFY')!;
    expectRefusal(() => edit(decided.id, '2026-11-10', notice.docNumber), 'doc_number_taken');
    edit(decided.id, '2026-11-09', '锡市监处罚决[2026]7号');
    expect(detail(s, id).record).toMatchObject({ decidedDate: '2026-11-09', decisionNumber: '锡市监处罚决〔2026〕7号' });
    const history = caseHistory(s.ledger, id).entries.filter((e) => e.rowId === filed.id && e.field === 'date');
    expect(history.map((e) => [e.previous, e.value])).toEqual([
      ['"2026-11-04"', '"2026-11-03"'],
      [null, '"2026-11-04"'],
    ]);
  });
});
