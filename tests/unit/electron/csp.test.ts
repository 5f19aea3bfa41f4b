import { createHash } from 'node:crypto';
import react from '@vitejs/plugin-react';
import { describe, expect, it, vi } from 'vitest';
import { REACT_REFRESH_PREAMBLE, buildContentSecurityPolicy, installContentSecurityPolicy } from '../../../electron/main/csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split('; ').map((part) => {
    const [name = '', ...sources] = part.split(' ');
    return [name, sources];
  }));
}

describe('buildContentSecurityPolicy', () => {
  it('locks the packaged app to its own files', () => {
    const policy = directives(buildContentSecurityPolicy({ isDevServer: false }));
    expect(Object.fromEntries(policy)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'frame-ancestors': ["'none'"],
      'form-action': ["'none'"],
    });
  });

  it('in dev allows the HMR websocket and only the React refresh preamble inline', () => {
    const policy = directives(buildContentSecurityPolicy({ isDevServer: true }));
    expect(policy.get('connect-src')).toEqual(["'self'", 'ws://localhost:*']);
    const hash = createHash('sha256').update(REACT_REFRESH_PREAMBLE).digest('base64');
    expect(policy.get('script-src')).toEqual(["'self'", `'sha256-${hash}'`]);
    expect(buildContentSecurityPolicy({ isDevServer: true })).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });

  it("hashes exactly the preamble @vitejs/plugin-react injects (base '/')", () => {
    expect(REACT_REFRESH_PREAMBLE).toBe(react.preambleCode.replace('__BASE__', '/'));
  });
});

describe('installContentSecurityPolicy', () => {
  it('replaces any policy the server sent, whatever its case, and keeps other headers', () => {
    const onHeadersReceived = vi.fn();
    installContentSecurityPolicy({ webRequest: { onHeadersReceived } } as never, "default-src 'self'");
    const listener = onHeadersReceived.mock.calls[0]?.[0] as (details: unknown, callback: (response: unknown) => void) => void;
    const callback = vi.fn();
    listener({ responseHeaders: { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': ["default-src 'self'"] },
    });
  });

  it('adds the policy to responses that had no headers', () => {
    const onHeadersReceived = vi.fn();
    installContentSecurityPolicy({ webRequest: { onHeadersReceived } } as never, "default-src 'self'");
    const listener = onHeadersReceived.mock.calls[0]?.[0] as (details: unknown, callback: (response: unknown) => void) => void;
    const callback = vi.fn();
    listener({}, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': ["default-src 'self'"] } });
  });
});
