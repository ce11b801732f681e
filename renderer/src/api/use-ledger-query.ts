import { useCallback, useEffect, useState } from 'react';
import type { InputOf, MethodName, ResultOf } from '../../../shared/contract';
import { call } from './client';

export interface QueryState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * Fetch one contract method's result for a screen; re-fetches when `key` (standing for the
 * input's identity) changes or `reload` is called. Loading is derived: the last answer belongs
 * to an older request.
 */
export function useLedgerQuery<M extends MethodName>(method: M, input: InputOf<M>, key = ''): QueryState<ResultOf<M>> {
  const [generation, setGeneration] = useState(0);
  const requestKey = `${method}\u0000${key}\u0000${generation}`;
  const [answer, setAnswer] = useState<{ requestKey: string; data: ResultOf<M> | undefined; error: unknown } | null>(null);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  useEffect(() => {
    let live = true;
    const run = call as (m: MethodName, i?: unknown) => Promise<ResultOf<M>>;
    run(method, input).then(
      (data) => live && setAnswer({ requestKey, data, error: null }),
      (error: unknown) => live && setAnswer({ requestKey, data: undefined, error }),
    );
    return () => {
      live = false;
    };
    // `input` is represented by `key` inside requestKey.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [requestKey]);
  const current = answer?.requestKey === requestKey;
  return { data: answer?.data, error: current ? answer.error : null, loading: !current, reload };
}
