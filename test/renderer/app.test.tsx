/**
 * The renderer in Electron mode: `window.ipLedger` is the real preload bridge, its channels
 * served by the real dispatcher over a real temporary ledger (only the IPC hop is in-process).
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/api/dispatch';
import { setupProfile } from '../../electron/domain/core/profile';
import type { Session } from '../../electron/domain/core/session';
import { buildBridge } from '../../electron/preload/bridge';
import { App } from '../../renderer/src/App';
import { initI18n } from '../../renderer/src/i18n';
import { useAppStore } from '../../renderer/src/state/app-store';
import { useRoute } from '../../renderer/src/state/route';
import { COUNTY_SETUP, tempSession } from '../helpers/temp-ledger';

/** `mainAnswers`: methods the Electron main process answers itself (not the data worker). */
function connect(session: Session, mainAnswers: Record<string, unknown> = {}): string[] {
  const calls: string[] = [];
  const dispatch = createDispatch(session);
  window.ipLedger = buildBridge((channel, input) => {
    const method = channel.replace(/^ledger:/, '');
    calls.push(method);
    if (method in mainAnswers) return Promise.resolve({ ok: true, value: mainAnswers[method] });
    return dispatch(method, input);
  });
  return calls;
}

describe('renderer over the preload bridge', () => {
  beforeEach(() => {
    initI18n('zh-CN');
    useAppStore.setState({ phase: 'loading', profile: null, language: 'zh-CN' });
    useRoute.setState(useRoute.getInitialState(), true);
  });

  it('shows the first-run wizard on a new ledger', async () => {
    const calls = connect(await tempSession());
    render(<App />);
    expect(await screen.findByText('知识产权工作台账 · 首次使用设置')).toBeTruthy();
    expect(calls).toEqual(expect.arrayContaining(['settings.get', 'profile.get', 'reference.units']));
  });

  it('opens the main layout with the saved profile, in the saved language', async () => {
    const session = await tempSession();
    setupProfile(session, COUNTY_SETUP);
    session.ledger.db.prepare("INSERT INTO local_settings (key, value) VALUES ('language', 'en')").run();
    connect(session);
    render(<App />);
    await waitFor(() => expect(screen.getByTestId('header-bureau').textContent).toBe('锡林浩特市市场监督管理局'));
    expect(screen.getAllByText('Home').length).toBeGreaterThan(0);
    expect(screen.getAllByText('County bureau', { selector: '.ant-tag' }).length).toBeGreaterThan(0);
    expect(await screen.findByTestId('key-fingerprint')).toBeTruthy();
    expect(screen.getByTestId('key-fingerprint').textContent).toContain(session.installation.fingerprint);
  });

  it('opens the log folder from 设置 through the main process', async () => {
    const session = await tempSession();
    setupProfile(session, COUNTY_SETUP);
    const calls = connect(session, { 'app.openLogFolder': { path: '/数据/ip-ledger/logs' } });
    useRoute.getState().navigate({ section: 'settings', view: 'main', params: {} });
    render(<App />);
    fireEvent.click(await screen.findByTestId('open-log-folder'));
    expect(await screen.findByText('已打开：/数据/ip-ledger/logs')).toBeTruthy();
    expect(calls).toContain('app.openLogFolder');
  });
});
