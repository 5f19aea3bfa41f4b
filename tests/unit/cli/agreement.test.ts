/**
 * `cli agreement` on a two-coder project built here by hand and written with writeQdpx: the
 * figures are worked out in the comments (tests/unit/agreement/agreement.test.ts works the same
 * arithmetic in more detail).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../support/cli';
import {
  asId, type Brand, type Code, type CodeId, type Coder, type CoderId, type Coding, type CodingId, type ProjectBundle,
  type ProjectId, type SourceId, type SourceWithText, type Turn,
} from '../../../shared/model';
import { writeQdpx } from '../../../shared/qdpx/writeQdpx';
import { seededGuid } from '../../../shared/util/hash';

const id = <T extends Brand<string, string>>(...parts: string[]): T => asId<T>(seededGuid(['agreement-cli', ...parts].join('/')));
const AT = '2026-03-01T09:00:00.000Z';
const projectId = id<ProjectId>('project');

// A focus group of three turns and a narrative of one paragraph:
//   FG:  "Jan: I was tired and alone.\nDev: Nobody asked me.\nJan: Breaks would help."
//   Nar: "No help came."
const FG_TEXT = 'Jan: I was tired and alone.\nDev: Nobody asked me.\nJan: Breaks would help.';
const NAR_TEXT = 'No help came.';

function span(text: string, phrase: string): [number, number] {
  const at = text.indexOf(phrase);
  if (at < 0 || text.indexOf(phrase, at + 1) >= 0) throw new Error(`"${phrase}" is not in the text exactly once.`);
  return [at, at + phrase.length];
}

function turnsOf(text: string): Turn[] {
  let at = 0;
  return text.split('\n').map((line) => {
    const label = line.indexOf(': ') + 2;
    const turn: Turn = { start: at + label, end: at + line.length, speaker: line.slice(0, label - 2), participantId: null, timestamp: null };
    at += line.length + 1;
    return turn;
  });
}

function twoCoderBundle(): ProjectBundle {
  const coder = (name: string): Coder => ({ id: id<CoderId>('coder', name), projectId, name });
  const ann = coder('Ann Carter');
  const bea = coder('Bea Singh');
  const cal = coder('Cal');
  const source = (key: string, title: string, label: string, text: string, turns: Turn[], order: number): SourceWithText => {
    const sourceId = id<SourceId>('source', key);
    return {
      source: {
        id: sourceId, projectId, title, label, kind: turns.length > 1 ? 'focus-group' : 'narrative', date: '2015-11-11', facilitator: '',
        originalFileName: `${key}.txt`, contentHash: createHash('sha256').update(text, 'utf8').digest('hex'), characters: text.length,
        turnCount: turns.length, order, isRead: true, readingPosition: 0, createdAt: AT,
      },
      text: { sourceId, projectId, text, turns },
    };
  };
  const fg = source('fg1', 'Focus group 1', 'FG 1', FG_TEXT, turnsOf(FG_TEXT), 0);
  const nar = source('nar1', 'Complaint letter', 'Nar. 1', NAR_TEXT, [{ start: 0, end: NAR_TEXT.length, speaker: null, participantId: null, timestamp: null }], 1);
  const code = (name: string, parent: Code | null, order: number): Code => ({
    id: id<CodeId>('code', name), projectId, parentId: parent?.id ?? null, name, definition: '', color: '#336699', order,
    status: 'candidate', aliases: [], createdAt: AT,
  });
  const health = code('Carer health and well-being', null, 0);
  const exhaustion = code('Exhaustion', health, 0);
  const asked = code('Being asked', health, 1);
  const breaks = code('Breaks', health, 2);
  let n = 0;
  const coding = (where: SourceWithText, phrase: string, target: Code, who: Coder): Coding => {
    const [start, end] = span(where.text.text, phrase);
    return { id: id<CodingId>('coding', String(++n)), projectId, sourceId: where.source.id, codeId: target.id, coderId: who.id, start, end, createdAt: AT };
  };
  const codings = [
    coding(fg, 'I was tired and alone.', exhaustion, ann), // 22 characters, turn 1
    coding(nar, 'No help', exhaustion, ann), // 7 characters, the narrative's paragraph
    coding(fg, 'tired and alone.', exhaustion, bea), // 16 characters inside Ann's, turn 1
    coding(fg, 'Nobody asked me.', asked, bea), // 16 characters, turn 2
    coding(fg, 'Breaks would help.', breaks, cal), // the third coder: not compared
  ];
  return {
    project: {
      id: projectId, name: 'Two coders', description: '', method: 'Thematic analysis', createdAt: AT, updatedAt: AT,
      levelNames: ['Theme', 'Subtheme'], currentCoderId: ann.id,
    },
    coders: [ann, bea, cal], sources: [fg, nar], participants: [], attributes: [], codes: [breaks, asked, exhaustion, health], codings,
    memos: [], quotes: [], reviews: [], history: [],
  };
}

let FILE = '';
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-agreement-'));
  FILE = join(dir, 'two-coders.qdpx');
  writeFileSync(FILE, await writeQdpx(twoCoderBundle()));
});

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

describe('cli agreement', () => {
  it('prints per-code and overall agreement over characters as JSON', async () => {
    const result = await cli('agreement', FILE, '--coders', 'Ann Carter,Bea Singh', '--json');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    // Units: every character of both sources, 73 + 13 = 86.
    expect(FG_TEXT.length + NAR_TEXT.length).toBe(86);
    // Exhaustion: Ann 22 + 7 = 29, Bea 16, both 16; disagree 13, agree 73.
    //   po = 73 / 86 = 84.88 %; chance = 29 * 16 + 57 * 70 = 4454;
    //   kappa = (86 * 73 - 4454) / (86² - 4454) = 1824 / 2942 = 0.6200;
    //   alpha = 1 - 171 * 13 / (45 * 127) = 1 - 2223 / 5715 = 0.6110.
    // Being asked: Ann 0, Bea 16; disagree 16, agree 70.
    //   po = 70 / 86 = 81.40 %; chance = 0 + 86 * 70 = 6020; kappa = (6020 - 6020) / (7396 - 6020) = 0;
    //   alpha = 1 - 171 * 16 / (16 * 156) = 1 - 171 / 156 = -0.0962.
    // Breaks (Cal only) and the theme: neither coder: percent 100, kappa and alpha undefined.
    // Overall (Exhaustion + Being asked): a 29, b 32, both 16, units 172; disagree 29, agree 143.
    //   po = 143 / 172 = 83.14 %; chance = 29 * 32 + 143 * 140 = 928 + 20020 = 20948;
    //   kappa = (172 * 143 - 20948) / (172² - 20948) = 3648 / 8636 = 0.4224;
    //   alpha = 1 - 343 * 29 / (61 * 283) = 1 - 9947 / 17263 = 0.4238.
    expect(JSON.parse(result.out)).toEqual([
      { code: 'Carer health and well-being', percent: 100, kappa: null, alpha: null, a: 0, b: 0, both: 0 },
      { code: 'Carer health and well-being > Exhaustion', percent: round((100 * 73) / 86, 2), kappa: round(1824 / 2942, 4), alpha: round(1 - 2223 / 5715, 4), a: 29, b: 16, both: 16 },
      { code: 'Carer health and well-being > Being asked', percent: round((100 * 70) / 86, 2), kappa: 0, alpha: round(1 - 171 / 156, 4), a: 0, b: 16, both: 0 },
      { code: 'Carer health and well-being > Breaks', percent: 100, kappa: null, alpha: null, a: 0, b: 0, both: 0 },
      { code: '*', percent: round((100 * 143) / 172, 2), kappa: round(3648 / 8636, 4), alpha: round(1 - 9947 / 17263, 4), a: 29, b: 32, both: 16 },
    ]);
    expect(JSON.parse(result.out)[1]).toMatchObject({ percent: 84.88, kappa: 0.62, alpha: 0.611 });
  });

  it('compares speaker turns with --unit turn', async () => {
    const result = await cli('agreement', FILE, '--coders', 'Ann Carter,Bea Singh', '--unit', 'turn', '--json');
    expect(result.code).toBe(0);
    // Units: 3 turns of the focus group + the narrative's paragraph = 4.
    // Exhaustion: Ann turn 1 and the paragraph (2), Bea turn 1 (1), both 1: po = 3 / 4 = 75 %;
    //   chance = 2 * 1 + 2 * 3 = 8; kappa = (4 * 3 - 8) / (16 - 8) = 0.5;
    //   alpha = 1 - 7 * 1 / (3 * 5) = 8 / 15 = 0.5333.
    // Being asked: Bea turn 2 only: po = 3 / 4; chance = 0 + 4 * 3 = 12; kappa = 0;
    //   alpha = 1 - 7 * 1 / (1 * 7) = 0.
    // Overall: a 2, b 2, both 1, units 8; agree 6: 75 %; chance = 4 + 36 = 40;
    //   kappa = (48 - 40) / (64 - 40) = 1 / 3; alpha = 1 - 15 * 2 / (4 * 12) = 0.375.
    const rows = JSON.parse(result.out) as { code: string }[];
    expect(rows.find((r) => r.code.endsWith('Exhaustion'))).toEqual({ code: 'Carer health and well-being > Exhaustion', percent: 75, kappa: 0.5, alpha: 0.5333, a: 2, b: 1, both: 1 });
    expect(rows.find((r) => r.code.endsWith('Being asked'))).toEqual({ code: 'Carer health and well-being > Being asked', percent: 75, kappa: 0, alpha: 0, a: 0, b: 1, both: 0 });
    expect(rows.at(-1)).toEqual({ code: '*', percent: 75, kappa: 0.3333, alpha: 0.375, a: 2, b: 2, both: 1 });
  });

  it('is symmetric in kappa and alpha when the coders are swapped', async () => {
    const ab = JSON.parse((await cli('agreement', FILE, '--coders', 'Ann Carter,Bea Singh', '--json')).out) as { kappa: number; alpha: number; a: number; b: number }[];
    const ba = JSON.parse((await cli('agreement', FILE, '--coders', 'bea singh, ann carter', '--json')).out) as typeof ab;
    expect(ba.map((r) => [r.kappa, r.alpha, r.b, r.a])).toEqual(ab.map((r) => [r.kappa, r.alpha, r.a, r.b]));
  });

  it('prints a readable table without --json, with "undefined" where kappa and alpha are', async () => {
    const result = await cli('agreement', FILE, '--coders', 'Ann Carter,Bea Singh');
    expect(result.code).toBe(0);
    const lines = result.out.split('\n');
    expect(lines[0]).toBe('Agreement between Ann Carter and Bea Singh');
    expect(lines[2]).toMatch(/^Code\s+% agreement {2}Cohen's kappa {2}Krippendorff's alpha {2}Ann Carter: characters coded {2}Bea Singh: characters coded {2}Both: characters coded$/);
    expect(result.out).toMatch(/^Carer health and well-being\s+100\.00\s+undefined\s+undefined\s+0\s+0\s+0$/m);
    expect(result.out).toMatch(/^ {2}Exhaustion\s+84\.88\s+0\.6200\s+0\.6110\s+29\s+16\s+16$/m);
    expect(result.out).toMatch(/^All codes \(pooled\)\s+83\.14\s+0\.4224\s+0\.4238\s+29\s+32\s+16$/m);
    expect(result.out).toContain('The overall row adds up the characters of the 2 codes either coder used');
  });

  it('exits 2 naming the project\'s coders when a name is unknown', async () => {
    const result = await cli('agreement', FILE, '--coders', 'Ann Carter,Dana', '--json');
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toContain('has no coder "Dana" (the project\'s coders: "Ann Carter", "Bea Singh", "Cal").');
  });

  it('exits 2 on missing or malformed options', async () => {
    expect((await cli('agreement', FILE)).err).toContain('--coders is needed');
    expect((await cli('agreement', FILE, '--coders', 'Ann Carter')).code).toBe(2);
    expect((await cli('agreement', FILE, '--coders', 'Ann Carter,Ann Carter')).err).toContain('the same coder twice');
    const unit = await cli('agreement', FILE, '--coders', 'Ann Carter,Bea Singh', '--unit', 'word');
    expect(unit).toMatchObject({ code: 2 });
    expect(unit.err).toContain('--unit must be one of character, turn');
    expect((await cli('agreement', join(tmpdir(), 'no-such-project.qdpx'), '--coders', 'A,B')).code).toBe(1);
  });
});
