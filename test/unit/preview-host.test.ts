import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/api/dispatch';
import { createPreviewServer, TOKEN_HEADER } from '../../electron/main/preview-host';
import { contentHash, tempDir, tempSession } from '../helpers/temp-ledger';

const servers: http.Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

async function host() {
  const session = await tempSession();
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>ledger</title>');
  fs.mkdirSync(path.join(staticDir, 'assets'));
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(path.dirname(staticDir), 'secret.txt'), 'do not serve');
  const dispatch = createDispatch(session);
  const dataDir = path.dirname(session.ledger.file);
  const server = createPreviewServer({
    staticDir,
    token: 'run-token',
    call: (m, i) => dispatch(m, i),
    maxBodyBytes: 4096,
    dataDir,
    maxUploadBytes: 1024 * 1024,
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: 'run-token', ...headers },
      body: JSON.stringify(body),
    });
  return { session, base, api, dataDir };
}

const SETUP = { unitCode: '152502', bureauName: '锡林浩特市市场监督管理局', casePrefix: '锡市监处罚', operatorName: '张明' };

describe('preview host', () => {
  it('serves the contract to callers with the run token', async () => {
    const { api, session } = await host();
    const res = await api('profile.setup', { input: SETUP });
    expect(await res.json()).toMatchObject({ ok: true, value: { role: 'county' } });
    expect(session.ledger.db.prepare('SELECT count(*) FROM bureaus').pluck().get()).toBe(1);
  });

  it('refuses calls without the token, from another origin or with a foreign Host header, writing nothing', async () => {
    const { api, base, session } = await host();
    const before = contentHash(session);
    const noToken = await api('profile.setup', { input: SETUP }, { [TOKEN_HEADER]: 'guess' });
    expect(noToken.status).toBe(401);
    expect(await noToken.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const crossOrigin = await api('profile.setup', { input: SETUP }, { origin: 'http://evil.example' });
    expect(crossOrigin.status).toBe(403);
    // fetch() will not let us forge Host, so speak HTTP directly (a DNS-rebinding page would send its own host name).
    const rebinding = await new Promise<number>((resolve, reject) => {
      const url = new URL(`${base}/api/profile.setup`);
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: { host: 'evil.example', 'content-type': 'application/json', [TOKEN_HEADER]: 'run-token' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ input: SETUP }));
    });
    expect(rebinding).toBe(421);
    const sameOrigin = await api('settings.get', {}, { origin: base });
    expect(sameOrigin.status).toBe(200);
    expect(contentHash(session)).toBe(before);
  });

  it('answers bad payloads with error envelopes and writes nothing', async () => {
    const { api, base, session } = await host();
    const before = contentHash(session);
    expect(await (await api('profile.setup', { input: { ...SETUP, unitCode: 'x' } })).json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await (await api('no.such', { input: 1 })).json()).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    const notJson = await fetch(`${base}/api/profile.get`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: 'run-token' },
      body: '{oops',
    });
    expect(notJson.status).toBe(400);
    const huge = await api('profile.setup', { input: { ...SETUP, bureauName: '局'.repeat(5000) } });
    expect(huge.status).toBe(413);
    const get = await fetch(`${base}/api/profile.get`, { headers: { [TOKEN_HEADER]: 'run-token' } });
    expect(get.status).toBe(405);
    expect(contentHash(session)).toBe(before);
  });

  it('serves the renderer with the CSP and never files outside it', async () => {
    const { base } = await host();
    const index = await fetch(`${base}/`);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await index.text()).toContain('<title>ledger</title>');
    expect(await (await fetch(`${base}/assets/app.js`)).text()).toBe('console.log(1)');
    for (const probe of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/..%2fsecret.txt']) {
      const res = await fetch(`${base}${probe}`);
      expect(await res.text(), probe).not.toContain('do not serve');
    }
  });

  it('streams an upload to a staged file (owner-only) and answers its id; refuses it without the token or past the limit', async () => {
    const { base, dataDir } = await host();
    const bytes = crypto.randomBytes(300 * 1024);
    const send = (body: Buffer, headers: Record<string, string> = {}) =>
      fetch(`${base}/upload`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', [TOKEN_HEADER]: 'run-token', ...headers },
        body: new Uint8Array(body),
      });
    const res = await send(bytes);
    const answer = (await res.json()) as { ok: true; value: { uploadId: string; size: number } };
    expect(answer).toMatchObject({ ok: true, value: { size: bytes.length } });
    const file = path.join(dataDir, 'uploads', answer.value.uploadId);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.statSync(file).mode & 0o077).toBe(0);
    expect((await send(bytes, { [TOKEN_HEADER]: 'guess' })).status).toBe(401);
    expect((await send(bytes, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await send(bytes, { 'content-type': 'application/json' })).status).toBe(405);
    const tooBig = await send(crypto.randomBytes(1024 * 1024 + 1));
    expect(tooBig.status).toBe(413);
    // Only the one accepted upload is staged; nothing half-written remains.
    expect(fs.readdirSync(path.join(dataDir, 'uploads'))).toEqual([answer.value.uploadId]);
  });

  it('serves an export from the data folder by its name only, to the token holder', async () => {
    const { base, dataDir } = await host();
    const name = 'ip-ledger-152502-to-152500-2026-11-20-a1b2c3.zip';
    fs.mkdirSync(path.join(dataDir, 'bundles', 'sent'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'bundles', 'sent', name), 'PK bundle bytes');
    fs.writeFileSync(path.join(dataDir, 'ledger-copy.sqlite'), 'secret');
    const get = (file: string, headers: Record<string, string> = { [TOKEN_HEADER]: 'run-token' }) => fetch(`${base}/files/exports/${file}`, { headers });
    const ok = await get(name);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('PK bundle bytes');
    expect(ok.headers.get('content-disposition')).toContain(name);
    expect((await get(name, {})).status).toBe(401);
    for (const bad of ['..%2Fledger-copy.sqlite', '..%2F..%2Fledger.sqlite', 'ip-ledger-152502-to-152500-2026-11-20-ffffff.zip', 'x.zip'])
      expect((await get(bad)).status, bad).toBe(404);
  });
});
