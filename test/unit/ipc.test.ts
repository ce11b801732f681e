import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/api/dispatch';
import { registerContract, type InvokeEventLike, type IpcMainLike } from '../../electron/main/ipc';
import { APP_ORIGIN } from '../../electron/main/security';
import { channelOf, METHOD_NAMES } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';
import { contentHash, tempSession } from '../helpers/temp-ledger';

type Listener = (event: InvokeEventLike, input: unknown) => Promise<Envelope<unknown>>;

async function wired() {
  const session = await tempSession();
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => void listeners.set(channel, listener) };
  const dispatch = createDispatch(session);
  registerContract(ipcMain, (m, i) => dispatch(m, i));
  const invoke = (method: string, event: InvokeEventLike, input: unknown) => (listeners.get(channelOf(method as never)) as Listener)(event, input);
  return { session, listeners, invoke };
}

function mainFrameEvent(url = `${APP_ORIGIN}/index.html`): InvokeEventLike {
  const frame = { url, parent: null };
  return { senderFrame: frame, sender: { mainFrame: frame } };
}

const SETUP = { unitCode: '152502', bureauName: '锡林浩特市市场监督管理局', casePrefix: '锡市监处罚', operatorName: '张明' };

describe('IPC wiring', () => {
  it('registers exactly one channel per contract method', async () => {
    const { listeners } = await wired();
    expect([...listeners.keys()].sort()).toEqual(METHOD_NAMES.map(channelOf).sort());
  });

  it('serves the main frame of the app', async () => {
    const { invoke, session } = await wired();
    expect(await invoke('profile.setup', mainFrameEvent(), SETUP)).toMatchObject({ ok: true, value: { unitCode: '152502' } });
    expect(session.ledger.db.prepare('SELECT count(*) FROM bureaus').pluck().get()).toBe(1);
  });

  const badSenders: [string, InvokeEventLike][] = [
    ['a null senderFrame', { senderFrame: null, sender: { mainFrame: {} } }],
    ['a sub-frame', { senderFrame: { url: `${APP_ORIGIN}/index.html`, parent: {} }, sender: { mainFrame: {} } }],
    ['a frame that is not the main frame', { senderFrame: { url: `${APP_ORIGIN}/index.html`, parent: null }, sender: { mainFrame: {} } }],
    ['another origin', mainFrameEvent('https://evil.example/')],
    ['a file:// page', mainFrameEvent('file:///tmp/index.html')],
  ];

  it.each(badSenders)('refuses %s with an error envelope and writes nothing', async (_name, event) => {
    const { invoke, session } = await wired();
    const before = contentHash(session);
    expect(await invoke('profile.setup', event, SETUP)).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    expect(contentHash(session)).toBe(before);
  });

  it('refuses an invalid payload from a trusted sender and writes nothing', async () => {
    const { invoke, session } = await wired();
    const before = contentHash(session);
    expect(await invoke('profile.setup', mainFrameEvent(), { ...SETUP, unitCode: "152502'; DROP TABLE bureaus; --" })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await invoke('settings.setLanguage', mainFrameEvent(), { language: 'de' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(contentHash(session)).toBe(before);
  });

  it('parses the input of a method the main process answers itself, as dispatch would', async () => {
    const listeners = new Map<string, Listener>();
    const received: unknown[] = [];
    registerContract({ handle: (channel, listener) => void listeners.set(channel, listener) }, async () => ({ ok: true, value: null }), undefined, {
      'print.savePdf': async (_event, input) => {
        received.push(input);
        return { ok: true, value: { path: null } };
      },
    });
    const savePdf = listeners.get(channelOf('print.savePdf')) as Listener;
    expect(await savePdf(mainFrameEvent(), { fileName: 42 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await savePdf(mainFrameEvent(), 'not an object')).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(received).toEqual([]);
  });
});
