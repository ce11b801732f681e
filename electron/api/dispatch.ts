/**
 * The one entry point for contract calls, whatever the transport (Electron IPC, the preview
 * host's HTTP, tests): the method name and input arrive as `unknown`, the input is parsed with
 * the method's zod schema, and the answer is always an envelope. Nothing is written unless the
 * input parsed.
 */
import { z } from 'zod';
import { contract, isMethodName } from '../../shared/contract';
import { DomainError, fail, ok, type Envelope } from '../../shared/errors';
import type { Session } from '../domain/core/session';
import { isLedgerBusy, isReadOnlyRefusal, LEDGER_BUSY_MESSAGE } from '../store/ledger';
import { handlers as defaultHandlers, type Handlers } from './handlers';

export type Dispatch = (method: unknown, input: unknown) => Promise<Envelope<unknown>>;

export function createDispatch(session: Session, handlers: Handlers = defaultHandlers, log: (e: unknown) => void = defaultLog): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) return fail('unknown_method', `unknown method: ${String(method).slice(0, 80)}`);
    const parsed = contract[method].input.safeParse(input);
    if (!parsed.success) return fail('invalid_input', z.prettifyError(parsed.error));
    try {
      const handler = handlers[method] as (s: Session, i: unknown) => unknown;
      return ok(await handler(session, parsed.data));
    } catch (error) {
      if (error instanceof DomainError) return fail(error.code, error.message, error.params);
      if (isLedgerBusy(error)) return fail('ledger_busy', LEDGER_BUSY_MESSAGE);
      if (isReadOnlyRefusal(error)) return fail('read_only', `${method} wrote on the read-only connection`);
      log(error);
      return fail('internal', error instanceof Error ? error.message : String(error));
    }
  };
}

/** A dispatch for when the ledger could not be opened: every call explains why. */
export function createFailedDispatch(error: DomainError): Dispatch {
  return async () => fail(error.code, error.message);
}

function defaultLog(error: unknown): void {
  console.error('[ledger] handler failed:', error);
}
