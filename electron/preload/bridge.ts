import { channelOf, METHOD_NAMES, type LedgerApi } from '../../shared/contract';

/** One function per contract method, each invoking that method's own channel. */
export function buildBridge(invoke: (channel: string, input: unknown) => Promise<unknown>): LedgerApi {
  const api: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const method of METHOD_NAMES) api[method] = (input: unknown) => invoke(channelOf(method), input);
  return Object.freeze(api) as unknown as LedgerApi;
}
