import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { changeStatus, recordStep } from '../../electron/domain/gi/approval';
import { listCatalogue, saveGi } from '../../electron/domain/gi/catalogue';
import { getUserDetail } from '../../electron/domain/gi/detail';
import { exportRegister } from '../../electron/domain/gi/export';
import { userHistory } from '../../electron/domain/gi/history';
import { addInspectionPhoto, removeInspectionPhoto, saveInspection } from '../../electron/domain/gi/inspections';
import { openCaseFromInspection } from '../../electron/api/workflows';
import { blobPath } from '../../electron/domain/core/blob-store';
import fs from 'node:fs';
import { saveUseReport } from '../../electron/domain/gi/use-reports';
import { seedGiCatalogue, SEED_HLC } from '../../electron/domain/gi/seed';
import { createUser, updateUser } from '../../electron/domain/gi/users';
import { attentionList, listUsers } from '../../electron/domain/gi/users-list';
import { getCaseDetail } from '../../electron/domain/cases/read';
import { setupProfile } from '../../electron/domain/core/profile';
import { writeContext } from '../../electron/domain/core/session';
import { insertRecord } from '../../electron/store/change-log';
import { giColumns } from '../../electron/domain/gi/rows';
import { referenceDir } from '../../electron/store/shipped-reference';
import type { Session } from '../../electron/domain/core/session';
import {
  approvalStepSchema,
  giFieldsSchema,
  inspectionSchema,
  statusChangeSchema,
  useReportSchema,
  type InspectionDraft,
  giFieldsOf,
} from '../../shared/gi/schemas';
import type { GiEntry } from '../../shared/gi/types';
import { FIXED_NOW, PNG_BASE64, countySessionAt, staged } from '../helpers/cases';
import { applicant, CHEESE_ID, UJIMQIN_ID, VALID_USCC } from '../helpers/gi';
import { COUNTY_SETUP, tempSession } from '../helpers/temp-ledger';

function validationCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return `${(error as { code?: string }).code}:${(error as Error).message}`;
  }
  return 'no error';
}

function step(session: Session, userId: string, s: string, date: string, extra: Record<string, unknown> = {}) {
  recordStep(session, approvalStepSchema.parse({ userId, step: s, date, ...extra }));
}

/** An applicant taken through the whole chain to 已核准 on 2023-06-01. */
function approvedUser(session: Session, overrides = {}): string {
  const id = createUser(session, applicant({ appliedDate: '2023-03-01', ...overrides }));
  step(session, id, 'county_review', '2023-03-10', { siteCheckDate: '2023-03-08' });
  step(session, id, 'announced', '2023-06-01', { announcementNumber: '国家知识产权局公告第540号' });
  saveUseReport(session, useReportSchema.parse({ userId: id, year: 2025, used: true, reportedDate: '2026-01-10' }));
  return id;
}

const failed: InspectionDraft['checklist'] = { mark_display: 'fail', uscc_printed: 'fail', product_scope: 'pass', producer_area: 'pass', records_kept: 'na' };

