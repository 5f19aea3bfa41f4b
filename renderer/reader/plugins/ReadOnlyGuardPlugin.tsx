import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  COMMAND_PRIORITY_CRITICAL, CONTROLLED_TEXT_INSERTION_COMMAND, CUT_COMMAND, DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND, DELETE_WORD_COMMAND, DRAGSTART_COMMAND, DROP_COMMAND, FORMAT_TEXT_COMMAND,
  INSERT_LINE_BREAK_COMMAND, INSERT_PARAGRAPH_COMMAND, KEY_BACKSPACE_COMMAND, KEY_DELETE_COMMAND,
  KEY_ENTER_COMMAND, PASTE_COMMAND, REMOVE_TEXT_COMMAND, type LexicalCommand,
} from 'lexical';
import { mergeRegister } from '@lexical/utils';
import { useEffect } from 'react';
import { CONTENT_TAG } from './ContentPlugin';

const REFUSED = [
  CONTROLLED_TEXT_INSERTION_COMMAND, CUT_COMMAND, DELETE_CHARACTER_COMMAND, DELETE_LINE_COMMAND, DELETE_WORD_COMMAND,
  DRAGSTART_COMMAND, DROP_COMMAND, FORMAT_TEXT_COMMAND, INSERT_LINE_BREAK_COMMAND, INSERT_PARAGRAPH_COMMAND,
  KEY_BACKSPACE_COMMAND, KEY_DELETE_COMMAND, KEY_ENTER_COMMAND, PASTE_COMMAND, REMOVE_TEXT_COMMAND,
] as unknown as LexicalCommand<unknown>[];

/**
 * Keeps the source text unchanged while the editor stays editable, so keyboard users get a caret
 * and Shift+Arrow selection. Every command that would change text is refused; typing that slips
 * past the commands (an input method, say) is undone by rebuilding from the source.
 */
export function ReadOnlyGuardPlugin({ rebuild }: { rebuild: () => void }) {
  // `rebuild` must run the content update with the CONTENT_TAG, or it would trigger itself.
  const [editor] = useLexicalComposerContext();
  useEffect(() => mergeRegister(
    ...REFUSED.map((command) => editor.registerCommand(command, (event: unknown) => {
      if (event instanceof Event) event.preventDefault();
      return true;
    }, COMMAND_PRIORITY_CRITICAL)),
    editor.registerUpdateListener(({ dirtyLeaves, tags }) => {
      if (dirtyLeaves.size > 0 && !tags.has(CONTENT_TAG)) rebuild();
    }),
  ), [editor, rebuild]);
  return null;
}
