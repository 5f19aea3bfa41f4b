import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, StoryloomDb, useDatabase } from '../../../renderer/db/database';
import { addProjectFromBundle } from '../../../renderer/db/repositories/bundles';
import { listSources } from '../../../renderer/db/repositories/sources';
import { loadTexts, sourcesInScope, toSearchSources } from '../../../renderer/search/corpus';
import { runJob } from '../../../renderer/search/jobs';
import { searchOffThread } from '../../../renderer/search/offThread';
import { forgetAll } from '../../../renderer/search/screenMemory';
import { SearchScreen } from '../../../renderer/search/SearchScreen';
import type { ProjectId } from '../../../shared/model';
import { SearchError, type SearchQuery } from '../../../shared/search/search';
import { sampleBundle } from '../../support/sample';

const phrase = (text: string): SearchQuery => ({ text, mode: 'phrase', isWholeWord: false, isCaseSensitive: false });
let projectId: ProjectId;

beforeEach(async () => {
  useDatabase(new StoryloomDb(`search-${Math.random()}`));
  forgetAll();
  projectId = await addProjectFromBundle(await sampleBundle(), 'test');
});
afterEach(cleanup);

describe('the corpus of a search', () => {
  it('loads the chosen texts in project order and names speakers by their participant label', async () => {
    const sources = await listSources(projectId);
    const chosen = sourcesInScope(sources, { isAll: false, chosen: [sources[3]!.id, sources[0]!.id] });
    expect(chosen.map((s) => s.label)).toEqual(['FG 1', 'Nar. 2']);
    const bundle = await sampleBundle();
    const corpus = toSearchSources(await loadTexts(projectId, sources), bundle.participants);
    const outcome = runJob({ kind: 'search', sources: corpus, query: phrase('nobody asked'), options: {} });
    if (outcome.kind !== 'search') throw new Error(`expected hits, got ${outcome.kind}`);
    expect(outcome.result.hits.map((h) => [h.label, h.speaker, h.match])).toEqual([
      ['FG 1', 'P2', 'Nobody asked'], ['Nar. 1', null, 'nobody asked'], ['Nar. 4', null, 'nobody asked'],
    ]);
  });

  it('reports a bad regular expression as a SearchError, with or without a worker', async () => {
    const outcome = runJob({ kind: 'search', sources: [], query: { ...phrase('(oops'), mode: 'regex' }, options: {} });
    expect(outcome).toMatchObject({ kind: 'error', isSearchError: true, message: expect.stringMatching(/^Not a valid regular expression/) });
    await expect(searchOffThread({ kind: 'search', sources: [], query: { ...phrase('[a-'), mode: 'regex' }, options: {} }))
      .rejects.toBeInstanceOf(SearchError);
  });
});

describe('the Search screen', () => {
  it('loads no text on opening, then searches on Enter and shows hits by source with reader links', async () => {
    let textsRead = 0;
    db().sourceTexts.hook('reading', (text) => { textsRead += 1; return text; });
    const { container } = render(<SearchScreen projectId={projectId} />);
    const box = await screen.findByRole('searchbox', { name: 'Search for' });
    expect(textsRead).toBe(0);
    expect(screen.getByRole('tab', { name: 'Search' })).toHaveProperty('ariaSelected', 'true');
    fireEvent.click(screen.getByRole('radio', { name: 'Exact phrase' }));
    fireEvent.change(box, { target: { value: 'nobody asked' } });
    fireEvent.submit(box.closest('form')!);
    await waitFor(() => expect(container.querySelector('.search-summary')?.textContent).toBe('3 hits in 3 sources for “nobody asked”.'));
    const fg1 = screen.getByRole('region', { name: /^FG 1 Focus group 1/ });
    const link = within(fg1).getByRole('link');
    expect(link.textContent).toContain('Nobody asked');
    expect(link.getAttribute('href')).toMatch(new RegExp(`^#/project/${projectId}/sources/[^/]+/\\d+-\\d+$`));
    expect(within(fg1).getByText('P2')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Code all 3 hits…' })).toBeTruthy();
    expect(textsRead).toBe(6); // each of the six texts, once
  });

  it('shows a bad regular expression in an alert and marks the box invalid', async () => {
    render(<SearchScreen projectId={projectId} />);
    const box = await screen.findByRole('searchbox', { name: 'Search for' });
    fireEvent.click(screen.getByRole('radio', { name: 'Regular expression' }));
    fireEvent.change(box, { target: { value: 'carers(' } });
    fireEvent.submit(box.closest('form')!);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^Not a valid regular expression: .*unterminated group/i));
    expect(box.getAttribute('aria-invalid')).toBe('true');
  });

  it('asks for words before searching, and for a source when none is ticked', async () => {
    render(<SearchScreen projectId={projectId} />);
    const box = await screen.findByRole('searchbox', { name: 'Search for' });
    fireEvent.submit(box.closest('form')!);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Type a word, phrase or pattern to search for.'));
    fireEvent.change(box, { target: { value: 'carer' } });
    fireEvent.click(within(box.closest('form')!).getByRole('radio', { name: /^Only the sources I tick/ }));
    fireEvent.submit(box.closest('form')!);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Tick at least one source to search.'));
  });
});
