/** Duplicate detection by content hash, against the project and within a batch. */
import { describe, expect, it } from 'vitest';
import { contentHash, findDuplicates } from '../../../shared/import';
import { sha256Hex } from '../../../shared/util/hash';

describe('contentHash', () => {
  it('is the SHA-256 of the canonical text, as a Source stores it', async () => {
    expect(await contentHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await contentHash('P1: hello')).toBe(await sha256Hex('P1: hello'));
  });
});

describe('findDuplicates', () => {
  it('flags content already in the project and repeats within the batch, whatever the names', async () => {
    const existing = new Map([[await contentHash('FG one text'), 'FG 1']]);
    const checks = await findDuplicates([
      { key: 'fg1-copy.docx', text: 'FG one text' },
      { key: 'fg2.docx', text: 'FG two text' },
      { key: 'fg2 (1).docx', text: 'FG two text' },
      { key: 'fg3.docx', text: 'FG two text\n' },
    ], existing);
    expect(checks.map((c) => [c.key, c.duplicateOf])).toEqual([
      ['fg1-copy.docx', { in: 'project', existing: 'FG 1' }],
      ['fg2.docx', null],
      ['fg2 (1).docx', { in: 'batch', key: 'fg2.docx' }],
      ['fg3.docx', null],
    ]);
    expect(checks[1]?.hash).toBe(await contentHash('FG two text'));
  });

  it('handles an empty batch', async () => {
    expect(await findDuplicates([], new Map())).toEqual([]);
  });
});