describe('GI catalogue', () => {
  it('is seeded from gi-seed.csv with unconfirmed entries marked, identically on every installation', async () => {
    const a = await countySessionAt();
    const b = await tempSession();
    const catalogue = listCatalogue(a);
    // 锡林郭勒盟's ten entries; 兴安盟's two are in the table but not in this league's catalogue.
    expect(catalogue.map((g) => g.name)).toContain('乌珠穆沁羊肉');
    expect(catalogue).toHaveLength(10);
    const ujimqin = catalogue.find((g) => g.id === UJIMQIN_ID);
    expect(ujimqin).toMatchObject({
      kind: 'product',
      identifier: '国家质检总局公告2014年第109号',
      registeredDate: '2014-10-11',
      verified: false,
      seeded: true,
      unitCode: '152500',
    });
    expect(ujimqin?.areaCodes).toEqual(['152525', '152526', '152502', '152522', '152571']);
    expect(catalogue.filter((g) => g.confidence === 'U').map((g) => g.name)).toEqual(expect.arrayContaining(['察哈尔羊', '正蓝旗奶豆腐']));
    expect(catalogue.every((g) => !g.verified)).toBe(true);
    expect(catalogue.some((g) => g.name.includes('科尔沁'))).toBe(false);
    // Same rows and the same change entries on two installations: a bundle carrying one is already known to the other.
    const seedChanges = (s: Session) =>
      s.ledger.db.prepare("SELECT row_id, hlc, installation_id, fields FROM changes WHERE entity = 'gi' ORDER BY row_id").all();
    expect(seedChanges(a)).toEqual(seedChanges(b));
    expect(seedChanges(a)).toHaveLength(12);
    expect(new Set(seedChanges(a).map((c) => (c as { hlc: string }).hlc))).toEqual(new Set([SEED_HLC]));
    // Seeding again adds nothing.
    expect(seedGiCatalogue(a.ledger, referenceDir())).toBe(0);
  });

  it('a seed entry edited by the league is no longer "seeded" and is never overwritten by seeding', async () => {
    const league = await tempSession({ now: () => FIXED_NOW });
    setupProfile(league, { ...COUNTY_SETUP, unitCode: '152500', bureauName: '锡林郭勒盟市场监督管理局' });
    const entry = listCatalogue(league).find((g) => g.id === UJIMQIN_ID);
    const fields = { ...giFieldsOf(entry as GiEntry), verified: true, confidence: 'V' as const, holder: '东乌珠穆沁旗人民政府' };
    saveGi(league, { id: UJIMQIN_ID, fields });
    seedGiCatalogue(league.ledger, referenceDir());
    expect(listCatalogue(league).find((g) => g.id === UJIMQIN_ID)).toMatchObject({ verified: true, holder: '东乌珠穆沁旗人民政府', seeded: false });
    // Users are county records: the league reads them but does not register them.
    expect(validationCode(() => createUser(league, applicant()))).toBe('validation:gi_user_county_only');
    expect(validationCode(() => saveGi(league, { fields: { ...fields, name: '新条目', status: 'proposed' } }))).toBe('validation:gi_status_invalid');
  });

  it('a county may propose an entry but not edit the league’s; the league adopts a proposal with its own entry', async () => {
    const county = await countySessionAt();
    const proposal = giFieldsSchema.parse({ name: '锡林浩特奶茶', kind: 'collective_mark', areaCodes: ['152502'], status: 'active', verified: true });
    const proposalId = saveGi(county, { fields: proposal });
    expect(listCatalogue(county).find((g) => g.id === proposalId)).toMatchObject({ status: 'proposed', verified: false, unitCode: '152502' });
    expect(validationCode(() => saveGi(county, { id: UJIMQIN_ID, fields: giFieldsSchema.parse({ name: '乌珠穆沁羊肉', kind: 'product' }) }))).toBe(
      'validation:gi_league_owned',
    );
    expect(validationCode(() => saveGi(county, { fields: giFieldsSchema.parse({ name: '测试', kind: 'product', areaCodes: ['999999'] }) }))).toBe(
      'validation:area_unknown',
    );
  });
});

