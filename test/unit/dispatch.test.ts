import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api/handlers';
import { READ_METHODS } from '../../electron/api/read-methods';
import { openReadSession } from '../../electron/domain/core/session';
import { METHOD_NAMES } from '../../shared/contract';
import { DomainError } from '../../shared/errors';
import { contentHash, countySession, tempSession } from '../helpers/temp-ledger';

describe('contract dispatch', () => {
  it('has a handler for every contract method and nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('answers a valid call with an ok envelope', async () => {
    const dispatch = createDispatch(await countySession());
    expect(await dispatch('profile.get', undefined)).toMatchObject({ ok: true, value: { unitCode: '152502', role: 'county' } });
  });

  it('rejects unknown methods', async () => {
    const dispatch = createDispatch(await tempSession());
    expect(await dispatch('profile.drop', undefined)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await dispatch(42, undefined)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await dispatch('__proto__', undefined)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  const badPayloads: [string, unknown][] = [
    ['profile.setup', undefined],
    ['profile.setup', 'drop table'],
    ['profile.setup', { unitCode: '152502', bureauName: '锡林浩特市市场监督管理局', casePrefix: '锡市监处罚' }],
    ['profile.setup', { unitCode: '15250', bureauName: '锡林浩特市市场监督管理局', casePrefix: '锡市监处罚', operatorName: '张明' }],
    ['profile.setup', { unitCode: '152502', bureauName: '锡', casePrefix: '锡市监处罚', operatorName: '张明' }],
    ['profile.setup', { unitCode: '152502', bureauName: '锡林浩特市市场监督管理局', casePrefix: '锡 市监〔处罚〕', operatorName: '张明' }],
    ['profile.setup', { unitCode: '152502', bureauName: '锡林浩特市市场监督管理局', casePrefix: '锡市监处罚', operatorName: '张明', role: 'league' }],
    ['profile.setup', { unitCode: 152502, bureauName: '锡林浩特市市场监督管理局', casePrefix: '锡市监处罚', operatorName: '张明' }],
    ['settings.setLanguage', { language: 'fr' }],
    ['changes.list', { limit: 100000 }],
    ['reference.calendar', { year: '2025' }],
    ['app.about', { sneaky: true }],
  ];

  it.each(badPayloads)('rejects an invalid payload for %s and writes nothing', async (method, payload) => {
    const session = await tempSession();
    const before = contentHash(session);
    const answer = await createDispatch(session)(method, payload);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(contentHash(session)).toBe(before);
  });

  it('maps domain refusals to their codes and unexpected failures to internal', async () => {
    const session = await countySession();
    const dispatch = createDispatch(session);
    const setup = { unitCode: '152201', bureauName: '乌兰浩特市市场监督管理局', casePrefix: '乌市监处罚', operatorName: '王芳' };
    expect(await dispatch('profile.setup', setup)).toMatchObject({ ok: false, error: { code: 'already_set_up' } });
    const logged: unknown[] = [];
    const failing = createDispatch(
      session,
      {
        ...handlers,
        'ledger.stats': () => {
          throw new Error('disk on fire');
        },
        'profile.get': () => {
          throw new DomainError('not_found', 'gone');
        },
      },
      (e) => logged.push(e),
    );
    expect(await failing('ledger.stats', undefined)).toEqual({ ok: false, error: { code: 'internal', message: 'disk on fire' } });
    expect(await failing('profile.get', undefined)).toEqual({ ok: false, error: { code: 'not_found', message: 'gone' } });
    expect(logged).toHaveLength(1);
  });
});

describe('the read-only connection (the data worker’s reader)', () => {
  it('answers reads with what the writer committed, and refuses a write without changing anything', async () => {
    const writer = await countySession();
    const reader = openReadSession(writer.ledger.file);
    const read = createDispatch(reader);
    expect(await read('profile.get', undefined)).toMatchObject({ ok: true, value: { unitCode: '152502' } });
    const before = contentHash(writer);
    // A write routed to the reader is refused with 'read_only' (the client then asks the writer).
    expect(await read('settings.setLanguage', { language: 'en' })).toMatchObject({ ok: false, error: { code: 'read_only' } });
    expect(contentHash(writer)).toBe(before);
    // What the writer commits next, the reader sees at its next call.
    await createDispatch(writer)('settings.setLanguage', { language: 'en' });
    expect(await read('settings.get', undefined)).toMatchObject({ ok: true, value: { language: 'en' } });
    reader.ledger.close();
  });

  it('lists only contract methods as reads', () => {
    for (const m of READ_METHODS) expect(METHOD_NAMES).toContain(m);
  });
});
