/**
 * What the findings-command tests share: a small project coded like the real study (DOMAIN.md
 * "The study"), built by hand, and readers for the Word and zip files the commands write.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { cli } from '../../support/cli';
import {
  asId, type Attribute, type Brand, type Code, type CodeId, type Coder, type CoderId, type Coding, type CodingId, type Participant, type ParticipantId, type ProjectBundle, type ProjectId, type SourceId, type SourceKind, type SourceWithText, type Turn,
} from '../../../shared/model';
import { writeQdpx } from '../../../shared/qdpx/writeQdpx';
import { seededGuid } from '../../../shared/util/hash';

export const tempDir = () => mkdtempSync(join(tmpdir(), 'cli-findings-'));



/** The text of a Word XML fragment as Word shows it, entities decoded. */
export function wordText(xml: string): string {
  return (xml.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Paragraphs of word/document.xml: style and text. */
export function wordParagraphs(xml: string): { style: string | null; text: string }[] {
  return (xml.match(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g) ?? []).map((p) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1] ?? null,
    text: wordText(p),
  }));
}

export async function zipPart(file: string, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const part = zip.file(path);
  if (!part) throw new Error(`${file} has no ${path}`);
  return part.async('string');
}

// -------------------------------------------------------------------------------------------
// A small project coded like the real study: three focus-group themes split by perspective,
// four narrative themes with subthemes directly beneath. Codes are listed out of tree order
// (their `order` decides); an NHS commissioner's words sit under a Carers subtheme.

export const id = <T extends Brand<string, string>>(...parts: string[]): T => asId<T>(seededGuid(['findings-cli', ...parts].join('/')));
export const AT = '2026-02-01T09:00:00.000Z';
export const projectId = id<ProjectId>('project');

export const FG_TEXT = [
  'Facilitator: What has been hardest?',
  'Jan: I had to tell my story again to every new social worker.',
  'Dev: As commissioner I hear carers say nobody asked what their mum likes.',
  'Dev: Our panels take three weeks to sign anything off.',
  'Jan: The named contact changed everything for me.',
].join('\n');
export const NARRATIVE_TEXT = 'Nobody told me he was being discharged. I was exhausted by then.';

export function span(text: string, phrase: string): [number, number] {
  const at = text.indexOf(phrase);
  if (at < 0 || text.indexOf(phrase, at + 1) >= 0) throw new Error(`"${phrase}" is not in the text exactly once.`);
  return [at, at + phrase.length];
}

