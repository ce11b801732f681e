import { useState } from 'react';

/**
 * A detail screen shows what its last write returned (the updated record) instead of fetching
 * again; the fetched copy wins when it is newer or belongs to another record.
 */
export function useWriteResult<T extends { record: { id: string; updatedAt: string } }>(id: string, fetched: T | undefined) {
  const [latest, setLatest] = useState<T | null>(null);
  const current = latest?.record.id === id && (!fetched || latest.record.updatedAt >= fetched.record.updatedAt) ? latest : fetched;
  return [current, setLatest] as const;
}
