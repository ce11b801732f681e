/**
 * The shape of a feature's handler slice: one plain function of (session, parsed input) per method
 * of its contract slice. Each feature exports one (electron/domain/<feature>/handlers.ts);
 * electron/api/handlers.ts composes them, and the dispatcher validates input before any runs.
 */
import type { z } from 'zod';
import type { ContractSlice } from '../../../shared/contract-kit';
import type { Session } from './session';

export type HandlersOf<C extends ContractSlice> = {
  [M in keyof C]: (session: Session, input: z.output<C[M]['input']>) => ResultOfSpec<C[M]> | Promise<ResultOfSpec<C[M]>>;
};

type ResultOfSpec<S> = S extends { result?: infer R } ? Exclude<R, undefined> : never;
