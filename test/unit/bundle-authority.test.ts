/**
 * Exchange integrity (issue 13): a corpus, generated here, of bundles validly signed by a county
 * the league already trusts that try every write a county may not make — another county's case,
 * party, stage entry, evidence and tombstone; the league's own records; the league's installation
 * id; clocks far ahead; malformed lines; bad values. Each is quarantined or refused with its own
 * reason, the other units' rows stay byte-for-byte as they were, and afterwards the league can
 * still write and the county's next genuine bundle imports.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { Rejection } from '../../shared/bundles/rejections';
import { giFieldsSchema } from '../../shared/gi/schemas';
import { exportBundle } from '../../electron/domain/bundles/export';
import { BundleError, type BundleChange, type Manifest } from '../../electron/domain/bundles/format';
import { importBundle } from '../../electron/domain/bundles/import';
import { addAttachment, removeAttachment } from '../../electron/domain/cases/attachments';
import { advanceStage } from '../../electron/domain/cases/stages';
import { createCase, updateCase } from '../../electron/domain/cases/write';
import { saveGi } from '../../electron/domain/gi/catalogue';
import { createPlanFromTemplate } from '../../electron/domain/plans/plans';
import type { Session } from '../../electron/domain/core/session';
import { stageAdvanceSchema } from '../../shared/cases/schemas';
import { caseInput, FIXED_NOW, PNG_BASE64, staged } from '../helpers/cases';
import { contentHash, craftBundle, officeAt } from '../helpers/bundles';
import { tempDir } from '../helpers/temp-ledger';

const LEAGUE = '152500';
const XILIN = '152502'; // the attacker: a county the league trusts
const ERLIAN = '152501'; // the victim county

function row<T = Record<string, unknown>>(s: Session, sql: string, ...args: unknown[]): T {
  return s.ledger.db.prepare(sql).get(...args) as T;
}

/** Everything of the league's that an import could touch besides the sender's own rows. */
function untouched(league: Session) {
  const db = league.ledger.db;
  return JSON.stringify({
    victim: contentHash(league, [ERLIAN]),
    leagueRows: contentHash(league, [LEAGUE]),
    blobs: db.prepare('SELECT sha256 FROM blobs ORDER BY sha256').pluck().all(),
    files: fs.existsSync(league.attachmentsDir) ? fs.readdirSync(league.attachmentsDir, { recursive: true }).sort() : [],
    trusted: db.prepare('SELECT * FROM trusted_keys ORDER BY unit_code').all(),
  });
}

async function setup() {
  const league = await officeAt(LEAGUE, '锡林郭勒盟市场监督管理局', FIXED_NOW);
  const xilin = await officeAt(XILIN, '锡林浩特市市场监督管理局', FIXED_NOW);
  const erlian = await officeAt(ERLIAN, '二连浩特市市场监督管理局', FIXED_NOW);
  // The victim's case with a party, a stage entry and evidence, at the league.
  const victimCase = createCase(erlian, caseInput({ title: '二连浩特的案件', townshipCode: null, fineFen: 50_000 }));
  advanceStage(erlian, stageAdvanceSchema.parse({ caseId: victimCase, stage: 'FILE', date: '2026-11-05' }));
  addAttachment(erlian, { caseId: victimCase, fileName: '现场.png', caption: '', uploadId: staged(erlian, PNG_BASE64) });
  await importBundle(league, (await exportBundle(erlian, path.join(tempDir(), 'e1.zip'))).file, { trust: true });
  // The league's own records: its bureau row, the seeded GI catalogue, a plan.
  createPlanFromTemplate(league, { template: 'xilingol-2021-2025' });
  // The attacker's genuine first bundle: the league trusts its key from now on.
  createCase(xilin, caseInput({ title: '锡林浩特的案件' }));
  await importBundle(league, (await exportBundle(xilin, path.join(tempDir(), 'x1.zip'))).file, { trust: true });
  const ids = {
    victimCase,
    victimParty: row<{ id: string }>(league, 'SELECT id FROM case_parties WHERE case_id = ?', victimCase).id,
    victimEvent: row<{ id: string }>(league, "SELECT id FROM case_events WHERE case_id = ? AND stage = 'FILE'", victimCase).id,
    leagueGi: row<{ id: string }>(league, 'SELECT id FROM gis WHERE unit_code = ? LIMIT 1', LEAGUE).id,
    leagueBureau: row<{ id: string }>(league, 'SELECT id FROM bureaus WHERE unit_code = ?', LEAGUE).id,
    leaguePlan: row<{ id: string }>(league, 'SELECT id FROM plans WHERE unit_code = ?', LEAGUE).id,
    ownCase: row<{ id: string }>(league, 'SELECT id FROM cases WHERE unit_code = ?', XILIN).id,
  };
  return { league, xilin, erlian, ids };
}

