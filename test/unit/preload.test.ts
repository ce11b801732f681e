import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelOf, METHOD_NAMES } from '../../shared/contract';

const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke, on: vi.fn(), send: vi.fn() },
}));

describe('preload bridge', () => {
  beforeEach(() => exposed.clear());

  it('exposes exactly the contract methods on window.ipLedger and nothing else', async () => {
    vi.resetModules();
    await import('../../electron/preload/index');
    expect([...exposed.keys()]).toEqual(['ipLedger']);
    const api = exposed.get('ipLedger') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES].sort());
    expect(Object.values(api).every((f) => typeof f === 'function')).toBe(true);
    expect(Object.isFrozen(api)).toBe(true);
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
  });

  it('routes each method to its own channel', async () => {
    vi.resetModules();
    await import('../../electron/preload/index');
    const api = exposed.get('ipLedger') as Record<string, (i: unknown) => Promise<unknown>>;
    await api['profile.update']?.({ bureauName: 'x' });
    expect(invoke).toHaveBeenLastCalledWith(channelOf('profile.update'), { bureauName: 'x' });
  });
});
