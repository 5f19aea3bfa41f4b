/**
 * `cli import FILE... --out PROJECT.qdpx [--kind ...] [--json]` (issue 3 item 9): the app's
 * import without the preview. Every file is read and checked before anything is written; one
 * that cannot be imported stops the command with `FILE: reason`, and the project file is then
 * left exactly as it was (the new file is written whole to a temporary file and renamed).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  contentHash, ImportError, parseFile, proposeKind, proposeLabels, suggestColumns, tableToDocuments,
  unattributedTurns, type ParsedDocument, type SpeakerCount,
} from '../../../shared/import';
import {
  looksLikeFacilitator, planAdditions, type DocumentPlan, type NewParticipantPlan, type SpeakerTarget,
} from '../../../shared/import/toProject';
import {
  asId, newGuid, SOURCE_KINDS, type CoderId, type HistoryEvent, type ProjectBundle, type ProjectId, type SourceKind,
} from '../../../shared/model';
import { writeQdpx } from '../../../shared/qdpx/writeQdpx';
import { parseArgs, UsageError } from '../args';
import { readProjectFile, writeFileWhole } from '../files';

export const IMPORT_USAGE = 'import FILE... --out PROJECT.qdpx [--kind focus-group|interview|narrative|document] [--json]';

interface Parsed {
  file: string;
  title: string;
  document: ParsedDocument;
  kind: SourceKind | null;
  respondent: NewParticipantPlan | null;
}

/** `FILE: reason`, with FILE as given on the command line. */
function failure(file: string, error: unknown): Error {
  const name = basename(file);
  const message = error instanceof Error ? error.message : String(error);
  const reason = message.startsWith(`${name}: `) ? message.slice(name.length + 2)
    : message.startsWith(`${name} `) ? `the file ${message.slice(name.length + 1)}` : message;
  return new Error(`${file}: ${reason}`);
}

/** One file's documents: the file itself, or one narrative per spreadsheet row (its writer a participant). */
async function readDocuments(file: string, kind: SourceKind | null): Promise<Parsed[]> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : 'cannot be read', { cause: error });
  }
  const parsed = await parseFile(bytes, file);
  const stem = basename(file).replace(/\.[A-Za-z0-9]{1,5}$/, '');
  if (parsed.kind === 'document') return [{ file, title: stem, document: parsed, kind, respondent: null }];
  const columns = suggestColumns(parsed, file);
  const { documents } = tableToDocuments(parsed, columns, file);
  if (documents.length === 0) throw new ImportError(file, 'empty', `${basename(file)}: no row has text in "${columns.textColumn}"`);
  return documents.map((row) => ({
    file, title: `${stem}: ${row.title}`, kind: kind ?? 'narrative',
    document: { ...row.document, turns: unattributedTurns(row.document.text), speakers: [] },
    respondent: { label: row.title, role: 'participant', attributes: row.attributes, origin: `${file} row ${row.row}` },
  }));
}

function newProject(out: string): ProjectBundle {
  const now = new Date().toISOString();
  const id = asId<ProjectId>(newGuid());
  const coderId = asId<CoderId>(newGuid());
  return {
    project: {
      id, name: basename(out).replace(/\.qdpx$/i, '') || 'Project', description: '', method: 'Thematic analysis (Braun & Clarke, 2006)',
      createdAt: now, updatedAt: now, levelNames: ['Theme', 'Subtheme', 'Code'], currentCoderId: coderId,
    },
    coders: [{ id: coderId, projectId: id, name: 'Researcher' }],
    sources: [], participants: [], attributes: [], codes: [], codings: [], memos: [], quotes: [], reviews: [], history: [],
  };
}

const findLabel = (bundle: ProjectBundle, label: string) => bundle.participants.find((p) => p.label.toLowerCase() === label.toLowerCase());

/** Speakers become participants by name: an existing participant of that label, else a new one shared by the batch. */
function speakerTargets(speakers: readonly SpeakerCount[], bundle: ProjectBundle, created: Map<string, NewParticipantPlan>): Record<string, SpeakerTarget> {
  return Object.fromEntries(speakers.map(({ name }): [string, SpeakerTarget] => {
    const existing = findLabel(bundle, name);
    if (existing) return [name, { participantId: existing.id }];
    if (!created.has(name.toLowerCase())) created.set(name.toLowerCase(), { label: name, role: looksLikeFacilitator(name) ? 'facilitator' : 'participant', attributes: {} });
    return [name, { newParticipant: name }];
  }));
}

