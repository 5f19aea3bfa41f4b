/**
 * Coders (issue 7, item 3): who is coding now, adding a coder, and blind coding. The coder and
 * project rows are not undoable (history records the change, as renaming a project does); blind
 * coding is a per-project setting of this browser, also recorded in history for the audit trail.
 */
import {
  asId, newGuid, type Coder, type CoderId, type Coding, type Code, type ProjectId, type SourceWithText,
} from '../../../shared/model';
import { db } from '../database';
import { recordEvent } from './history';
import { getSetting } from './settings';

export const MAX_CODER_NAME = 60;

/** Trims and checks a coder's name against the project's others; throws a message for the user. */
export function validateCoderName(raw: string, others: readonly Coder[]): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name.length === 0) throw new Error('A coder needs a name.');
  if (name.length > MAX_CODER_NAME) throw new Error(`A coder's name can be at most ${MAX_CODER_NAME} characters.`);
  if (name.includes(',')) throw new Error('A coder\'s name cannot contain a comma (the command line separates coders with commas).');
  const clash = others.find((c) => c.name.toLocaleLowerCase('en-GB') === name.toLocaleLowerCase('en-GB'));
  if (clash) throw new Error(`There is already a coder called "${clash.name}".`);
  return name;
}

/** Adds a coder and makes them the current coder. */
export async function createCoder(projectId: ProjectId, rawName: string): Promise<Coder> {
  const store = db();
  return store.transaction('rw', [store.projects, store.coders, store.history], async () => {
    const project = await store.projects.get(projectId);
    if (!project) throw new Error('That project no longer exists.');
    const others = await store.coders.where('projectId').equals(projectId).toArray();
    const coder: Coder = { id: asId<CoderId>(newGuid()), projectId, name: validateCoderName(rawName, others) };
    await store.coders.add(coder);
    await store.projects.update(projectId, { currentCoderId: coder.id, updatedAt: new Date().toISOString() });
    await recordEvent(projectId, coder.id, 'coder:create', `Added coder "${coder.name}", now coding`);
    return coder;
  });
}

/** Makes an existing coder the current one: their new codings and memos carry their name. */
export async function setCurrentCoder(projectId: ProjectId, coderId: CoderId): Promise<void> {
  const store = db();
  await store.transaction('rw', [store.projects, store.coders, store.history], async () => {
    const project = await store.projects.get(projectId);
    if (!project) throw new Error('That project no longer exists.');
    if (project.currentCoderId === coderId) return;
    const coder = await store.coders.get([projectId, coderId]);
    if (!coder) throw new Error('That coder is no longer in the project.');
    const before = await store.coders.get([projectId, project.currentCoderId]);
    await store.projects.update(projectId, { currentCoderId: coderId, updatedAt: new Date().toISOString() });
    await recordEvent(projectId, coderId, 'coder:switch', `Changed the coder from "${before?.name ?? 'unknown'}" to "${coder.name}"`);
  });
}

const blindKey = (projectId: ProjectId) => `blindCoding:${projectId}`;

/** True when the reader shows only the current coder's codings. */
export async function isBlindCoding(projectId: ProjectId): Promise<boolean> {
  return (await getSetting<boolean>(blindKey(projectId))) === true;
}

export async function setBlindCoding(projectId: ProjectId, isOn: boolean): Promise<void> {
  const store = db();
  await store.transaction('rw', [store.projects, store.settings, store.history], async () => {
    const project = await store.projects.get(projectId);
    if (!project) throw new Error('That project no longer exists.');
    if (((await store.settings.get(blindKey(projectId)))?.value === true) === isOn) return;
    await store.settings.put({ key: blindKey(projectId), value: isOn });
    await recordEvent(projectId, project.currentCoderId, isOn ? 'coder:blind-on' : 'coder:blind-off',
      isOn ? 'Turned blind coding on: the reader shows only the current coder\'s codings' : 'Turned blind coding off: the reader shows every coder\'s codings');
  });
}

/** What the agreement screen compares: codes, codings, and each source's text and turns. */
export interface AgreementData {
  coders: Coder[];
  codes: Code[];
  codings: Coding[];
  sources: SourceWithText[];
}

export async function loadAgreementData(projectId: ProjectId): Promise<AgreementData> {
  const store = db();
  return store.transaction('r', [store.coders, store.codes, store.codings, store.sources, store.sourceTexts], async () => {
    const [coders, codes, codings, sources, texts] = await Promise.all([
      store.coders.where('projectId').equals(projectId).toArray(),
      store.codes.where('projectId').equals(projectId).toArray(),
      store.codings.where('projectId').equals(projectId).toArray(),
      store.sources.where('projectId').equals(projectId).sortBy('order'),
      store.sourceTexts.where('projectId').equals(projectId).toArray(),
    ]);
    const textOf = new Map(texts.map((t) => [t.sourceId as string, t]));
    return {
      coders, codes, codings,
      sources: sources.flatMap((source) => {
        const text = textOf.get(source.id);
        return text ? [{ source, text }] : [];
      }),
    };
  });
}
