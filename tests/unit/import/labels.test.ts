/** Proposed source kinds and short labels for the import preview. */
import { describe, expect, it } from 'vitest';
import { labelNumber, proposeKind, proposeLabel, proposeLabels } from '../../../shared/import';

const speakers = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `P${i + 1}`, turns: 2 }));

describe('proposeKind', () => {
  it('goes by the number of speakers, then by length and prose', () => {
    expect(proposeKind({ text: 'x', speakers: speakers(3) })).toBe('focus-group');
    expect(proposeKind({ text: 'x', speakers: speakers(7) })).toBe('focus-group');
    expect(proposeKind({ text: 'x', speakers: speakers(2) })).toBe('interview');
    expect(proposeKind({ text: 'I never planned to be a carer. Then Mum fell.', speakers: [] })).toBe('narrative');
    expect(proposeKind({ text: 'I never planned to be a carer. '.repeat(1000), speakers: [] })).toBe('document');
    expect(proposeKind({ text: 'code1\ncat1>>code2', speakers: [] })).toBe('document');
    expect(proposeKind({ text: 'Monologue.', speakers: speakers(1) })).toBe('document');
  });
});

describe('proposeLabel', () => {
  it('numbers on from the highest label of the kind in use', () => {
    const existing = ['FG 1', 'FG 3', 'Nar. 11', 'nar 2', 'Int. 1', 'Custom label'];
    expect(proposeLabel('focus-group', existing)).toBe('FG 4');
    expect(proposeLabel('narrative', existing)).toBe('Nar. 12');
    expect(proposeLabel('interview', existing)).toBe('Int. 2');
    expect(proposeLabel('document', existing)).toBe('Doc 1');
    expect(proposeLabel('document', ['Doc 3'])).toBe('Doc 4');
  });

  it('reads labels written loosely', () => {
    expect(labelNumber('focus-group', 'fg2')).toBe(2);
    expect(labelNumber('focus-group', ' FG 03 ')).toBe(3);
    expect(labelNumber('narrative', 'Nar.6')).toBe(6);
    expect(labelNumber('interview', 'Int 4')).toBe(4);
    expect(labelNumber('focus-group', 'FG 1a')).toBeNull();
    expect(labelNumber('document', 'Docs 1')).toBeNull();
  });

  it('numbers a batch on from the project and from itself', () => {
    expect(proposeLabels(['focus-group', 'narrative', 'focus-group'], ['FG 2'])).toEqual(['FG 3', 'Nar. 1', 'FG 4']);
  });
});
