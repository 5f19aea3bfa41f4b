import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { CLEAR_HISTORY_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { $loadMemo, EXTERNAL_TEXT_TAG, type MemoTextSync } from '../memoState';

/**
 * Shows text that changed outside the editor (an app-wide undo of a memo edit). The editor's
 * own typing history is cleared then: its steps no longer describe the text on screen.
 */
export function ExternalTextPlugin({ sync }: { sync: MemoTextSync }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => sync.onExternalText(({ content, plainText }) => {
    editor.update(() => $loadMemo(content, plainText), { tag: EXTERNAL_TEXT_TAG, discrete: true });
    editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
  }), [editor, sync]);
  return null;
}
