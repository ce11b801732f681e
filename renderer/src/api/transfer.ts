/**
 * Files in and out without base64 (issue 14). A file the user picks or drops is *staged* first and
 * then named by its upload id in the call that uses it: in Electron its bytes go to the main
 * process by structured-clone IPC (`files.stage`), in the browser preview they are streamed to
 * the host's /upload route with upload progress and a way to cancel. Exports stay in the data
 * folder and are saved from there: Electron's save dialog (`files.saveExport`), or the preview
 * host's /files/exports/ route.
 */
import { call, LedgerCallError, previewToken, transportName } from './client';

export interface StageOptions {
  /** 0–1 while the bytes travel (the browser preview reports it; Electron hands them over at once). */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

function uploadOverHttp(file: Blob, options: StageOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', './upload');
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('x-ledger-token', previewToken());
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) options.onProgress?.(e.loaded / e.total);
    };
    xhr.onload = () => {
      type Answer = { ok: boolean; value?: { uploadId: string }; error?: { code: string; message: string } };
      let envelope: Answer | null = null;
      try {
        envelope = JSON.parse(xhr.responseText) as Answer;
      } catch {
        envelope = null;
      }
      if (envelope?.ok && envelope.value) resolve(envelope.value.uploadId);
      else reject(new LedgerCallError(xhr.status === 413 ? 'invalid_input' : 'unavailable', envelope?.error?.message ?? `HTTP ${xhr.status}`));
    };
    xhr.onerror = () => reject(new LedgerCallError('unavailable', 'upload failed'));
    xhr.onabort = () => reject(new DOMException('cancelled', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}

/** Stage a file for a call; returns its upload id. */
export async function stageFile(file: File, options: StageOptions = {}): Promise<string> {
  if (transportName() === 'electron') {
    const { uploadId } = await call('files.stage', { fileName: file.name || 'file', bytes: new Uint8Array(await file.arrayBuffer()) });
    options.onProgress?.(1);
    return uploadId;
  }
  return uploadOverHttp(file, options);
}

/** In Electron, pick a bundle with the native dialog (null when cancelled); elsewhere undefined: use a file input. */
export async function pickBundle(): Promise<{ uploadId: string; fileName: string; size: number } | null | undefined> {
  if (transportName() !== 'electron') return undefined;
  return call('files.openBundle');
}

/** Save an export: Electron asks where (a USB stick directly); the preview downloads it. Returns where it went, when known. */
export async function saveExport(exported: { downloadId: string; fileName: string }): Promise<{ path: string | null }> {
  if (transportName() === 'electron') {
    const saved = await call('files.saveExport', { downloadId: exported.downloadId, fileName: exported.fileName });
    return { path: saved?.path ?? null };
  }
  const response = await fetch(`./files/exports/${encodeURIComponent(exported.downloadId)}`, { headers: { 'x-ledger-token': previewToken() } });
  if (!response.ok) throw new LedgerCallError('not_found', `HTTP ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = exported.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { path: null };
}
