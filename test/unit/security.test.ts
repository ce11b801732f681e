import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  contentSecurityPolicy,
  decideWindowOpen,
  isNavigationAllowed,
  isPermissionGranted,
  isTrustedSender,
  safeExternalUrl,
  secureWebPreferences,
} from '../../electron/main/security';

describe('security policy', () => {
  it('isolates and sandboxes the renderer', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it('sets a strict CSP without unsafe-eval or remote sources', () => {
    const csp = contentSecurityPolicy();
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-src']).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(csp).not.toMatch(/https?:|\*/);
  });

  it('denies every navigation and redirect', () => {
    for (const url of ['https://example.com', `${APP_ORIGIN}/index.html`, 'file:///etc/passwd', 'javascript:alert(1)'])
      expect(isNavigationAllowed(url)).toBe(false);
  });

  it('opens only parsed http(s) URLs externally', () => {
    expect(safeExternalUrl('https://www.cnipa.gov.cn/')).toBe('https://www.cnipa.gov.cn/');
    expect(safeExternalUrl('http://example.com/a?b=1')).toBe('http://example.com/a?b=1');
    for (const bad of [
      'javascript:alert(1)',
      'file:///C:/Windows/system32/calc.exe',
      'data:text/html,hi',
      'smb://server/share',
      'ms-msdt:/id',
      'https://user:pw@example.com',
      'not a url',
      '',
      42,
      null,
      `https://e.com/${'a'.repeat(3000)}`,
    ]) {
      expect(safeExternalUrl(bad), String(bad)).toBeNull();
    }
  });

  it('never opens a new Electron window', () => {
    expect(decideWindowOpen('https://example.com')).toEqual({ action: 'deny', openExternally: 'https://example.com/' });
    expect(decideWindowOpen('file:///etc/passwd')).toEqual({ action: 'deny', openExternally: null });
  });

  it('denies every permission request', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) expect(isPermissionGranted(p)).toBe(false);
  });

  it('trusts only the main frame of our own origin', () => {
    expect(isTrustedSender({ url: `${APP_ORIGIN}/index.html`, isMainFrame: true })).toBe(true);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender({ url: `${APP_ORIGIN}/index.html`, isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/index.html', isMainFrame: true })).toBe(false);
    expect(isTrustedSender({ url: 'app://ledger.evil/index.html', isMainFrame: true })).toBe(false);
    expect(isTrustedSender({ url: 'file:///app/index.html', isMainFrame: true })).toBe(false);
    expect(isTrustedSender({ url: 'garbage', isMainFrame: true })).toBe(false);
  });
});
