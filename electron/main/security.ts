/**
 * The security policy, in one module of pure functions (tested in test/unit/security.test.ts);
 * `install-security.ts` wires them into Electron. Modelled on Actual Budget's security.ts and
 * VS Code's validated IPC: deny by default, allow only what the app itself needs.
 */

/** The privileged scheme the packaged renderer is served from (see app-protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'ledger';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Content Security Policy for the renderer, in Electron and in the preview host alike.
 * No 'unsafe-eval', no remote origins. antd injects its CSS-in-JS as <style> elements, which
 * needs 'unsafe-inline' for styles only (scripts stay 'self').
 */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** BrowserWindow webPreferences: the renderer is a sandboxed web page with one preload bridge. */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  } as const;
}

/** The app never navigates: every page change happens inside the single-page renderer. */
export function isNavigationAllowed(_url: string): false {
  return false;
}

/** Only well-formed http(s) URLs may be handed to the OS browser; everything else is dropped. */
export function safeExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname || url.username || url.password) return null;
  return url.toString();
}

export interface WindowOpenDecision {
  action: 'deny';
  /** Set when the URL may be opened in the system browser instead. */
  openExternally: string | null;
}

/** `window.open` / target=_blank never creates an Electron window. */
export function decideWindowOpen(url: string): WindowOpenDecision {
  return { action: 'deny', openExternally: safeExternalUrl(url) };
}

/** Camera, microphone, geolocation, notifications, …: the ledger needs none. */
export function isPermissionGranted(_permission: string): false {
  return false;
}

/** What the IPC layer knows about the frame a message came from. */
export interface SenderFrameInfo {
  url: string;
  isMainFrame: boolean;
}

/**
 * An IPC message is served only when it comes from the main frame of our own renderer.
 * A null frame (navigated away or destroyed) is refused.
 */
export function isTrustedSender(frame: SenderFrameInfo | null, trustedOrigins: readonly string[] = [APP_ORIGIN]): boolean {
  if (!frame || !frame.isMainFrame) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  // WHATWG URL reports origin "null" for custom schemes, so compare scheme + host ourselves.
  const origin = `${url.protocol}//${url.host}`;
  return trustedOrigins.includes(origin);
}
