/**
 * The contract between renderer and main: one map from method name to its input schema and
 * result type, composed from the features' slices (shared/<feature>/contract.ts). Main registers a handler for every key, the preload exposes exactly these keys,
 * the preview host serves exactly these keys, and the renderer is typed by `LedgerApi` below
 * (never by the preload's implementation).
 */
import type { z } from 'zod';
import { actionsContract } from './actions/contract';
import { bundlesContract } from './bundles/contract';
import { casesContract } from './cases/contract';
import { desktopContract } from './desktop/contract';
import type { Envelope } from './errors';
import { giContract } from './gi/contract';
import { historyContract } from './history/contract';
import { officeContract } from './office/contract';
import { plansContract } from './plans/contract';
import { referenceContract } from './reference/contract';
import { reportsContract } from './reports/contract';

/** Every feature's slice; a new feature adds one line here (and one in electron/api/handlers.ts). */
export const contract = {
  ...officeContract,
  ...referenceContract,
  ...casesContract,
  ...giContract,
  ...plansContract,
  ...actionsContract,
  ...bundlesContract,
  ...reportsContract,
  ...historyContract,
  ...desktopContract,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type ResultOf<M extends MethodName> = Exclude<Contract[M]['result'], undefined>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}

/** What the renderer calls: one function per method, each resolving to an envelope. */
export type LedgerApi = {
  [M in MethodName]: (input: InputOf<M>) => Promise<Envelope<ResultOf<M>>>;
};

/** IPC channel names are namespaced so nothing else on ipcMain can collide with them. */
export function channelOf(name: MethodName): string {
  return `ledger:${name}`;
}