it('the league adopts a county proposal with its own entry; the proposal stays the county’s', async () => {
  const league = await tempSession({ now: () => FIXED_NOW });
  setupProfile(league, { ...COUNTY_SETUP, unitCode: '152500', bureauName: '锡林郭勒盟市场监督管理局' });
  // A proposal as it arrives from 锡林浩特's bundle: a county-owned row.
  const proposalFields = giFieldsSchema.parse({ name: '锡林浩特奶茶', kind: 'collective_mark', areaCodes: ['152502'], status: 'proposed' });
  const proposalId = insertRecord({ ...writeContext(league), unitCode: '152502' }, 'gi', giColumns(proposalFields));
  expect(validationCode(() => saveGi(league, { id: proposalId, fields: { ...proposalFields, status: 'active' } }))).toBe('validation:gi_county_proposal');
  const adopted = saveGi(league, { fields: { ...proposalFields, status: 'active', adoptedFrom: proposalId, niceClass: '30' } });
  const catalogue = listCatalogue(league);
  expect(catalogue.find((g) => g.id === proposalId)).toMatchObject({ status: 'proposed', unitCode: '152502', adoptedBy: adopted });
  expect(catalogue.find((g) => g.id === adopted)).toMatchObject({ status: 'active', unitCode: '152500', adoptedFrom: proposalId, niceClass: '30' });
  // Adopting the same name again is a duplicate.
  expect(validationCode(() => saveGi(league, { fields: { ...proposalFields, status: 'active' } }))).toBe('validation:gi_duplicate');
});

describe('authorised users', () => {
  it('registers an applicant with its application on the timeline', async () => {
    const session = await countySessionAt();
    const id = createUser(session, applicant());
    const detail = getUserDetail(session, id);
    expect(detail.record).toMatchObject({ status: 'applying', uscc: VALID_USCC, unitCode: '152502', products: ['羊肉'] });
    expect(detail.events.map((e) => [e.step, e.date])).toEqual([['applied', '2026-09-28']]);
    expect(detail.gi.name).toBe('乌珠穆沁羊肉');
    // 2026-09-28 + 10 working days (National Day week off) = 10-16: overdue by 11-20.
    expect(detail.flags).toEqual(['review_overdue']);
    expect(detail.reviewWaitingWorkdays).toBeGreaterThan(10);
  });

  it('refuses a second user with the same USCC for the same GI, but allows it for another GI', async () => {
    const session = await countySessionAt();
    createUser(session, applicant());
    const before = session.ledger.db.prepare('SELECT count(*) FROM gi_users').pluck().get();
    expect(validationCode(() => createUser(session, applicant({ enterpriseName: '另一个名字', uscc: VALID_USCC.toLowerCase() })))).toBe(
      'validation:gi_user_duplicate',
    );
    expect(session.ledger.db.prepare('SELECT count(*) FROM gi_users').pluck().get()).toBe(before);
    const cheese = createUser(session, applicant({ giId: CHEESE_ID, products: ['奶豆腐'] }));
    expect(getUserDetail(session, cheese).record.uscc).toBe(VALID_USCC);
  });

  it('an invalid USCC is refused; one failing its check needs confirmation, which is stored', async () => {
    const session = await countySessionAt();
    expect(validationCode(() => createUser(session, applicant({ uscc: '91152502' })))).toBe('validation:uscc_invalid');
    const wrongCheck = `${VALID_USCC.slice(0, 17)}4`;
    expect(validationCode(() => createUser(session, applicant({ uscc: wrongCheck })))).toBe('validation:uscc_unconfirmed');
    expect(session.ledger.db.prepare('SELECT count(*) FROM gi_users').pluck().get()).toBe(0);
    const id = createUser(session, applicant({ uscc: wrongCheck, usccOverride: true }));
    expect(getUserDetail(session, id).record).toMatchObject({ uscc: wrongCheck, usccOverride: true });
  });

  it('records the approval chain in order and becomes 已核准 with the announcement', async () => {
    const session = await countySessionAt();
    const id = createUser(session, applicant());
    expect(validationCode(() => step(session, id, 'county_review', '2026-10-09'))).toBe('validation:gi_site_check_required');
    expect(validationCode(() => step(session, id, 'county_review', '2026-09-20', { siteCheckDate: '2026-09-20' }))).toBe('validation:dates_out_of_order');
    step(session, id, 'county_review', '2026-10-09', { siteCheckDate: '2026-10-08', note: '现场核查养殖与屠宰记录' });
    expect(getUserDetail(session, id).flags).toEqual([]);
    expect(validationCode(() => step(session, id, 'county_review', '2026-10-12', { siteCheckDate: '2026-10-12' }))).toBe('validation:gi_step_backwards');
    step(session, id, 'league_review', '2026-10-20');
    expect(validationCode(() => step(session, id, 'announced', '2026-11-10'))).toBe('validation:gi_announcement_required');
    expect(validationCode(() => step(session, id, 'announced', '2026-12-01', { announcementNumber: 'x' }))).toBe('validation:date_in_future');
    step(session, id, 'announced', '2026-11-10', { announcementNumber: '国家知识产权局公告第612号' });
    const detail = getUserDetail(session, id);
    expect(detail.record).toMatchObject({
      status: 'approved',
      siteCheckDate: '2026-10-08',
      countyReviewDate: '2026-10-09',
      announcedDate: '2026-11-10',
      announcementNumber: '国家知识产权局公告第612号',
    });
    expect(detail.events.map((e) => e.step)).toEqual(['applied', 'county_review', 'league_review', 'announced']);
    expect(validationCode(() => step(session, id, 'region_review', '2026-11-11'))).toBe('validation:gi_step_closed');
    // The application date cannot move past a recorded step.
    expect(validationCode(() => updateUser(session, id, applicant({ appliedDate: '2026-10-10' })))).toBe('validation:dates_out_of_order');
  });

  it('suspends, resumes and cancels only from the right statuses', async () => {
    const session = await countySessionAt();
    const id = approvedUser(session);
    const change = (status: string, date: string) => changeStatus(session, statusChangeSchema.parse({ userId: id, status, date, reason: '年度检查' }));
    expect(validationCode(() => change('approved', '2026-01-05'))).toBe('validation:gi_status_change_invalid');
    change('suspended', '2026-01-05');
    change('approved', '2026-03-01');
    change('cancelled', '2026-06-01');
    expect(validationCode(() => change('suspended', '2026-07-01'))).toBe('validation:gi_status_change_invalid');
    const detail = getUserDetail(session, id);
    expect(detail.record).toMatchObject({ status: 'cancelled', statusDate: '2026-06-01' });
    expect(detail.events.map((e) => e.step)).toEqual(['applied', 'county_review', 'announced', 'suspended', 'approved', 'cancelled']);
  });
});

