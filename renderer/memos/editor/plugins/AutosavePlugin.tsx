import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { BLUR_COMMAND, COMMAND_PRIORITY_LOW, HISTORY_MERGE_TAG } from 'lexical';
import { useEffect } from 'react';
import { EXTERNAL_TEXT_TAG, readMemo, type MemoTextSync } from '../memoState';

/**
 * Reports every change of the text (not of the selection alone) to the memo's keeper, which
 * saves after a pause; asks it to save at once when the editor loses focus or closes, so
 * typing is never lost on navigation.
 */
export function AutosavePlugin({ sync }: { sync: MemoTextSync }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const unregister = mergeRegister(
      editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, tags }) => {
        if (tags.has(HISTORY_MERGE_TAG) || tags.has(EXTERNAL_TEXT_TAG)) return;
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        sync.changeText(() => readMemo(editorState));
      }),
      editor.registerCommand(BLUR_COMMAND, () => {
        void sync.flush();
        return false;
      }, COMMAND_PRIORITY_LOW),
    );
    return () => {
      unregister();
      void sync.flush();
    };
  }, [editor, sync]);
  return null;
}
