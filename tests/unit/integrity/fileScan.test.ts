import { describe, expect, it } from 'vitest';
import { scanProjectXml, type XmlNode } from '../../../shared/integrity';

const el = (name: string, attributes: Record<string, string> = {}, children: XmlNode[] = []): XmlNode => ({ name, attributes, children });
const G = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A REFI-QDA project: one code, one source of 100 characters with selections, one note. */
function project(selections: XmlNode[], extra: XmlNode[] = []): XmlNode {
  return el('Project', { name: 'P' }, [
    el('CodeBook', {}, [el('Codes', {}, [el('Code', { guid: G(1), name: 'Theme' })])]),
    el('Sources', {}, [el('TextSource', { guid: G(2), name: 'FG 1', plainTextPath: 'internal://a.txt' }, selections)]),
    el('Notes', {}, [el('Note', { guid: G(3), name: 'A note' })]),
    ...extra,
  ]);
}

const selection = (n: number, start: number, end: number, code = G(1)) =>
  el('PlainTextSelection', { guid: G(n), name: `s${n}`, startPosition: String(start), endPosition: String(end) }, [
    el('Coding', { guid: G(n + 100) }, [el('CodeRef', { targetGUID: code })]),
  ]);

describe('the integrity check of a project.qde as written', () => {
  const length = () => 100;

  it('finds nothing in a sound file', () => {
    expect(scanProjectXml(project([selection(10, 0, 5), selection(11, 90, 100)], [el('NoteRef', { targetGUID: G(3) })]), length)).toEqual([]);
  });

  it('finds GUIDs used twice, whatever their braces or case', () => {
    const root = project([selection(10, 0, 5), { ...selection(11, 5, 9), attributes: { guid: `{${G(10).toUpperCase()}}`, startPosition: '5', endPosition: '9' } }]);
    expect(scanProjectXml(root, length)).toEqual([
      { kind: 'duplicate-guid', id: G(10), message: `2 elements share the GUID ${G(10)}: PlainTextSelection “s10” and PlainTextSelection.` },
    ]);
  });

  it('finds selections outside their text and codings of codes the file does not hold', () => {
    const root = project([selection(10, 0, 101), selection(11, 9, 4), selection(12, -2, 4), selection(13, 0, 4, G(99))]);
    expect(scanProjectXml(root, length)).toEqual([
      { kind: 'coding-position', id: G(10), message: 'A selection in “FG 1” ends at character 101, past the end of the text (100 characters).' },
      { kind: 'coding-position', id: G(11), message: 'A selection in “FG 1” ends (at 4) before it starts (at 9).' },
      { kind: 'coding-position', id: G(12), message: 'A selection in “FG 1” starts before the beginning of the text (at -2).' },
      { kind: 'orphan-coding', id: G(113), message: 'A selection in “FG 1” is coded with a code that is not in the file.' },
    ]);
  });

  it('does not judge positions when the text cannot be found, and finds note references to missing notes', () => {
    const root = project([selection(10, 0, 5000)], [el('NoteRef', { targetGUID: G(77) })]);
    expect(scanProjectXml(root, () => null)).toEqual([
      { kind: 'orphan-memo', id: G(77), message: `A reference to the note ${G(77)} points at a note that is not in the file.` },
    ]);
  });
});
