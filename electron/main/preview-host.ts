/**
 * The preview host: serves the built renderer and the contract over HTTP on 127.0.0.1 only, for
 * machines where Electron cannot run and for E2E tests. It is a second transport, not a second
 * implementation: calls go to the same data worker and dispatcher as Electron's IPC.
 *
 * Guards (the HTTP analogue of the IPC sender check): loopback bind; Host header must name our
 * loopback address (DNS rebinding); Origin, when sent, must be ours; a per-run random token.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { isMethodName } from '../../shared/contract';
import { exportFileNameSchema } from '../../shared/bundles/types';
import { fail, ok, type Envelope } from '../../shared/errors';
import { MAX_STAGED_BYTES, stageStream, StagedTooLarge } from '../store/staged-files';
import { contentSecurityPolicy } from './security';

export interface PreviewServerOptions {
  staticDir: string;
  token: string;
  call: (method: string, input: unknown) => Promise<Envelope<unknown>>;
  maxBodyBytes?: number;
  /** The ledger's data directory: uploads are staged in it and exports served from it. */
  dataDir?: string;
  /** The largest upload (tests lower it). */
  maxUploadBytes?: number;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  // pdf.js's worker is an ES module; browsers refuse module scripts served with another type.
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export const TOKEN_HEADER = 'x-ledger-token';

export function newToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}

function tokenMatches(expected: string, given: string | string[] | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(text);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit, keep draining (so the client gets its 413) but store nothing.
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function createPreviewServer(options: PreviewServerOptions): http.Server {
  const staticRoot = path.resolve(options.staticDir);
  // Calls are small JSON: files travel through /upload and /files/ instead of base64 in a call.
  const maxBody = options.maxBodyBytes ?? 32 * 1024 * 1024;
  const maxUpload = options.maxUploadBytes ?? MAX_STAGED_BYTES;
  const server = http.createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      console.error('[preview] request failed', error);
      if (!res.headersSent) sendJson(res, 500, fail('internal', 'request failed'));
    });
  });

  const ownHosts = (): string[] => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    return [`127.0.0.1:${port}`, `localhost:${port}`];
  };

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const hosts = ownHosts();
    if (!req.headers.host || !hosts.includes(req.headers.host)) {
      sendJson(res, 421, fail('forbidden_sender', 'wrong Host header'));
      return;
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname.startsWith('/api/')) {
      await handleApi(req, res, decodeURIComponent(url.pathname.slice('/api/'.length)), hosts);
      return;
    }
    if (url.pathname === '/upload') {
      await handleUpload(req, res, hosts);
      return;
    }
    if (url.pathname.startsWith('/files/exports/')) {
      handleDownload(req, res, decodeURIComponent(url.pathname.slice('/files/exports/'.length)), hosts);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, fail('invalid_input', 'method not allowed'));
      return;
    }
    serveStatic(url.pathname, res);
  }

  /** The same sender checks as a call: our Origin (when sent) and this run's token. */
  function senderAllowed(req: http.IncomingMessage, res: http.ServerResponse, hosts: string[]): boolean {
    const origin = req.headers.origin;
    if (origin !== undefined && !hosts.map((h) => `http://${h}`).includes(origin)) {
      sendJson(res, 403, fail('forbidden_sender', 'cross-origin call refused'));
      return false;
    }
    if (!tokenMatches(options.token, req.headers[TOKEN_HEADER])) {
      sendJson(res, 401, fail('unauthorized', 'missing or wrong session token'));
      return false;
    }
    return true;
  }

  /** POST /upload: the body (a file's bytes) is streamed to a staged file; answers its upload id. */
  async function handleUpload(req: http.IncomingMessage, res: http.ServerResponse, hosts: string[]): Promise<void> {
    if (!senderAllowed(req, res, hosts)) return;
    if (req.method !== 'POST' || !(req.headers['content-type'] ?? '').startsWith('application/octet-stream') || !options.dataDir) {
      sendJson(res, 405, fail('invalid_input', 'POST application/octet-stream only'));
      return;
    }
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (declared > maxUpload) {
      sendJson(res, 413, fail('invalid_input', 'file too large'));
      req.resume();
      return;
    }
    try {
      sendJson(res, 200, ok(await stageStream(options.dataDir, req, maxUpload)));
    } catch (error) {
      if (error instanceof StagedTooLarge) sendJson(res, 413, fail('invalid_input', 'file too large'));
      else throw error;
    }
  }

  /** GET /files/exports/<name>: an export in the data folder's bundles/sent, streamed (fetched with the token header). */
  function handleDownload(req: http.IncomingMessage, res: http.ServerResponse, name: string, hosts: string[]): void {
    if (!senderAllowed(req, res, hosts)) return;
    const file = options.dataDir && exportFileNameSchema.safeParse(name).success ? path.join(options.dataDir, 'bundles', 'sent', name) : null;
    if (req.method !== 'GET' || !file || !fs.existsSync(file)) {
      sendJson(res, 404, fail('not_found', 'no such export'));
      return;
    }
    res.writeHead(200, {
      'content-type': 'application/zip',
      'content-length': String(fs.statSync(file).size),
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    fs.createReadStream(file).pipe(res);
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, method: string, hosts: string[]): Promise<void> {
    if (!senderAllowed(req, res, hosts)) return;
    if (req.method !== 'POST' || !(req.headers['content-type'] ?? '').startsWith('application/json')) {
      sendJson(res, 405, fail('invalid_input', 'POST application/json only'));
      return;
    }
    if (!isMethodName(method)) {
      sendJson(res, 404, fail('unknown_method', `unknown method: ${method.slice(0, 80)}`));
      return;
    }
    const text = await readBody(req, maxBody);
    if (text === null) {
      sendJson(res, 413, fail('invalid_input', 'request too large'));
      return;
    }
    let body: unknown;
    try {
      body = text === '' ? {} : JSON.parse(text);
    } catch {
      sendJson(res, 400, fail('invalid_input', 'body is not JSON'));
      return;
    }
    const input = typeof body === 'object' && body !== null && 'input' in body ? (body as { input: unknown }).input : undefined;
    sendJson(res, 200, await options.call(method, input));
  }

  function serveStatic(pathname: string, res: http.ServerResponse): void {
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    const file = path.resolve(staticRoot, relative);
    const inside = file === staticRoot || file.startsWith(staticRoot + path.sep);
    const target = inside && fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(staticRoot, 'index.html');
    const headers: Record<string, string> = {
      'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream',
      'content-security-policy': contentSecurityPolicy(),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': target.endsWith('index.html') ? 'no-store' : 'max-age=31536000, immutable',
    };
    res.writeHead(200, headers);
    fs.createReadStream(target).pipe(res);
  }

  return server;
}
