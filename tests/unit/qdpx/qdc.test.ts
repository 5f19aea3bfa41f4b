/** writeQdc: the code tree as a REFI-QDA codebook (.qdc), checked against Codebook.xsd. */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { asId, type Code, type CodeId, type ProjectId } from '../../../shared/model';
import { writeQdc } from '../../../shared/qdpx/writeQdc';
import { seededGuid } from '../../../shared/util/hash';
import { sampleBundle } from '../../support/sample';
import { qdcErrors } from './xsd';

interface QdcCode { '@_guid': string; '@_name': string; '@_isCodable': string; '@_color'?: string; Description?: string; Code?: QdcCode[] }

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'Code', parseTagValue: false, parseAttributeValue: false, trimValues: false });

function parse(xml: string): { origin: string; namespace: string; codes: QdcCode[] } {
  const book = (parser.parse(xml) as { CodeBook: { '@_origin': string; '@_xmlns': string; Codes: { Code?: QdcCode[] } } }).CodeBook;
  return { origin: book['@_origin'], namespace: book['@_xmlns'], codes: book.Codes.Code ?? [] };
}

/** The tree as nested [name, children] pairs (leaves as plain names). */
type Shape = string | [string, Shape[]];
const shape = (codes: readonly QdcCode[]): Shape[] => codes.map((c) => (c.Code ? [c['@_name'], shape(c.Code)] : c['@_name']));
const flat = (codes: readonly QdcCode[]): QdcCode[] => codes.flatMap((c) => [c, ...flat(c.Code ?? [])]);

const projectId = asId<ProjectId>(seededGuid('qdc/project'));
const codeId = (key: string) => asId<CodeId>(seededGuid(`qdc/code/${key}`));

function code(key: string, parent: string | null, order: number, extra: Partial<Code> = {}): Code {
  return {
    id: codeId(key), projectId, parentId: parent === null ? null : codeId(parent), name: key, definition: '', color: '#123456', order,
    status: 'candidate', aliases: [], createdAt: '2026-01-01T00:00:00.000Z', ...extra,
  };
}

