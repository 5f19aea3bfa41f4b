import { createHash } from 'node:crypto';
import type { Session } from 'electron';

/**
 * The inline module script that @vitejs/plugin-react injects into index.html in dev mode (with
 * Vite's default base "/"). Without it every component module throws "can't detect preamble", so
 * the dev policy allows this one script by hash instead of allowing inline scripts at all.
 * tests/unit/electron/csp.test.ts checks it still matches the plugin's own text.
 */
export const REACT_REFRESH_PREAMBLE = `import { injectIntoGlobalHook } from "/@react-refresh";
injectIntoGlobalHook(window);
window.$RefreshReg$ = () => {};
window.$RefreshSig$ = () => (type) => type;`;

export interface PolicyOptions {
  /** True when the renderer comes from the Vite dev server (HMR needs a websocket). */
  isDevServer: boolean;
}

/** Builds the Content-Security-Policy header value for every response the app loads. */
export function buildContentSecurityPolicy({ isDevServer }: PolicyOptions): string {
  const scriptSrc = ["'self'"];
  const connectSrc = ["'self'"];
  if (isDevServer) {
    scriptSrc.push(`'sha256-${createHash('sha256').update(REACT_REFRESH_PREAMBLE).digest('base64')}'`);
    connectSrc.push('ws://localhost:*');
  }
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', scriptSrc],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'"]],
    ['connect-src', connectSrc],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/**
 * Sets the policy on every response, replacing any the server sent (header names are
 * case-insensitive, so a differently cased copy must not survive next to ours).
 */
export function installContentSecurityPolicy(session: Pick<Session, 'webRequest'>, policy: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [policy];
    callback({ responseHeaders: headers });
  });
}
