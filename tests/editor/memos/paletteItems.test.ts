import { describe, expect, it } from 'vitest';
import { buildPaletteItems, createPaletteSearch, MAX_RESULTS, screenItems } from '../../../renderer/palette/paletteItems';
import { anchorText } from '../../../renderer/memos/memoLabels';
import { sampleBundle } from '../../support/sample';

async function sampleSearch() {
  const bundle = await sampleBundle();
  const names = {
    source: (id: string) => bundle.sources.find((s) => s.source.id === id)?.source.label,
    code: (id: string) => bundle.codes.find((c) => c.id === id)?.name,
    participant: (id: string) => bundle.participants.find((p) => p.id === id)?.label,
    coding: () => undefined,
  };
  const items = buildPaletteItems({
    sources: bundle.sources.map((s) => s.source), codes: bundle.codes, participants: bundle.participants, memos: bundle.memos,
    describeAnchor: (m) => anchorText(m.anchor, names),
  });
  return { bundle, items, search: createPaletteSearch(items) };
}

describe('the command palette search', () => {
  it('offers the overview, the six phases and the data screens', () => {
    expect(screenItems().map((i) => i.title)).toEqual([
      'Overview', 'Familiarise', 'Code', 'Themes', 'Review', 'Define', 'Report', 'Sources', 'Participants', 'Search', 'Memos', 'History',
    ]);
  });

  it('finds a source by label, a code by name with its path, a participant by attribute, a memo by its text', async () => {
    const { search } = await sampleSearch();
    expect(search('Nar. 1')[0]).toMatchObject({ title: 'Complaint letter: hospital discharge', target: { type: 'source' } });
    expect(search('Information sharing')[0]).toMatchObject({
      title: 'Information sharing', detail: 'Toughest challenges for integrating carer support services › Carers', target: { type: 'code' },
    });
    expect(search('Dementia training')[0]).toMatchObject({ target: { type: 'participant' } });
    expect(search('laughter')[0]).toMatchObject({ title: 'First read of FG 1', detail: 'Familiarisation note on source FG 1' });
  });

  it('lists screens and sources first when nothing is typed, and never more than the limit', async () => {
    const { search, bundle } = await sampleSearch();
    const first = search('');
    expect(first.slice(0, 12).every((i) => i.target.type === 'view')).toBe(true);
    expect(first.slice(12, 12 + bundle.sources.length).every((i) => i.target.type === 'source')).toBe(true);
    expect(search('e').length).toBeLessThanOrEqual(MAX_RESULTS);
  });
});