describe('use reports and the non-use flag', () => {
  it('one report per year (saving again corrects it); two years without use flags the user', async () => {
    const session = await countySessionAt();
    const id = approvedUser(session);
    const report = (year: number, used: boolean, extra = {}) =>
      saveUseReport(session, useReportSchema.parse({ userId: id, year, used, reportedDate: '2026-01-15', ...extra }));
    report(2023, true, { quantity: 1200, quantityUnit: '千克', valueFen: 9_600_000, labelsPrinted: 5000 });
    report(2024, false);
    report(2025, false);
    expect(getUserDetail(session, id).flags).toEqual(['non_use']);
    expect(attentionList(session).map((u) => u.id)).toEqual([id]);
    // The 2025 report is corrected: the user did use the mark.
    report(2025, true, { quantity: 300, quantityUnit: '千克' });
    const detail = getUserDetail(session, id);
    expect(detail.flags).toEqual([]);
    expect(detail.reports.map((r) => [r.year, r.used, r.quantity])).toEqual([
      [2025, true, 300],
      [2024, false, null],
      [2023, true, 1200],
    ]);
    expect(validationCode(() => report(2022, true))).toBe('validation:gi_report_year');
    expect(validationCode(() => report(2027, true))).toBe('validation:gi_report_year');
    expect(validationCode(() => report(2026, false, { quantity: 5 }))).toBe('validation:gi_report_unused_quantity');
    const applying = createUser(session, applicant({ uscc: '91152502MA0N2K8X5X', usccOverride: true, enterpriseName: '申请中企业' }));
    expect(validationCode(() => saveUseReport(session, useReportSchema.parse({ userId: applying, year: 2026, used: true, reportedDate: '2026-11-01' })))).toBe(
      'validation:gi_report_not_approved',
    );
  });
});

