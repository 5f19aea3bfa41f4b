import type Dexie from 'dexie';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';

/** Every schema version in order. Additive only: a new version is a new file and a new line. */
export const SCHEMA_VERSIONS: ReadonlyArray<{ version: number; stores: Record<string, string> }> = [
  { version: 1, stores: v1 },
  { version: 2, stores: v2 },
  { version: 3, stores: v3 },
];

export const CURRENT_SCHEMA_VERSION = 3;

/** Declares versions 1..upTo on a Dexie instance (tests open older versions with a lower upTo). */
export function declareSchema(db: Dexie, upTo: number = CURRENT_SCHEMA_VERSION): void {
  for (const { version, stores } of SCHEMA_VERSIONS) {
    if (version <= upTo) db.version(version).stores(stores);
  }
}
