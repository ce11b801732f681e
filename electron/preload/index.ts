/**
 * The only bridge between the sandboxed renderer and the main process. It exposes exactly the
 * contract's methods on `window.ipLedger`, each a function that invokes its own IPC channel;
 * never ipcRenderer itself, never Node.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { channelOf, METHOD_NAMES, type LedgerApi } from '../../shared/contract';

export function buildBridge(invoke: (channel: string, input: unknown) => Promise<unknown>): LedgerApi {
  const api: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const method of METHOD_NAMES) api[method] = (input: unknown) => invoke(channelOf(method), input);
  return Object.freeze(api) as unknown as LedgerApi;
}

contextBridge.exposeInMainWorld(
  'ipLedger',
  buildBridge((channel, input) => ipcRenderer.invoke(channel, input)),
);
