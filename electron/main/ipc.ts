/**
 * Registers one ipcMain handler per contract method. Every call is checked for its sender
 * (main frame of our origin) and then handed, still `unknown`, to the dispatcher (which parses
 * it with the method's zod schema in the data worker). The few methods the main process answers
 * itself (dialogs, printing, the log folder) are parsed with the same schemas here.
 */
import { z } from 'zod';
import { channelOf, contract, METHOD_NAMES } from '../../shared/contract';
import { fail, type Envelope } from '../../shared/errors';
import { isTrustedSender, type SenderFrameInfo } from './security';

/** The slice of Electron's IpcMainInvokeEvent we need (so tests can build one). */
export interface InvokeEventLike {
  senderFrame: { url: string; parent: unknown } | null;
  sender: { mainFrame: unknown };
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, input: unknown) => Promise<Envelope<unknown>>): void;
}

export type Call = (method: string, input: unknown) => Promise<Envelope<unknown>>;

export function senderFrameInfo(event: InvokeEventLike): SenderFrameInfo | null {
  const frame = event.senderFrame;
  if (!frame) return null;
  return { url: frame.url, isMainFrame: frame.parent === null && event.sender.mainFrame === frame };
}

/** Methods the main process answers itself, with the calling window at hand (e.g. print.savePdf). */
export type LocalHandlers = Partial<Record<string, (event: InvokeEventLike, input: unknown) => Promise<Envelope<unknown>>>>;

export function registerContract(ipcMain: IpcMainLike, call: Call, trustedOrigins?: readonly string[], local: LocalHandlers = {}): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelOf(method), async (event, input) => {
      if (!isTrustedSender(senderFrameInfo(event), trustedOrigins)) {
        return fail('forbidden_sender', `refused ${method}: not sent by the app's main frame`);
      }
      const own = local[method];
      if (!own) return call(method, input);
      // Answered here, not in the worker: parsed here, with the same schema dispatch would use.
      const parsed = contract[method].input.safeParse(input);
      if (!parsed.success) return fail('invalid_input', z.prettifyError(parsed.error));
      return own(event, parsed.data);
    });
  }
}
