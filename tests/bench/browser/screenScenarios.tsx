/**
 * Page scenarios that mount the app's own screens (DashboardScreen, ReaderScreen) on the bench
 * page and time them until what the researcher needs is on screen and painted.
 */
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ProjectId, Source } from '../../../shared/model';
import { undo } from '../../../renderer/db/undo';
import { listCodingsOfSource } from '../../../renderer/db/repositories/projectData';
import { DashboardScreen } from '../../../renderer/screens/DashboardScreen';
import { ReaderScreen } from '../../../renderer/screens/ReaderScreen';
import { sample, type Outcome } from '../stats';
import type { ScenarioParams } from './api';
import { applyCode, codingTarget, prefixOf } from './projectScenarios';
import { connect, resident } from './session';

let root: Root | null = null;

function host(): HTMLElement {
  const element = document.getElementById('screen');
  if (!element) throw new Error('The bench page has no #screen.');
  return element;
}

function mount(node: ReactNode): void {
  unmount();
  root = createRoot(host());
  root.render(node);
}

function unmount(): void {
  root?.unmount();
  root = null;
  window.scrollTo(0, 0);
}

/** Resolves as soon as `isDone` holds, checked on every change under the screen. */
function waitFor(isDone: () => boolean, what: string, timeout = 120_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (isDone()) return resolve();
    const finish = (error?: Error) => {
      observer.disconnect();
      clearTimeout(timer);
      if (error) reject(error);
      else resolve();
    };
    const observer = new MutationObserver(() => { if (isDone()) finish(); });
    const timer = setTimeout(() => finish(new Error(`Timed out after ${timeout} ms waiting for ${what}.`)), timeout);
    observer.observe(host(), { subtree: true, childList: true, attributes: true });
  });
}

/** After the next frame is painted. */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const count = (selector: string) => host().querySelectorAll(selector).length;

async function dashboard({ key, runs }: ScenarioParams): Promise<Outcome> {
  const { projectId, dbName } = await resident(key);
  const samples = await sample(async () => {
    mount(<DashboardScreen projectId={projectId} />);
    await waitFor(() => count('.phase-progress li') === 6 && count('.figures .figure') > 0, 'the dashboard');
    await afterPaint();
  }, { runs, before: async () => { unmount(); await connect(dbName); }, after: unmount });
  return { 'cr.dashboard': { samples, note: 'a new database connection each run' } };
}

/** Mounts the reader on a source and resolves once its turns, marks and stripes are painted. */
async function openReader(projectId: ProjectId, source: Source, codings: number): Promise<void> {
  mount(<ReaderScreen projectId={projectId} sourceId={source.id} />);
  await waitFor(() => count('.reader .turn') >= source.turnCount
    && (codings === 0 || (count('.reader mark[data-codings]') > 0 && count('.reader .stripe-lane') > 0)), 'the reader');
  await afterPaint();
}

async function reader({ key, runs }: ScenarioParams): Promise<Outcome> {
  const { projectId, dbName, largest } = await resident(key);
  const codings = (await listCodingsOfSource(projectId, largest.id)).length;
  const samples = await sample(() => openReader(projectId, largest, codings), {
    runs, before: async () => { unmount(); await connect(dbName); }, after: unmount,
  });
  const note = `${largest.label}: ${largest.characters.toLocaleString('en-GB')} characters, ${largest.turnCount} turns, ${codings} codings; a new database connection each run`;
  return { [`${prefixOf(key)}reader`]: { samples, note } };
}

/** Applies a code with the reader open and waits until the reader shows the new mark. */
async function applyShown({ key, runs }: ScenarioParams): Promise<Outcome> {
  const { projectId, largest } = await resident(key);
  const target = await codingTarget(key);
  await openReader(projectId, largest, (await listCodingsOfSource(projectId, largest.id)).length);
  const samples: number[] = [];
  for (let run = -1; run < runs; run++) {
    const start = performance.now();
    const id = await applyCode(target, run + 200);
    const selector = `.reader mark[data-codings~="${id}"]`;
    await waitFor(() => count(selector) > 0, 'the new mark');
    await afterPaint();
    if (run >= 0) samples.push(performance.now() - start);
    await undo(projectId);
    await waitFor(() => count(selector) === 0, 'the undone mark to go');
  }
  unmount();
  return { [`${prefixOf(key)}applyShown`]: { samples } };
}

/** Jumps through the open reader in 40 steps; each run's sample is its longest frame. */
async function scroll({ key, runs }: ScenarioParams): Promise<Outcome> {
  const { projectId, largest } = await resident(key);
  await openReader(projectId, largest, (await listCodingsOfSource(projectId, largest.id)).length);
  const height = document.documentElement.scrollHeight - window.innerHeight;
  const samples: number[] = [];
  for (let run = -1; run < runs; run++) {
    window.scrollTo(0, 0);
    await afterPaint();
    let longest = 0;
    let last = await nextFrame();
    for (let step = 1; step <= 40; step++) {
      window.scrollTo(0, (height * step) / 40);
      const now = await nextFrame();
      longest = Math.max(longest, now - last);
      last = now;
    }
    if (run >= 0) samples.push(longest);
  }
  unmount();
  return { [`${prefixOf(key)}scroll`]: { samples, note: `page ${Math.round(height).toLocaleString('en-GB')} px tall` } };
}

export const SCREEN_SCENARIOS = { dashboard, reader, applyShown, scroll };
