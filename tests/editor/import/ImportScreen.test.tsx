/** The import screen in jsdom: files in (offered, as the desktop menu does, or dropped), preview, one import. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoryloomDb, useDatabase } from '../../../renderer/db/database';
import { addProjectFromBundle, loadBundle } from '../../../renderer/db/repositories/bundles';
import { offerImportFiles } from '../../../renderer/import/importQueue';
import { ImportScreen } from '../../../renderer/import/ImportScreen';
import type { ProjectId } from '../../../shared/model';
import { sampleBundle } from '../../support/sample';
import { fixtureBytes, QUALCODER, randomBytes, TRANSCRIPTS } from '../../unit/import/support/fixtures';

beforeEach(() => useDatabase(new StoryloomDb(`import-${Math.random()}`)));
afterEach(cleanup);

async function openScreen(): Promise<ProjectId> {
  const projectId = await addProjectFromBundle(await sampleBundle(), 'test');
  render(<ImportScreen projectId={projectId} />);
  return projectId;
}

describe('the import screen', () => {
  it('reads a batch, shows each file\'s result, lets a speaker be renamed, and imports in one go', async () => {
    const projectId = await openScreen();
    offerImportFiles([
      { name: 'turnchunk_bracketed.txt', bytes: fixtureBytes(TRANSCRIPTS, 'turnchunk_bracketed.txt') },
      { name: 'noise.docx', bytes: randomBytes(3000) },
      { name: 'transcript.txt', bytes: fixtureBytes(QUALCODER, 'transcript.txt') },
    ]);
    const results = await screen.findByRole('table', { name: 'Files chosen, and what each became' });
    await waitFor(() => expect(within(results).getByRole('row', { name: /transcript\.txt/ }).textContent).toMatch(/Ready: focus group, 7 turns, 3 speakers/));
    expect(within(results).getByRole('row', { name: /noise\.docx/ }).textContent).toContain('noise.docx: not a Word document');
    expect(screen.getByText('Read 3 files')).toBeTruthy();

    expect((screen.getByRole('textbox', { name: 'Label of turnchunk bracketed' }) as HTMLInputElement).value).toBe('Int. 1');
    await waitFor(() => expect((screen.getByRole('textbox', { name: 'Label of transcript' }) as HTMLInputElement).value).toBe('FG 3'));
    fireEvent.change(screen.getByRole('textbox', { name: 'Label for Bob' }), { target: { value: 'Robert' } });
    const preview = screen.getByRole('region', { name: /Preview: turnchunk bracketed/ });
    await waitFor(() => expect([...preview.querySelectorAll('.speaker-name')].map((e) => e.textContent)).toEqual(['Alice', 'Robert', 'Robert']));

    fireEvent.click(screen.getByRole('button', { name: 'Import 2 sources' }));
    await screen.findByText(/Imported 2 sources \(Int\. 1, FG 3\) and 5 new participants/);
    const bundle = await loadBundle(projectId);
    expect(bundle.sources.map((s) => s.source.label)).toEqual(['FG 1', 'FG 2', 'Nar. 1', 'Nar. 2', 'Nar. 3', 'Nar. 4', 'Int. 1', 'FG 3']);
    expect(bundle.participants.map((p) => p.label)).toEqual(expect.arrayContaining(['Alice', 'Robert', 'id1', 'id2', 'id3']));
  });

  it('takes files dropped anywhere on the window', async () => {
    await openScreen();
    const file = new File([fixtureBytes(TRANSCRIPTS, 'turnchunk_otter.txt') as BlobPart], 'otter.txt');
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' };
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: dataTransfer });
    window.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
    const results = await screen.findByRole('table', { name: 'Files chosen, and what each became' });
    await waitFor(() => expect(within(results).getByRole('row', { name: /otter\.txt/ }).textContent).toMatch(/Ready/));
  });
});