describe('a trusted county cannot change what is not its own', () => {
  it('quarantines or refuses every hostile write, leaves the other units’ rows as they were, and keeps the ledger working', async () => {
    const { league, xilin, ids } = await setup();
    // Hostile bundles come "from another PC" of the county (its key, a new installation id), so they
    // take no sequence number from the county's genuine chain, which must still import afterwards.
    const hostilePc = uuidv7();
    let sequence = 1;
    let hlcCounter = 0;
    const hlc = (iso = '2026-11-20T01:00:00.000Z') =>
      `${iso}-${(hlcCounter++).toString(16).toUpperCase().padStart(4, '0')}-${hostilePc.replace(/-/g, '').slice(16)}`;
    const change = (entity: string, rowId: string, fields: BundleChange['fields'], over: Partial<BundleChange> = {}): BundleChange => ({
      entity,
      rowId,
      hlc: hlc(),
      installationId: hostilePc,
      user: '攻击者',
      unitCode: XILIN,
      fields,
      ...over,
    });
    const send = (changes: BundleChange[], extra: { attachments?: Buffer[]; rawNdjson?: Buffer; manifest?: Partial<Manifest> } = {}) => {
      sequence += 2; // a jump (reported as a gap), never a fork
      return craftBundle(xilin, LEAGUE, { changes, ...extra, manifest: { sequence, ...extra.manifest, source: { installationId: hostilePc } as never } });
    };
    const newCase = (fields: BundleChange['fields']) => change('case', uuidv7(), { unit_code: XILIN, deleted: 0, ...fields });

    const png = Buffer.concat([Buffer.from(PNG_BASE64, 'base64'), Buffer.from('other bytes')]);
    const pngSha = crypto.createHash('sha256').update(png).digest('hex');
    const quarantined: [string, BundleChange, Partial<Rejection>][] = [
      [
        'rewrite another county’s case',
        change('case', ids.victimCase, { title: '改掉', fine_fen: 1, stage: 'CLOSE' }),
        { code: 'foreign_row', owner: ERLIAN, ownerName: '二连浩特市' },
      ],
      ['tombstone another county’s case', change('case', ids.victimCase, { deleted: 1 }), { code: 'foreign_row', owner: ERLIAN }],
      ['change another county’s party', change('case_party', ids.victimParty, { id_number: '123' }), { code: 'foreign_row', owner: ERLIAN }],
      [
        'add a party to another county’s case',
        change('case_party', uuidv7(), { unit_code: XILIN, deleted: 0, case_id: ids.victimCase, name: '张三', id_type: 'id_card', id_number: '123' }),
        { code: 'foreign_parent', owner: ERLIAN, parentEntity: 'case' },
      ],
      ['change another county’s stage entry', change('case_event', ids.victimEvent, { date: '2026-11-01' }), { code: 'foreign_row', owner: ERLIAN }],
      [
        'add a stage entry to another county’s case',
        change('case_event', uuidv7(), { unit_code: XILIN, deleted: 0, case_id: ids.victimCase, stage: 'DECIDE', date: '2026-11-10' }),
        { code: 'foreign_parent', owner: ERLIAN },
      ],
      [
        'attach evidence to another county’s case',
        change('case_attachment', uuidv7(), {
          unit_code: XILIN,
          deleted: 0,
          case_id: ids.victimCase,
          sha256: pngSha,
          file_name: 'x.png',
          mime: 'image/png',
          size: png.length,
        }),
        { code: 'foreign_parent', owner: ERLIAN },
      ],
      ['rename the league’s GI entry', change('gi', ids.leagueGi, { name: '改名' }), { code: 'foreign_row', owner: LEAGUE }],
      ['tombstone the league’s GI entry', change('gi', ids.leagueGi, { deleted: 1 }), { code: 'foreign_row', owner: LEAGUE }],
      ['rename the league’s bureau', change('bureau', ids.leagueBureau, { name: '冒名局' }), { code: 'foreign_row', owner: LEAGUE }],
      ['edit the league’s plan', change('plan', ids.leaguePlan, { title: '县局改的方案' }), { code: 'wrong_role' }],
      [
        'claim a case for another county',
        { ...newCase({ title: 'x', lead_date: '2026-11-01', unit_code: ERLIAN }), unitCode: ERLIAN },
        { code: 'claims_other_unit', claimed: ERLIAN },
      ],
      ['give its own case to another county', change('case', ids.ownCase, { unit_code: ERLIAN }), { code: 'owner_change', claimed: ERLIAN }],
      ['pose as the league’s own installation', newCase({ title: 'x', lead_date: '2026-11-01' }), { code: 'own_installation' }],
      ['pose as an unknown installation', { ...newCase({ title: 'x', lead_date: '2026-11-01' }), installationId: uuidv7() }, { code: 'unknown_installation' }],
      [
        'a child of a record that is not here',
        change('case_party', uuidv7(), { unit_code: XILIN, deleted: 0, case_id: uuidv7(), name: '李四' }),
        { code: 'parent_missing' },
      ],
      [
        'an amount that is text',
        newCase({ title: 'x', lead_date: '2026-11-01', fine_fen: 'abc' }),
        { code: 'invalid_value', field: 'fine_fen', problem: 'type' },
      ],
      [
        'a tombstone flag that is null',
        newCase({ title: 'x', lead_date: '2026-11-01', deleted: null }),
        { code: 'invalid_value', field: 'deleted', problem: 'type' },
      ],
      [
        'a category not in the list',
        newCase({ title: 'x', lead_date: '2026-11-01', category: 'nonsense' }),
        { code: 'invalid_value', field: 'category', problem: 'choice' },
      ],
      ['a date that does not exist', newCase({ title: 'x', lead_date: '2026-02-30' }), { code: 'invalid_value', field: 'lead_date', problem: 'date' }],
      ['a lead from the future', newCase({ title: 'x', lead_date: '2027-03-15' }), { code: 'invalid_value', field: 'lead_date', problem: 'future_date' }],
      [
        'a title of 5,000 characters',
        newCase({ title: '长'.repeat(5000), lead_date: '2026-11-01' }),
        { code: 'invalid_value', field: 'title', problem: 'too_long' },
      ],
      ['a new case with only a title', newCase({ title: '只有名称' }), { code: 'invalid_value', field: 'lead_date', problem: 'required' }],
      ['a negative fine', newCase({ title: 'x', lead_date: '2026-11-01', fine_fen: -500 }), { code: 'invalid_value', field: 'fine_fen', problem: 'range' }],
      [
        'an ID number that fails its check, on its own case',
        change('case_party', uuidv7(), { unit_code: XILIN, deleted: 0, case_id: ids.ownCase, name: '张三', id_type: 'id_card', id_number: '123' }),
        { code: 'invalid_value', field: 'id_number', problem: 'identifier_invalid' },
      ],
      [
        'a USCC with a wrong check character, not confirmed',
        change('case_party', uuidv7(), {
          unit_code: XILIN,
          deleted: 0,
          case_id: ids.ownCase,
          name: '某公司',
          id_type: 'uscc',
          id_number: '911522010783710636',
        }),
        { code: 'invalid_value', field: 'id_number', problem: 'identifier_unconfirmed' },
      ],
    ];
    // The "own installation" case needs the league's id; set it here (the list reads better above).
    const own = quarantined.find(([name]) => name.startsWith('pose as the league'));
    if (own) own[1].installationId = league.installation.id;

    const before = untouched(league);
    const clockBefore = row<{ hlc_last: string }>(league, 'SELECT hlc_last FROM installation').hlc_last;
    for (const [name, c, expected] of quarantined) {
      const report = await importBundle(league, send([c], { attachments: name.startsWith('attach') ? [png] : [] }), { trust: true });
      expect(report.status, name).toBe('applied');
      expect(report.rejected, name).toHaveLength(1);
      expect(report.rejected[0], name).toMatchObject({ entity: c.entity, rowId: c.rowId, sender: XILIN, senderName: '锡林浩特市', ...expected });
      expect(report.entities[c.entity], name).toMatchObject({ rejected: 1, new: 0, updated: 0 });
      expect(untouched(league), name).toBe(before);
    }
    expect(league.ledger.db.prepare('SELECT count(*) FROM quarantine').pluck().get()).toBe(quarantined.length);
    // Every quarantined change keeps its reason with the details a supervisor reads.
    const detail = JSON.parse(row<{ detail: string }>(league, "SELECT detail FROM quarantine WHERE reason = 'foreign_row' LIMIT 1").detail) as Rejection;
    expect(detail).toMatchObject({ code: 'foreign_row', sender: XILIN, owner: ERLIAN, ownerName: '二连浩特市' });
    // Nothing else from those bundles reached the league's rows; the victim's case is intact.
    expect(row(league, 'SELECT title, fine_fen, stage, deleted FROM cases WHERE id = ?', ids.victimCase)).toEqual({
      title: '二连浩特的案件',
      fine_fen: 50_000,
      stage: 'FILE',
      deleted: 0,
    });

    // Refused whole: clocks far ahead, malformed timestamps, lines that are not UTF-8 or not changes.
    const refused: [string, string, Record<string, unknown>][] = [
      [
        send([newCase({ title: 'x', lead_date: '2026-11-01' })].map((c) => ({ ...c, hlc: `9999-12-31T23:59:59.999Z-FFFE-${c.hlc.slice(-16)}` }))),
        'clock_ahead',
        {},
      ],
      [
        send([newCase({ title: 'x', lead_date: '2026-11-01' })].map((c) => ({ ...c, hlc: `2099-01-01T00:00:00.000Z-0000-${c.hlc.slice(-16)}` }))),
        'clock_ahead',
        {},
      ],
      [
        send([newCase({ title: 'x', lead_date: '2026-11-01' })].map((c) => ({ ...c, hlc: `2026-11-25T00:00:00.000Z-0000-${c.hlc.slice(-16)}` }))),
        'clock_ahead',
        { days: 5 },
      ],
      [
        send([newCase({ title: 'x', lead_date: '2026-11-01' })].map((c) => ({ ...c, hlc: `2026-13-45T00:00:00.000Z-0000-${c.hlc.slice(-16)}` }))),
        'bad_timestamp',
        { line: 1 },
      ],
      [
        send([], { rawNdjson: Buffer.concat([Buffer.from('{"entity":"case","title":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n')]) }),
        'bad_utf8',
        { line: 1 },
      ],
      [send([], { rawNdjson: Buffer.from(`${JSON.stringify(newCase({ title: 'ok', lead_date: '2026-11-01' }))}\n{"entity":1}\n`) }), 'ndjson', { line: 2 }],
    ];
    for (const [file, problem, params] of refused) {
      const fingerprint = untouched(league);
      try {
        await importBundle(league, file, { trust: true });
        expect.unreachable(`${problem} was accepted`);
      } catch (error) {
        expect(error).toBeInstanceOf(BundleError);
        expect((error as BundleError).problem).toBe(problem);
        expect((error as BundleError).params).toMatchObject(params);
      }
      expect(untouched(league)).toBe(fingerprint);
    }
    // The league's clock was never moved by any of it.
    expect(row<{ hlc_last: string }>(league, 'SELECT hlc_last FROM installation').hlc_last).toBe(clockBefore);

    // Afterwards the league still writes, stamped by its own clock …
    const giId = saveGi(league, { fields: giFieldsSchema.parse({ name: '新增地理标志', kind: 'product' }) });
    expect(row<{ created_at: string }>(league, 'SELECT created_at FROM gis WHERE id = ?', giId).created_at.slice(0, 10)).toBe('2026-11-20');
    // … and the county's next genuine bundle imports.
    createCase(xilin, caseInput({ title: '第二个案件' }));
    const next = await importBundle(league, (await exportBundle(xilin, path.join(tempDir(), 'x2.zip'))).file);
    expect(next).toMatchObject({ status: 'applied', entities: { case: { new: 1, rejected: 0 } } });
    expect(contentHash(league, [XILIN])).toBe(contentHash(xilin, [XILIN]));
  });

  it('no received timestamp — year 9999, full counters, a day ahead, years behind — stops local writes or later imports', async () => {
    const { league, xilin } = await setup();
    const hostilePc = uuidv7();
    const node = hostilePc.replace(/-/g, '').slice(16);
    let sequence = 1;
    let genuine = 1;
    const stamp = fc.oneof(
      fc.constant('9999-12-31T23:59:59.999Z'),
      fc.constant('2099-01-01T00:00:00.000Z'),
      fc.integer({ min: -3 * 24 * 3600 * 1000, max: 3 * 24 * 3600 * 1000 }).map((d) => new Date(FIXED_NOW + d).toISOString()),
      fc.integer({ min: 0, max: FIXED_NOW }).map((ms) => new Date(ms).toISOString()),
    );
    const counter = fc.oneof(fc.constant(0xffff), fc.constant(0xfffe), fc.integer({ min: 0, max: 0xffff }));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(stamp, counter), { minLength: 1, maxLength: 4 }), async (stamps) => {
        const changes: BundleChange[] = stamps.map(([iso, n]) => ({
          entity: 'case',
          rowId: uuidv7(),
          hlc: `${iso}-${n.toString(16).toUpperCase().padStart(4, '0')}-${node}`,
          installationId: hostilePc,
          user: '测试',
          unitCode: XILIN,
          fields: { unit_code: XILIN, deleted: 0, title: '时钟测试', lead_date: '2026-11-01' },
        }));
        sequence += 2;
        const file = craftBundle(xilin, LEAGUE, { changes, manifest: { sequence, source: { installationId: hostilePc } as never } });
        try {
          await importBundle(league, file);
        } catch (error) {
          expect((error as BundleError).problem).toBe('clock_ahead');
        }
        const clock = row<{ hlc_last: string }>(league, 'SELECT hlc_last FROM installation').hlc_last;
        expect(clock < new Date(FIXED_NOW + 24 * 3600 * 1000 + 1000).toISOString()).toBe(true);
        // The league writes …
        saveGi(league, { fields: giFieldsSchema.parse({ name: `测试${sequence}`, kind: 'product' }) });
        // … and the county's next genuine bundle imports.
        createCase(xilin, caseInput({ title: `真实案件${genuine++}` }));
        const next = await importBundle(league, (await exportBundle(xilin, path.join(tempDir(), `g${genuine}.zip`))).file);
        expect(next.status).toBe('applied');
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('a record the ledger itself refuses to store is quarantined without SQLite’s words, and the rest still applies', async () => {
    const { league, xilin, ids } = await setup();
    // A constraint the record rules do not know about, standing in for any future one.
    league.ledger.db.exec(
      "CREATE TRIGGER test_refuse BEFORE INSERT ON case_parties WHEN NEW.name = '拒绝写入' BEGIN SELECT RAISE(ABORT, 'raw sqlite text'); END;",
    );
    const node = xilin.installation.id.replace(/-/g, '').slice(16);
    const party = (name: string, k: number): BundleChange => ({
      entity: 'case_party',
      rowId: uuidv7(),
      hlc: `2026-11-20T01:00:00.000Z-000${k}-${node}`,
      installationId: xilin.installation.id,
      user: '测试',
      unitCode: XILIN,
      fields: { unit_code: XILIN, deleted: 0, case_id: ids.ownCase, name, id_type: 'other' },
    });
    const report = await importBundle(
      league,
      craftBundle(xilin, LEAGUE, { changes: [party('拒绝写入', 1), party('正常当事人', 2)], manifest: { sequence: 5 } }),
    );
    expect(report.rejected).toEqual([expect.objectContaining({ code: 'not_storable', entity: 'case_party' })]);
    expect(JSON.stringify(report)).not.toContain('raw sqlite text');
    expect(league.ledger.db.prepare('SELECT name FROM case_parties WHERE case_id = ? ORDER BY name').pluck().all(ids.ownCase)).toContain('正常当事人');
  });

  it('the league cannot change a county’s record in its own ledger either (the edit would never travel)', async () => {
    const { league, ids } = await setup();
    const before = contentHash(league, [ERLIAN]);
    const seqBefore = league.ledger.db.prepare('SELECT max(seq) FROM changes').pluck().get();
    expect(() => updateCase(league, ids.victimCase, caseInput({ title: '盟局改的' }))).toThrow(
      expect.objectContaining({ code: 'validation', message: 'not_owner' }),
    );
    expect(() => removeAttachment(league, row<{ id: string }>(league, 'SELECT id FROM case_attachments WHERE case_id = ?', ids.victimCase).id)).toThrow(
      expect.objectContaining({ message: 'not_owner' }),
    );
    expect(contentHash(league, [ERLIAN])).toBe(before);
    expect(league.ledger.db.prepare('SELECT max(seq) FROM changes').pluck().get()).toBe(seqBefore);
  });

  it('applies a genuine party with a confirmed identifier warning and keeps the confirmation', async () => {
    const { league, xilin } = await setup();
    // An ID number whose check digit fails is a warning: the clerk confirmed it, so it travels as confirmed.
    const caseId = createCase(
      xilin,
      caseInput({ parties: [{ kind: 'person', name: '王五', idType: 'id_card', idNumber: '152502199003071231', idOverride: true }] as never }),
    );
    const report = await importBundle(league, (await exportBundle(xilin, path.join(tempDir(), 'x2.zip'))).file);
    expect(report.rejected).toEqual([]);
    expect(row(league, 'SELECT id_number, id_override FROM case_parties WHERE case_id = ?', caseId)).toEqual({
      id_number: '152502199003071231',
      id_override: 1,
    });
  });
});
