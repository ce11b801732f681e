/**
 * The pieces every contract slice is written with (shared/<feature>/contract.ts): a method is its
 * zod input schema plus a phantom result type. shared/contract.ts composes the slices.
 */
import { z } from 'zod';
import { idSchema } from './schema-parts';

export interface MethodSpec<I extends z.ZodType, R> {
  input: I;
  /** Phantom: carries the result type; never read at run time. */
  result?: R;
}

export function method<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({ input });
}

/** A method that takes no input. */
export const none = z.undefined();
export const byId = z.object({ id: idSchema }).strict();

/** A contract slice: method name → spec. */
export type ContractSlice = Record<string, MethodSpec<z.ZodType, unknown>>;
