import { render, screen, waitFor, cleanup } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoryloomDb, useDatabase } from '../../renderer/db/database';
import { addProjectFromBundle } from '../../renderer/db/repositories/bundles';
import { ReaderScreen } from '../../renderer/screens/ReaderScreen';
import type { ProjectBundle } from '../../shared/model';
import { sampleBundle } from '../support/sample';

const LABEL = 'Facilitator: ';
const HOSTILE = 'Facilitator: <script>window.__pwned = true</script><img src="x" onerror="window.__pwned = true"> and that was that.';

beforeEach(() => useDatabase(new StoryloomDb(`reader-${Math.random()}`)));
afterEach(cleanup);

async function projectWithText(text: string): Promise<{ bundle: ProjectBundle; projectId: string }> {
  const bundle = await sampleBundle();
  const first = bundle.sources[0]!;
  const speech = text.slice(LABEL.length);
  first.text = { ...first.text, text, turns: [{ ...first.text.turns[0]!, start: LABEL.length, end: text.length }] };
  first.source = { ...first.source, characters: text.length, turnCount: 1 };
  bundle.codings = bundle.codings.filter((c) => c.sourceId !== first.source.id);
  expect(speech.startsWith('<script>')).toBe(true);
  return { bundle, projectId: await addProjectFromBundle(bundle, 'test') };
}

describe('the reader', () => {
  it('shows markup inside a transcript as text: no script or image element is created', async () => {
    const { bundle, projectId } = await projectWithText(HOSTILE);
    const { container } = render(<ReaderScreen projectId={projectId as never} sourceId={bundle.sources[0]!.source.id} />);
    await waitFor(() => expect(container.querySelector('.speech')).not.toBeNull());
    expect(container.querySelectorAll('.turn')).toHaveLength(1);
    expect(container.querySelector('.speech')!.textContent).toBe(HOSTILE.slice(LABEL.length));
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect((window as unknown as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('shows each turn with its speaker label and the facilitator apart', async () => {
    const bundle = await sampleBundle();
    const projectId = await addProjectFromBundle(bundle, 'test');
    const fg1 = bundle.sources[0]!;
    const { container } = render(<ReaderScreen projectId={projectId} sourceId={fg1.source.id} />);
    await waitFor(() => expect(container.querySelectorAll('.turn')).toHaveLength(fg1.text.turns.length));
    const labels = [...container.querySelectorAll('.speaker-name')].map((e) => e.textContent);
    expect(labels[0]).toBe('Facilitator');
    expect(new Set(labels)).toEqual(new Set(['Facilitator', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6']));
    expect(container.querySelectorAll('.turn.facilitator').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Mark as read' })).toBeTruthy();
  });
});
