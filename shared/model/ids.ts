/**
 * Branded ids: a CodeId cannot be passed where a SourceId is wanted.
 * Every id is a lower-case GUID string, so it doubles as the REFI-QDA guid
 * of the same object in a project file.
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type ProjectId = Brand<string, 'ProjectId'>;
export type CoderId = Brand<string, 'CoderId'>;
export type SourceId = Brand<string, 'SourceId'>;
export type ParticipantId = Brand<string, 'ParticipantId'>;
export type AttributeId = Brand<string, 'AttributeId'>;
export type CodeId = Brand<string, 'CodeId'>;
export type CodingId = Brand<string, 'CodingId'>;
export type MemoId = Brand<string, 'MemoId'>;
export type QuoteId = Brand<string, 'QuoteId'>;
export type ReviewId = Brand<string, 'ReviewId'>;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True for a canonical lower-case GUID (no braces). */
export function isGuid(value: string): boolean {
  return GUID.test(value);
}

/** A random version-4 GUID from the platform's crypto (present in browsers and Node 20). */
export function newGuid(): string {
  return globalThis.crypto.randomUUID();
}

/** Casts a GUID string to a branded id; use at trust boundaries after validation. */
export function asId<T extends Brand<string, string>>(value: string): T {
  return value as T;
}
