/**
 * The renderer's only way to the ledger. In Electron it calls the preload bridge
 * (`window.ipLedger`); in the preview host it POSTs the same calls to /api/<method> with the
 * run's token. Both return the contract's envelopes; `call` unwraps them and throws
 * `LedgerCallError` with the error code for the UI to translate.
 */
import type { InputOf, LedgerApi, MethodName, ResultOf } from '../../../shared/contract';
import { isErrorCode, type Envelope, type ErrorCode } from '../../../shared/errors';

declare global {
  interface Window {
    ipLedger?: LedgerApi;
  }
}

export class LedgerCallError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Values for the translated message (shared/errors.ts LedgerError.params). */
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'LedgerCallError';
  }
}

const TOKEN_KEY = 'ip-ledger-token';

/** The preview host puts its per-run token in the URL fragment; keep it for reloads of this tab. */
export function previewToken(): string {
  const match = /(?:^|[#&])token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

async function httpCall(method: string, input: unknown): Promise<Envelope<unknown>> {
  let response: Response;
  try {
    response = await fetch(`./api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-ledger-token': previewToken() },
      body: JSON.stringify({ input }),
    });
  } catch (error) {
    return { ok: false, error: { code: 'unavailable', message: String(error) } };
  }
  try {
    return (await response.json()) as Envelope<unknown>;
  } catch {
    return { ok: false, error: { code: 'internal', message: `HTTP ${response.status}` } };
  }
}

export function transportName(): 'electron' | 'preview' {
  return window.ipLedger ? 'electron' : 'preview';
}

export async function call<M extends MethodName>(method: M, ...args: InputOf<M> extends undefined ? [] : [InputOf<M>]): Promise<ResultOf<M>> {
  const input = args[0];
  const bridge = window.ipLedger;
  const envelope = bridge
    ? await (bridge[method] as (i: unknown) => Promise<Envelope<ResultOf<M>>>)(input)
    : ((await httpCall(method, input)) as Envelope<ResultOf<M>>);
  if (envelope.ok) return envelope.value;
  const code = isErrorCode(envelope.error.code) ? envelope.error.code : 'internal';
  throw new LedgerCallError(code, envelope.error.message, envelope.error.params ?? {});
}

// Read the token as early as possible, before any component renders.
if (!window.ipLedger) previewToken();
