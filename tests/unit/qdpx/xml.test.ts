import { describe, expect, it } from 'vitest';
import { hasDoctype, parseXml } from '../../../shared/qdpx/xmlRead';
import { XmlBuilder, escapeAttribute, escapeText, xmlSafe } from '../../../shared/qdpx/xmlWrite';

const NASTY = ['', 'plain', 'a & b < c > d "e" \'f\'', ']]>', 'tab\tLF\nCR\rCRLF\r\n', '  spaces  ', '&amp; already', '😀 我 𝕏',
  'nul\u0000 bell\u0007 esc\u001B', 'lone \uD800 low \uDC00', 'not chars \uFFFE\uFFFF', '&#10; literal'];

function roundTrip(value: string): { attribute: string; text: string } {
  const xml = new XmlBuilder().open('Root', { value }).text('Text', value).close('Root').toString();
  const root = parseXml(xml, 'test.xml');
  return { attribute: root.attributes.value ?? '', text: root.children[0]?.text ?? '' };
}

describe('XML writing and reading', () => {
  it('escapes text and attributes', () => {
    expect(escapeText('a&b<c>d\re"')).toBe('a&amp;b&lt;c&gt;d&#13;e"');
    expect(escapeAttribute('a&"b"\t\n\r<')).toBe('a&amp;&quot;b&quot;&#9;&#10;&#13;&lt;');
  });

  it('gives back every string XML can hold, exactly, in attributes and in text', () => {
    for (const value of NASTY) expect(roundTrip(value)).toEqual({ attribute: xmlSafe(value), text: xmlSafe(value) });
  });

  it('drops what XML 1.0 cannot hold: controls, non-characters; a lone surrogate becomes U+FFFD', () => {
    expect(xmlSafe('a\u0000b\u0008c\u000Bd\u001Fe\tf\ng\rh')).toBe('abcde\tf\ng\rh');
    expect(xmlSafe('x\uFFFEy\uFFFFz')).toBe('xyz');
    expect(xmlSafe('\uD83D\uDE00 \uD83D \uDE00')).toBe('😀 \uFFFD \uFFFD');
  });

  it('finds a DOCTYPE anywhere except inside CDATA', () => {
    expect(hasDoctype('<?xml version="1.0"?><!DOCTYPE a><a/>')).toBe(true);
    expect(hasDoctype('<a><!doctype b [<!ENTITY x "y">]></a>')).toBe(true);
    expect(hasDoctype('<a><![CDATA[<!DOCTYPE is just text here]]></a>')).toBe(false);
    expect(hasDoctype('<a>no doctype</a>')).toBe(false);
  });

  it('reads namespaced, CDATA and CRLF content', () => {
    const root = parseXml('<q:P xmlns:q="urn:x" q:n="1"><q:D>one\r\ntwo <![CDATA[<three>]]></q:D></q:P>', 'p.xml');
    expect(root).toEqual({
      name: 'P', attributes: { n: '1' }, text: '',
      children: [{ name: 'D', attributes: {}, children: [], text: 'one\ntwo <three>' }],
    });
  });

  it('self-closes elements that got no children', () => {
    const xml = new XmlBuilder().open('A', { n: 1, skipped: null }).open('B').close('B').text('C', '').close('A').toString();
    expect(xml).toBe('<?xml version="1.0" encoding="utf-8"?>\n<A n="1">\n  <B/>\n  <C></C>\n</A>\n');
  });

  it('refuses a builder that closes the wrong element or leaves one open', () => {
    expect(() => new XmlBuilder().open('A').close('B')).toThrow('closing <B> but <A> is open');
    expect(() => new XmlBuilder().open('A').toString()).toThrow('left open');
  });
});