/** A spreadsheet row's writer: the participant of that label, or a new one with the row's attributes. */
function authorOf(respondent: NewParticipantPlan | null, bundle: ProjectBundle, created: Map<string, NewParticipantPlan>): SpeakerTarget | undefined {
  if (!respondent) return undefined;
  const existing = findLabel(bundle, respondent.label);
  if (existing) return { participantId: existing.id };
  created.set(respondent.label.toLowerCase(), respondent);
  return { newParticipant: respondent.label };
}

export async function runImport(argv: string[]): Promise<string> {
  const { flags, positionals } = parseArgs(argv, { values: ['out', 'kind'], switches: ['json'] });
  const out = flags.get('out');
  const kindFlag = flags.get('kind');
  if (typeof out !== 'string') throw new UsageError('import needs --out PROJECT.qdpx.');
  if (positionals.length === 0) throw new UsageError('import needs at least one file.');
  if (kindFlag !== undefined && !SOURCE_KINDS.includes(kindFlag as SourceKind)) throw new UsageError(`--kind must be one of ${SOURCE_KINDS.join(', ')}.`);
  const kind = (kindFlag as SourceKind | undefined) ?? null;

  const isNew = !existsSync(out);
  const bundle = isNew ? newProject(out) : await readProjectFile(out);
  const parsed: Parsed[] = [];
  for (const file of positionals) {
    try {
      parsed.push(...await readDocuments(file, kind));
    } catch (error) {
      throw failure(file, error);
    }
  }
  const hashes = await Promise.all(parsed.map((p) => contentHash(p.document.text)));
  const known = new Map(bundle.sources.map((s) => [s.source.contentHash, s.source.label]));
  parsed.forEach((p, i) => {
    const earlier = known.get(hashes[i] ?? '');
    if (earlier) throw new Error(`${p.file}: the same text is already in the project (${earlier}); nothing was imported`);
    known.set(hashes[i] ?? '', basename(p.file));
  });

  const kinds = parsed.map((p) => p.kind ?? proposeKind(p.document));
  const labels = proposeLabels(kinds, bundle.sources.map((s) => s.source.label));
  const created = new Map<string, NewParticipantPlan>();
  const documents: DocumentPlan[] = parsed.map((p, i) => ({
    fileName: basename(p.file), title: p.title, label: labels[i] ?? '', kind: kinds[i] ?? 'document', date: null, text: p.document.text,
    contentHash: hashes[i] ?? '', turns: p.document.turns, speakers: speakerTargets(p.document.speakers, bundle, created),
    author: authorOf(p.respondent, bundle, created),
  }));
  const projectId = bundle.project.id;
  const added = planAdditions({ documents, participants: [...created.values()] }, { projectId, ...bundle, sources: bundle.sources.map((s) => s.source) });
  const now = new Date().toISOString();
  const event: HistoryEvent = {
    id: newGuid(), projectId, at: now, coderId: bundle.project.currentCoderId, action: 'sources:import',
    summary: `Imported ${added.sources.length} sources from the command line`, undo: null, redo: null, isUndone: false,
  };
  await writeFileWhole(out, await writeQdpx({
    ...bundle, project: { ...bundle.project, updatedAt: now }, sources: [...bundle.sources, ...added.sources],
    participants: [...bundle.participants, ...added.participants], attributes: [...bundle.attributes, ...added.attributes],
    history: [...bundle.history, event],
  }));

  const report = added.sources.map(({ source, text }, i) => ({
    file: parsed[i]?.file ?? '', label: source.label, kind: source.kind, characters: text.text.length, turns: text.turns.length,
    speakers: parsed[i]?.document.speakers.map((s) => ({ name: s.name, turns: s.turns })) ?? [],
  }));
  if (flags.has('json')) return JSON.stringify(report, null, 2);
  const lines = report.map((r) => `  ${r.label.padEnd(8)} ${r.file} (${r.kind}, ${r.turns} turns, ${r.speakers.length} speakers)`);
  return [`${isNew ? 'Created' : 'Added to'} ${out}: ${report.length} sources, ${added.participants.length} new participants.`, ...lines].join('\n');
}
