import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CodeTreeEditor } from '../../../renderer/codes/CodeTreeEditor';
import { db, StoryloomDb, useDatabase } from '../../../renderer/db/database';
import { addProjectFromBundle } from '../../../renderer/db/repositories/bundles';
import type { ProjectId } from '../../../shared/model';
import { sampleBundle } from '../../support/sample';

beforeEach(() => useDatabase(new StoryloomDb(`code-tree-${Math.random()}`)));
afterEach(cleanup);

async function renderEditor(): Promise<ProjectId> {
  const projectId = await addProjectFromBundle(await sampleBundle(), 'test');
  render(<CodeTreeEditor projectId={projectId} label="Code tree" />);
  await screen.findByRole('tree', { name: 'Code tree' });
  return projectId;
}

const item = (name: string) => screen.getByRole('treeitem', { name });
const tabbable = () => screen.getAllByRole('treeitem').filter((e) => e.tabIndex === 0);

describe('the code tree editor', () => {
  it('is an ARIA tree with one tabbable row, levels, and counts in each row\'s description', async () => {
    await renderEditor();
    expect(screen.getAllByRole('treeitem')).toHaveLength(36);
    expect(tabbable()).toHaveLength(1);
    const theme = item('Carer support');
    expect(theme).toHaveProperty('tabIndex', -1);
    expect(theme.getAttribute('aria-level')).toBe('1');
    expect(theme.getAttribute('aria-expanded')).toBe('true');
    expect(item('Being noticed and asked').getAttribute('aria-level')).toBe('2');
    await waitFor(() => expect(theme.querySelector('[data-count="participants"] .num')).not.toBeNull());
    const described = theme.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)!.textContent).join(', ');
    expect(described).toBe('Theme, candidate, 5 codings, 4 sources, 0 participants');
  });

  it('moves focus and selection with the arrow keys, and opens the details on Enter', async () => {
    await renderEditor();
    const first = tabbable()[0]!;
    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    const carers = screen.getAllByRole('treeitem', { name: 'Carers' })[0]!;
    await waitFor(() => expect(document.activeElement).toBe(carers));
    expect(carers.getAttribute('aria-selected')).toBe('true');
    expect(tabbable()).toEqual([carers]);
    expect((within(screen.getByRole('complementary')).getByLabelText('Name') as HTMLInputElement).value).toBe('Carers');

    fireEvent.keyDown(carers, { key: 'ArrowLeft' });
    await waitFor(() => expect(carers.getAttribute('aria-expanded')).toBe('false'));
    expect(screen.queryByRole('treeitem', { name: 'Information sharing' })).toBeNull();
    fireEvent.keyDown(carers, { key: 'ArrowRight' });
    await waitFor(() => expect(carers.getAttribute('aria-expanded')).toBe('true'));

    fireEvent.keyDown(carers, { key: 'End' });
    await waitFor(() => expect(document.activeElement).toBe(item('Dignity and being treated as a person')));
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    await waitFor(() => expect(document.activeElement).toBe(within(screen.getByRole('complementary')).getByLabelText('Name')));
  });

  it('Alt+Right indents a code under its previous sibling and keeps focus on it', async () => {
    const projectId = await renderEditor();
    const loose = item('Practical support and breaks');
    act(() => loose.focus());
    fireEvent.keyDown(loose, { key: 'ArrowRight', altKey: true });
    await waitFor(() => expect(item('Practical support and breaks').getAttribute('aria-level')).toBe('3'));
    const stored = await db().codes.where('projectId').equals(projectId).toArray();
    const moved = stored.find((c) => c.name === 'Practical support and breaks')!;
    expect(stored.find((c) => c.id === moved.parentId)!.name).toBe('Being noticed and asked');
    expect(document.activeElement).toBe(item('Practical support and breaks'));
    expect(screen.getByText('Moved "Practical support and breaks" under "Being noticed and asked".')).toBeTruthy();
  });

  it('filters by alias, showing the match under its ancestors', async () => {
    await renderEditor();
    fireEvent.change(screen.getByLabelText('Filter codes'), { target: { value: 'Organisation barriers: Culture' } });
    await waitFor(() => expect(screen.getAllByRole('treeitem')).toHaveLength(3));
    expect(screen.getAllByRole('treeitem').map((e) => e.getAttribute('aria-level'))).toEqual(['1', '2', '3']);
    expect(screen.getByText('1 of 36 codes match')).toBeTruthy();
  });
});
