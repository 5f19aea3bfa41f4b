/** Reading the shared fixtures (../shared/fixtures from the project root) as bytes and text. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const TRANSCRIPTS = path.resolve(__dirname, '../../../../../shared/fixtures/transcripts');
export const QUALCODER = path.resolve(__dirname, '../../../../../shared/fixtures/qualcoder-examples');

export function fixtureBytes(folder: string, name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(folder, name)));
}

export function fixtureText(folder: string, name: string): string {
  return readFileSync(path.join(folder, name), 'utf8');
}

/** Bytes from a list of byte values and strings (strings as UTF-8). */
export function bytesOf(...parts: Array<number | string>): Uint8Array {
  const encoder = new TextEncoder();
  return Uint8Array.from(parts.flatMap((part) => (typeof part === 'number' ? [part] : [...encoder.encode(part)])));
}

/** Deterministic pseudo-random bytes (a 32-bit LCG), so "random bytes" tests never flake. */
export function randomBytes(length: number, seed = 12345): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}
