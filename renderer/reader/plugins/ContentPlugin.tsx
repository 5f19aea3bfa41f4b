import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCallback, useEffect } from 'react';
import { $buildReaderState, type ReaderContent } from '../buildReaderState';
import { ReadOnlyGuardPlugin } from './ReadOnlyGuardPlugin';

/** The update tag of content the app put in (anything else changing text is refused). */
export const CONTENT_TAG = 'storyloom-content';

/**
 * Puts the source into the editor, and again whenever its text or codings change, wherever
 * the change came from (coding here, undo, a merge on another screen).
 */
export function ContentPlugin({ content }: { content: ReaderContent }) {
  const [editor] = useLexicalComposerContext();
  const build = useCallback(() => {
    editor.update(() => $buildReaderState(content), { discrete: true, tag: CONTENT_TAG });
  }, [editor, content]);
  useEffect(build, [build]);
  return <ReadOnlyGuardPlugin rebuild={build} />;
}
