import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoEditor } from '../../../renderer/memos/editor/MemoEditor';
import { MEMO_NODES, readMemo } from '../../../renderer/memos/editor/memoState';
import { MemoDraft } from '../../../renderer/memos/memoDraft';

afterEach(cleanup);

/** A memo as the editor saves it: a heading, a paragraph with bold and italic words, two lists. */
function richMemo(): { content: string; plainText: string } {
  const editor = createEditor({ namespace: 'test', nodes: MEMO_NODES, onError: (e) => { throw e; } });
  editor.update(() => {
    const item = (text: string) => $createListItemNode().append($createTextNode(text));
    $getRoot().clear().append(
      $createHeadingNode('h2').append($createTextNode('Who tells whom')),
      $createParagraphNode().append($createTextNode('Carers are '), $createTextNode('never').toggleFormat('bold'),
        $createTextNode(' asked ').toggleFormat('italic'), $createTextNode('how they are.')),
      $createHeadingNode('h3').append($createTextNode('Next steps')),
      $createListNode('bullet').append(item('Check FG 2'), item('Ask the partners')),
      $createListNode('number').append(item('First'), item('Second')),
    );
  }, { discrete: true });
  return readMemo(editor.getEditorState());
}

function renderEditor(memo: { content: string; plainText: string }, draft = new MemoDraft({ title: 'T', ...memo }, async () => undefined)) {
  const view = render(<MemoEditor content={memo.content} plainText={memo.plainText} sync={draft} label="Text of memo" />);
  return { ...view, draft, text: () => screen.getByRole('textbox', { name: 'Text of memo' }) };
}

describe('the memo editor', () => {
  it('renders a saved memo with its headings, bold and italic words and lists', async () => {
    const memo = richMemo();
    expect(memo.plainText).toContain('Who tells whom');
    const { text } = renderEditor(memo);
    await waitFor(() => expect(text().querySelector('h2')?.textContent).toBe('Who tells whom'));
    expect(text().querySelector('h3')?.textContent).toBe('Next steps');
    expect(text().querySelector('strong')?.textContent).toBe('never');
    expect(text().querySelector('em')?.textContent).toBe(' asked ');
    expect([...text().querySelectorAll('ul > li')].map((li) => li.textContent)).toEqual(['Check FG 2', 'Ask the partners']);
    expect([...text().querySelectorAll('ol > li')].map((li) => li.textContent)).toEqual(['First', 'Second']);
  });

  it('opens a memo that has only plain text, a paragraph per block, line breaks kept', async () => {
    const { text } = renderEditor({ content: '', plainText: 'First idea.\n\nSecond idea,\nover two lines.' });
    await waitFor(() => expect(text().querySelectorAll('p')).toHaveLength(2));
    const [first, second] = [...text().querySelectorAll('p')];
    expect(first!.textContent).toBe('First idea.');
    expect(second!.querySelector('br')).not.toBeNull();
    expect(second!.textContent).toBe('Second idea,over two lines.');
  });

  it('falls back to the plain text when the stored JSON is not a memo', async () => {
    const { text } = renderEditor({ content: '{"not":"lexical"', plainText: 'Kept safe.' });
    await waitFor(() => expect(text().textContent).toBe('Kept safe.'));
  });

  it('offers a labelled toolbar of toggle buttons', async () => {
    renderEditor(richMemo());
    const toolbar = screen.getByRole('toolbar', { name: 'Formatting' });
    const names = ['Heading', 'Subheading', 'Bold', 'Italic', 'Bulleted list', 'Numbered list'];
    for (const name of names) expect(screen.getByRole('button', { name }).getAttribute('aria-pressed')).toBe('false');
    expect(toolbar.querySelectorAll('button[tabindex="0"]')).toHaveLength(1);
  });

  it('shows text changed elsewhere (an app-wide undo) when nothing is unsaved', async () => {
    const { text, draft } = renderEditor({ content: '', plainText: 'Before.' });
    await waitFor(() => expect(text().textContent).toBe('Before.'));
    const rich = richMemo();
    act(() => draft.sync({ title: 'T', ...rich }));
    await waitFor(() => expect(text().querySelector('h2')?.textContent).toBe('Who tells whom'));
    expect(draft.isDirty).toBe(false);
  });
});
