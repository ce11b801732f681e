/** Evidence bytes fetched from the ledger once per sha256 and kept as object URLs for this window. */
import { call } from './client';

export interface LoadedBlob {
  mime: string;
  bytes: Uint8Array;
  url: string;
}

const cache = new Map<string, Promise<LoadedBlob>>();

function decode(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function loadBlob(sha256: string): Promise<LoadedBlob> {
  let pending = cache.get(sha256);
  if (!pending) {
    pending = call('attachments.read', { sha256 }).then(({ mime, base64 }) => {
      const bytes = decode(base64);
      return { mime, bytes, url: URL.createObjectURL(new Blob([bytes.slice()], { type: mime })) };
    });
    // A failed read is not cached, so "retry" can work.
    pending.catch(() => cache.delete(sha256));
    cache.set(sha256, pending);
  }
  return pending;
}