export function handBundle(): ProjectBundle {
  const coder: Coder = { id: id<CoderId>('coder'), projectId, name: 'Hand Coder' };
  const group: Attribute = { id: id('attribute', 'group'), projectId, name: 'Group', type: 'category', categories: ['Carer', 'HSC professional'], order: 0 };
  const person = (label: string, role: Participant['role'], value: string | null, order: number): Participant => ({
    id: id<ParticipantId>('participant', label), projectId, label, role, attributes: { [group.id]: value }, isWithdrawn: false, order,
  });
  const participants = [person('Facilitator', 'facilitator', null, 0), person('Jan', 'participant', 'Carer', 1), person('Dev', 'participant', 'HSC professional', 2)];
  const who = new Map(participants.map((p) => [p.label, p.id]));
  let at = 0;
  const fgTurns: Turn[] = FG_TEXT.split('\n').map((line) => {
    const speaker = line.slice(0, line.indexOf(':'));
    const turn = { start: at + speaker.length + 2, end: at + line.length, speaker, participantId: who.get(speaker) ?? null, timestamp: null };
    at += line.length + 1;
    return turn;
  });
  const source = (key: string, title: string, label: string, kind: SourceKind, text: string, turns: Turn[], order: number): SourceWithText => {
    const sourceId = id<SourceId>('source', key);
    return {
      source: {
        id: sourceId, projectId, title, label, kind, date: '2015-11-11', facilitator: kind === 'focus-group' ? 'Facilitator' : '',
        originalFileName: `${key}.txt`, contentHash: createHash('sha256').update(text, 'utf8').digest('hex'), characters: text.length,
        turnCount: turns.length, order, isRead: true, readingPosition: 0, createdAt: AT,
      },
      text: { sourceId, projectId, text, turns },
    };
  };
  const fg = source('fg1', 'Focus group 1', 'FG 1', 'focus-group', FG_TEXT, fgTurns, 0);
  const nar = source('nar1', 'Complaint letter', 'Nar. 1', 'narrative', NARRATIVE_TEXT, [], 1);

  const codes: Code[] = [];
  const code = (name: string, parent: Code | null, order: number): Code => {
    const made: Code = {
      id: id<CodeId>('code', ...(parent ? [parent.id] : []), name), projectId, parentId: parent?.id ?? null, name,
      definition: `About ${name}.`, color: '#336699', order, status: 'candidate', aliases: [], createdAt: AT,
    };
    codes.unshift(made); // last made first: the file's order is not the tree's
    return made;
  };
  const split = (name: string, order: number, carers: string[], professionals: string[]) => {
    const theme = code(name, null, order);
    const c = code('Carers', theme, 0);
    const h = code('HSC Professionals', theme, 1);
    return [theme, ...carers.map((n, i) => code(n, c, i)), ...professionals.map((n, i) => code(n, h, i))];
  };
  const [, , information, personCentred, , bureaucracy] = split('Toughest challenges for integrating carer support services', 0,
    ['Challenges of adjustment', 'Information sharing', 'Providing person-centred care'],
    ['Organisational barriers (culture)', 'Organisational barriers (bureaucracy)', 'Organisational barriers (funding)']);
  const [, namedContact] = split('Examples of integrated changes', 1, ['Having a named contact'], ['Joint training']);
  split('Experience of co-production and story-telling', 2, ['Being heard'], ['Stories as a mirror']);
  const integration = code('Integration of services', null, 3);
  const discharge = code('Communication at discharge', integration, 0);
  const health = code('Carer health and well-being', null, 4);
  const exhaustion = code('Exhaustion', health, 0);
  const support = code('Carer support', null, 5);
  code('Breaks', support, 0);
  const caredFor = code('Cared-for (patient) health and well-being', null, 6);
  code('Safety after discharge', caredFor, 0);

  let n = 0;
  const coding = (where: SourceWithText, phrase: string, target: Code | undefined): Coding => {
    if (!target) throw new Error('no code');
    const [start, end] = span(where.text.text, phrase);
    n += 1;
    return { id: id<CodingId>('coding', String(n)), projectId, sourceId: where.source.id, codeId: target.id, coderId: coder.id, start, end, createdAt: AT };
  };
  const codings = [
    coding(fg, 'I had to tell my story again to every new social worker.', information),
    coding(fg, 'nobody asked what their mum likes', personCentred), // the commissioner, under Carers
    coding(fg, 'Our panels take three weeks to sign anything off.', bureaucracy),
    coding(fg, 'The named contact changed everything for me.', namedContact),
    coding(nar, 'Nobody told me he was being discharged.', discharge),
    coding(nar, 'I was exhausted by then.', exhaustion),
    coding(nar, 'I was exhausted by', support), // on a theme, not a leaf
  ];
  return {
    project: {
      id: projectId, name: 'Carers pilot (hand-coded)', description: 'Two sources coded like the real study.', method: 'Inductive thematic analysis',
      createdAt: AT, updatedAt: AT, levelNames: ['Theme', 'Perspective', 'Subtheme'], currentCoderId: coder.id,
    },
    coders: [coder], sources: [fg, nar], participants, attributes: [group], codes, codings, memos: [], quotes: [], reviews: [], history: [],
  };
}

// -------------------------------------------------------------------------------------------

export const FG_THEMES = [
  'Toughest challenges for integrating carer support services',
  'Examples of integrated changes',
  'Experience of co-production and story-telling',
];
export const NARRATIVE_THEMES = ['Integration of services', 'Carer health and well-being', 'Carer support', 'Cared-for (patient) health and well-being'];


/** The sample project (as `cli sample` writes it) and the hand-built project, as files in a new folder. */
export async function writeProjectFiles(): Promise<{ dir: string; sample: string; hand: string }> {
  const dir = tempDir();
  const sample = join(dir, 'sample.qdpx');
  const written = await cli('sample', '--out', sample);
  if (written.code !== 0) throw new Error(written.err);
  const hand = join(dir, 'hand.qdpx');
  writeFileSync(hand, await writeQdpx(handBundle()));
  return { dir, sample, hand };
}