describe('inspections and the linked case', () => {
  it('a failed inspection opens a pre-filled 地理标志 case, linked both ways, once', async () => {
    const session = await countySessionAt();
    const id = approvedUser(session);
    const inspection = (result: string, checklist = failed) =>
      saveInspection(
        session,
        inspectionSchema.parse({ userId: id, date: '2026-11-18', inspectors: '王强、李娜', checklist, result, findings: '标志未印统一社会信用代码' }),
      );
    expect(validationCode(() => inspection('pass'))).toBe('validation:gi_inspection_result_mismatch');
    const inspectionId = inspection('fail');
    addInspectionPhoto(session, { inspectionId, fileName: 'label.png', caption: '包装标签', uploadId: staged(session, PNG_BASE64) });
    expect(getUserDetail(session, id).flags).toEqual(['inspection_failed']);

    const caseId = openCaseFromInspection(session, inspectionId);
    expect(openCaseFromInspection(session, inspectionId)).toBe(caseId);
    const kase = getCaseDetail(session.ledger, caseId, session.attachmentsDir);
    expect(kase.record).toMatchObject({
      category: 'gi',
      source: 'inspection',
      giProduct: '乌珠穆沁羊肉',
      leadDate: '2026-11-18',
      violationType: 'gi_unauthorised',
      giInspectionId: inspectionId,
    });
    expect(kase.parties).toEqual([expect.objectContaining({ kind: 'organisation', name: '锡林浩特市草原肉业有限公司', idType: 'uscc', idNumber: VALID_USCC })]);
    expect(kase.giLink).toMatchObject({ inspectionId, userId: id, enterpriseName: '锡林浩特市草原肉业有限公司', giName: '乌珠穆沁羊肉' });
    const detail = getUserDetail(session, id);
    expect(detail.inspections[0]).toMatchObject({ caseId, caseNumber: kase.record.caseNumber, result: 'fail' });
    expect(detail.inspections[0]?.photos.map((p) => [p.fileName, p.available])).toEqual([['label.png', true]]);
    expect(session.ledger.db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(1);

    const passed = inspection('pass', { ...failed, mark_display: 'pass', uscc_printed: 'pass' });
    expect(validationCode(() => openCaseFromInspection(session, passed))).toBe('validation:gi_inspection_passed');
    // A later passing inspection clears the flag.
    expect(getUserDetail(session, id).flags).toEqual([]);
    // Removing a photo unlinks it and keeps the bytes (the history still points at them).
    const photo = getUserDetail(session, id).inspections.find((i) => i.id === inspectionId)?.photos[0];
    removeInspectionPhoto(session, photo?.id ?? '');
    expect(getUserDetail(session, id).inspections.find((i) => i.id === inspectionId)?.photos).toEqual([]);
    expect(fs.existsSync(blobPath(session.attachmentsDir, photo?.sha256 ?? ''))).toBe(true);
  });

  it('the history shows who changed what on the user and everything attached to it', async () => {
    const session = await countySessionAt();
    const id = approvedUser(session);
    updateUser(session, id, applicant({ appliedDate: '2023-03-01', phone: '13904790000' }));
    saveUseReport(session, useReportSchema.parse({ userId: id, year: 2025, used: true, reportedDate: '2026-01-15' }));
    const history = userHistory(session.ledger, id);
    const phone = history.entries.find((e) => e.field === 'phone' && e.previous !== null);
    expect(phone).toMatchObject({ previous: '"0479-8220000"', value: '"13904790000"', user: '张明' });
    expect(new Set(Object.values(history.rows).map((r) => r.entity))).toEqual(new Set(['gi_user', 'gi_user_event', 'gi_use_report']));
  });
});

describe('lists and export', () => {
  it('lists users per GI with flags, and the catalogue counts them per status', async () => {
    const session = await countySessionAt();
    const approved = approvedUser(session);
    const second = createUser(
      session,
      applicant({ uscc: '91152502MA0N2K8X5X', usccOverride: true, enterpriseName: '乌珠穆沁申请企业', products: ['羊肉', '牛肉'] }),
    );
    createUser(session, applicant({ giId: CHEESE_ID, products: ['奶豆腐'], appliedDate: '2026-11-19' }));
    const users = listUsers(session, { giId: UJIMQIN_ID });
    expect(users.map((u) => u.enterpriseName)).toEqual(['乌珠穆沁申请企业', '锡林浩特市草原肉业有限公司']);
    expect(users[0]?.flags).toEqual(['review_overdue', 'out_of_scope']);
    expect(listUsers(session, { flag: 'out_of_scope' })).toHaveLength(1);
    expect(listUsers(session, { search: '草原', giId: UJIMQIN_ID }).map((u) => u.id)).toEqual([approved]);
    expect(listUsers(session, { search: 'ma0n2k' }).map((u) => u.id)).toEqual([second]);
    const ujimqin = listCatalogue(session).find((g) => g.id === UJIMQIN_ID);
    expect(ujimqin?.users).toEqual({ applying: 1, approved: 1, suspended: 0, cancelled: 0 });
    expect(ujimqin?.flagged).toBe(1);
  });

  it('exports the register and one GI’s users as xlsx with numbers as numbers and dates as dates', async () => {
    const session = await countySessionAt();
    const id = approvedUser(session);
    saveUseReport(
      session,
      useReportSchema.parse({
        userId: id,
        year: 2025,
        used: true,
        quantity: 1200.5,
        quantityUnit: '千克',
        valueFen: 9_612_345,
        labelsPrinted: 5000,
        reportedDate: '2026-01-15',
      }),
    );
    const one = await exportRegister(session, UJIMQIN_ID);
    expect(one.fileName).toMatch(/^乌珠穆沁羊肉-专用标志使用人-2026-11-20\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(one.bytes as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('使用人名单');
    expect(sheet?.getRow(2).getCell(2).value).toBe('企业名称');
    const row = sheet?.getRow(3);
    expect(row?.getCell(2).value).toBe('锡林浩特市草原肉业有限公司');
    expect(row?.getCell(3).value).toBe(VALID_USCC);
    expect(row?.getCell(8).value).toBe('已核准');
    expect(row?.getCell(12).value).toEqual(new Date(Date.UTC(2023, 5, 1)));
    expect(row?.getCell(12).numFmt).toBe('yyyy-mm-dd');
    expect(row?.getCell(14).value).toBe(2025);
    expect(row?.getCell(16).value).toBe(1200.5);
    expect(row?.getCell(18).value).toBe(96123.45);
    expect(row?.getCell(19).value).toBe(5000);

    const all = await exportRegister(session);
    const full = new ExcelJS.Workbook();
    await full.xlsx.load(all.bytes as unknown as ArrayBuffer);
    expect(full.worksheets.map((w) => w.name)).toEqual(['地理标志目录', '专用标志使用人']);
    const catalogue = full.getWorksheet('地理标志目录');
    const names = [];
    for (let r = 3; r <= (catalogue?.rowCount ?? 0); r++) names.push(catalogue?.getRow(r).getCell(1).value);
    expect(names).toHaveLength(10);
    const ujimqinRow = catalogue?.getRow(3 + names.indexOf('乌珠穆沁羊肉'));
    expect(ujimqinRow?.getCell(4).value).toEqual(new Date(Date.UTC(2014, 9, 11)));
    expect(ujimqinRow?.getCell(14).value).toBe(1);
    expect(String(ujimqinRow?.getCell(11).value)).toContain('待核实');
  });
});