describe('writeQdc', () => {
  it('nests codes under their parents, siblings by order (then name), whatever the input order', async () => {
    const codes = [
      code('Subtheme b', 'Carers', 1), code('HSC professionals', 'Theme 1', 1), code('Theme 2', null, 1),
      code('Subtheme a', 'Carers', 0), code('Carers', 'Theme 1', 0), code('Theme 1', null, 0),
      code('Zeta', 'Theme 2', 5), code('Alpha', 'Theme 2', 5), code('Barriers', 'HSC professionals', 0),
    ];
    const xml = writeQdc(codes);
    expect(await qdcErrors(xml)).toEqual([]);
    const book = parse(xml);
    expect(book).toMatchObject({ origin: 'Storyloom', namespace: 'urn:QDA-XML:codebook:1.0' });
    expect(shape(book.codes)).toEqual([
      ['Theme 1', [['Carers', ['Subtheme a', 'Subtheme b']], ['HSC professionals', ['Barriers']]]],
      ['Theme 2', ['Alpha', 'Zeta']],
    ]);
    const all = flat(book.codes);
    expect(all).toHaveLength(codes.length);
    expect(all.find((c) => c['@_name'] === 'Barriers')).toMatchObject({ '@_guid': codeId('Barriers'), '@_isCodable': 'true' });
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Storyloom">')).toBe(true);
  });

  it('puts a code whose parent is not in the list at the top level', async () => {
    const xml = writeQdc([code('Orphan', 'Gone', 0), code('Root', null, 1), code('Child', 'Root', 0)]);
    expect(await qdcErrors(xml)).toEqual([]);
    expect(shape(parse(xml).codes)).toEqual(['Orphan', ['Root', ['Child']]]);
  });

  it('writes #rrggbb colours as given and leaves other colours out', async () => {
    const xml = writeQdc([
      code('Upper', null, 0, { color: '#AbCdEf' }), code('Lower', null, 1, { color: '#b5473a' }), code('Short', null, 2, { color: '#abc' }),
      code('Named', null, 3, { color: 'red' }), code('Blank', null, 4, { color: '' }), code('Long', null, 5, { color: '#1234567' }),
    ]);
    expect(await qdcErrors(xml)).toEqual([]);
    expect(parse(xml).codes.map((c) => [c['@_name'], c['@_color'] ?? null])).toEqual([
      ['Upper', '#AbCdEf'], ['Lower', '#b5473a'], ['Short', null], ['Named', null], ['Blank', null], ['Long', null],
    ]);
  });

  it('escapes & < > and " in names and definitions, keeps line breaks, and drops characters XML cannot hold', async () => {
    const name = 'Fish & <chips> "to go"';
    const definition = 'When "support" & <services> meet:\nsecond line & more';
    const xml = writeQdc([
      code('theme', null, 0, { name, definition }),
      code('child', 'theme', 0, { name: 'Tab\there\u0001', definition: '  spaced  ' }),
    ]);
    expect(await qdcErrors(xml)).toEqual([]);
    expect(xml).toContain('name="Fish &amp; &lt;chips&gt; &quot;to go&quot;"');
    expect(xml).toContain('<Description>When "support" &amp; &lt;services&gt; meet:\nsecond line &amp; more</Description>');
    const [theme] = parse(xml).codes;
    expect(theme?.['@_name']).toBe(name);
    expect(theme?.Description).toBe(definition);
    expect(xml).toContain('name="Tab&#9;here"'); // a tab survives attribute normalisation; U+0001 is gone
    expect(theme?.Code?.[0]?.Description).toBe('  spaced  ');
  });

  it('writes a Description only for a code with a definition', async () => {
    const xml = writeQdc([code('Defined', null, 0, { definition: 'Says what it means.' }), code('Undefined', null, 1)]);
    expect(await qdcErrors(xml)).toEqual([]);
    const codes = parse(xml).codes;
    expect(codes.map((c) => c.Description ?? null)).toEqual(['Says what it means.', null]);
    expect(xml.match(/<Description>/g)).toHaveLength(1);
  });

  it('writes codes caught in a parent cycle once each, with what hangs beneath them', async () => {
    const codes = [
      code('Root', null, 0),
      code('A', 'B', 0), code('B', 'A', 0), // A and B are each other's parent
      code('Under A', 'A', 1),
      code('Self', 'Self', 0), // its own parent
      code('X', 'Z', 0), code('Y', 'X', 0), code('Z', 'Y', 0), // a cycle of three
    ];
    const xml = writeQdc(codes);
    expect(await qdcErrors(xml)).toEqual([]);
    const all = flat(parse(xml).codes);
    expect(all.map((c) => c['@_name']).sort()).toEqual(codes.map((c) => c.name).sort());
    expect(new Set(all.map((c) => c['@_guid'])).size).toBe(codes.length);
    expect(shape(parse(xml).codes)).toEqual(['Root', ['A', ['B', 'Under A']], 'Self', ['X', [['Y', ['Z']]]]]);
  });

  it('holds the sample\'s 36 codes, each once, nested as the theme tree', async () => {
    const bundle = await sampleBundle();
    const xml = writeQdc(bundle.codes);
    expect(await qdcErrors(xml)).toEqual([]);
    const codes = parse(xml).codes;
    const all = flat(codes);
    expect(all).toHaveLength(36);
    expect(new Set(all.map((c) => c['@_guid']))).toEqual(new Set(bundle.codes.map((c) => c.id)));
    expect(codes.map((c) => [c['@_name'], c.Code?.length])).toEqual([
      ['Toughest challenges for integrating carer support services', 2], ['Examples of integrated changes', 2],
      ['Experience of co-production and story-telling', 2], ['Integration of services', 2], ['Carer health and well-being', 2],
      ['Carer support', 2], ['Cared-for (patient) health and well-being', 2],
    ]);
    expect(shape(codes[0]?.Code ?? [])).toEqual([
      ['Carers', ['Challenges of adjustment', 'Information sharing', 'Providing person-centred care']],
      ['HSC professionals', ['Organisational barriers (culture)', 'Organisational barriers (bureaucracy)', 'Organisational barriers (funding)']],
    ]);
    for (const c of all) {
      const original = bundle.codes.find((b) => b.id === c['@_guid']);
      expect(c['@_name']).toBe(original?.name);
      expect(c['@_color']).toBe(original?.color);
      expect(c.Description).toBe(original?.definition);
    }
  });
});
