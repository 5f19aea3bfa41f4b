import { describe, expect, it } from 'vitest';
import { checkSubstitute, rewriteLexicalState, rewriteValues, type ValueRule } from '../../../shared/anonymise/rewrite';

const margaret: ValueRule = { find: 'Margaret', substitute: '[wife]', kind: 'name', isWholeWord: true, isCaseSensitive: true };
const evans: ValueRule = { find: 'Margaret Evans', substitute: '[carer]', kind: 'name', isWholeWord: true, isCaseSensitive: true };

describe('rewriteValues', () => {
  it('replaces longer values first and counts what it replaced', () => {
    expect(rewriteValues('Margaret Evans rang; Margaret said so.', [margaret, evans])).toEqual({ text: '[carer] rang; [wife] said so.', count: 2 });
  });

  it('leaves text without the value as it is', () => {
    expect(rewriteValues('Nothing to see.', [margaret])).toEqual({ text: 'Nothing to see.', count: 0 });
  });
});

describe('rewriteLexicalState', () => {
  const state = (texts: string[]) => JSON.stringify({
    root: { type: 'root', children: [{ type: 'paragraph', children: texts.map((text) => ({ type: 'text', text, format: 0 })) }] },
  });

  it('rewrites the text nodes of a memo and keeps its formatting', () => {
    const result = rewriteLexicalState(state(['Spoke to Margaret', ' about respite.']), [margaret]);
    expect(result.count).toBe(1);
    expect(JSON.parse(result.text)).toEqual(JSON.parse(state(['Spoke to [wife]', ' about respite.'])));
  });

  it('drops the state (the memo falls back to its plain text) when the value is split across nodes', () => {
    expect(rewriteLexicalState(state(['Spoke to Marg', 'aret today']), [margaret])).toEqual({ text: '', count: 1 });
    expect(rewriteLexicalState('{"not lexical": Margaret', [margaret])).toEqual({ text: '', count: 1 });
  });

  it('leaves an empty state alone', () => {
    expect(rewriteLexicalState('', [margaret])).toEqual({ text: '', count: 0 });
  });
});

describe('checkSubstitute', () => {
  it('puts a substitute in square brackets', () => {
    expect(checkSubstitute('wife', ['Margaret'])).toEqual({ substitute: '[wife]', problem: null });
    expect(checkSubstitute(' [Town] ', ['Telford'])).toEqual({ substitute: '[Town]', problem: null });
  });

  it('refuses an empty substitute and one that keeps the words it replaces', () => {
    expect(checkSubstitute('  ', ['Margaret']).problem).toMatch(/Type a substitute/);
    expect(checkSubstitute("[Margaret's husband]", ['Margaret']).problem).toMatch(/must not contain/);
  });
});
