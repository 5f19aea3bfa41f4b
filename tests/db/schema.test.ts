import { describe, expect, it } from 'vitest';
import { StoryloomDb } from '../../renderer/db/database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../renderer/db/schema';

describe('database schema', () => {
  it('matches the committed snapshot (change it only by adding a version)', async () => {
    const db = new StoryloomDb(`schema-${Math.random()}`);
    await db.open();
    const shape = db.tables.map((t) => ({
      table: t.name, primaryKey: t.schema.primKey.src, indexes: t.schema.indexes.map((i) => i.src).sort(),
    })).sort((a, b) => a.table.localeCompare(b.table));
    await expect(JSON.stringify({ version: db.verno, tables: shape }, null, 2)).toMatchFileSnapshot('./__snapshots__/schema.json');
    db.close();
  });

  it('declares versions 1..current in order, without gaps', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => i + 1));
  });
});
