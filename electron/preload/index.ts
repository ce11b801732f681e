/**
 * The only bridge between the sandboxed renderer and the main process. It exposes exactly the
 * contract's methods on `window.ipLedger`, each a function that invokes its own IPC channel;
 * never ipcRenderer itself, never Node.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from './bridge';

contextBridge.exposeInMainWorld(
  'ipLedger',
  buildBridge((channel, input) => ipcRenderer.invoke(channel, input)),
);
