/**
 * Typed, checked reads from untrusted JSON. Each getter either returns a value of the promised
 * type or throws a ContentError whose message names the path ("sources[2].kind") and what was
 * expected, so a damaged storyloom/project.json is reported precisely instead of half-loaded.
 */
import { ContentError } from './errors';
import { isXsdDate, normaliseGuid } from './values';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.slice(0, 40)}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** True for a string that parses as a date and time (ISO 8601 in practice). */
export function isDateTimeText(value: unknown): value is string {
  return typeof value === 'string' && /^-?\d{4,}-\d\d-\d\dT/.test(value) && !Number.isNaN(Date.parse(value));
}

export class JsonObject {
  private constructor(
    private readonly value: Record<string, unknown>,
    readonly path: string,
    private readonly part: string,
  ) {}

  /** Wraps a parsed JSON value, which must be an object. `part` names the file in messages. */
  static root(value: unknown, part: string): JsonObject {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new ContentError('bad-content', `${part} is damaged (it is not a JSON object).`);
    }
    return new JsonObject(value as Record<string, unknown>, '', part);
  }

  private at(key: string): string {
    return this.path === '' ? key : `${this.path}.${key}`;
  }

  /** Throws the error for `key`: what was expected there and what was found. */
  fail(expected: string, key: string): never {
    return this.failAt(this.at(key), expected, this.value[key]);
  }

  private failAt(path: string, expected: string, found: unknown): never {
    throw new ContentError('bad-content', `${this.part} is damaged (${path}: expected ${expected}, found ${describe(found)}).`);
  }

  raw(key: string): unknown {
    return this.value[key];
  }

  keys(): string[] {
    return Object.keys(this.value);
  }

  str(key: string): string {
    const value = this.value[key];
    return typeof value === 'string' ? value : this.fail('text', key);
  }

  nullableStr(key: string): string | null {
    return this.value[key] === null ? null : this.str(key);
  }

  /** An integer from `min` up. */
  int(key: string, min = 0): number {
    const value = this.value[key];
    return typeof value === 'number' && Number.isInteger(value) && value >= min ? value : this.fail(`a whole number from ${min}`, key);
  }

  /** Any finite number (orders may be fractional). */
  num(key: string): number {
    const value = this.value[key];
    return typeof value === 'number' && Number.isFinite(value) ? value : this.fail('a number', key);
  }

  bool(key: string): boolean {
    const value = this.value[key];
    return typeof value === 'boolean' ? value : this.fail('true or false', key);
  }

  oneOf<T extends string>(key: string, allowed: readonly T[]): T {
    const value = this.value[key];
    return (allowed as readonly unknown[]).includes(value) ? (value as T) : this.fail(`one of ${allowed.join(', ')}`, key);
  }

  /** A GUID, normalised to lower case without braces. */
  guid(key: string): string {
    const value = this.value[key];
    const guid = typeof value === 'string' ? normaliseGuid(value) : null;
    return guid ?? this.fail('a GUID', key);
  }

  nullableGuid(key: string): string | null {
    return this.value[key] === null ? null : this.guid(key);
  }

  /** A timestamp, kept exactly as written; it must at least parse as a date. */
  dateTime(key: string): string {
    const value = this.value[key];
    return isDateTimeText(value) ? value : this.fail('an ISO 8601 date and time', key);
  }

  nullableDate(key: string): string | null {
    const value = this.value[key];
    if (value === null) return null;
    return typeof value === 'string' && isXsdDate(value) ? value : this.fail('an ISO 8601 date or null', key);
  }

  strings(key: string): string[] {
    const value = this.value[key];
    if (!Array.isArray(value)) return this.fail('a list', key);
    return value.map((item: unknown, index) => (typeof item === 'string' ? item : this.failAt(`${this.at(key)}[${index}]`, 'text', item)));
  }

  obj(key: string): JsonObject {
    const value = this.value[key];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return this.fail('an object', key);
    return new JsonObject(value as Record<string, unknown>, this.at(key), this.part);
  }

  /** A list of objects, each read by `each`. */
  list<T>(key: string, each: (item: JsonObject, index: number) => T): T[] {
    const value = this.value[key];
    if (!Array.isArray(value)) return this.fail('a list', key);
    return value.map((item: unknown, index) => {
      const path = `${this.at(key)}[${index}]`;
      if (typeof item !== 'object' || item === null || Array.isArray(item)) return this.failAt(path, 'an object', item);
      return each(new JsonObject(item as Record<string, unknown>, path, this.part), index);
    });
  }
}
