import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCallback, useEffect, useRef } from 'react';
import { $buildReaderState, $updateMarks, isSameLayout, type Layout, type ReaderContent } from '../buildReaderState';
import { ReadOnlyGuardPlugin } from './ReadOnlyGuardPlugin';

/** The update tag of content the app put in (anything else changing text is refused). */
export const CONTENT_TAG = 'storyloom-content';

/**
 * Puts the source into the editor, and keeps it in step with the database wherever a change
 * came from (coding here, undo, a merge on another screen). When only codings changed, only the
 * turns whose marks changed are rebuilt, so coding a 600,000-character source stays quick.
 */
export function ContentPlugin({ content }: { content: ReaderContent }) {
  const [editor] = useLexicalComposerContext();
  const layout = useRef<(Pick<ReaderContent, 'text' | 'turns' | 'speakerLabel' | 'isFacilitator'> & { value: Layout }) | null>(null);
  const build = useCallback(() => {
    editor.update(() => {
      layout.current = { ...content, value: $buildReaderState(content) };
    }, { discrete: true, tag: CONTENT_TAG });
  }, [editor, content]);
  useEffect(() => {
    const current = layout.current;
    const isSameSource = current !== null && current.text === content.text && current.turns === content.turns
      && current.speakerLabel === content.speakerLabel && current.isFacilitator === content.isFacilitator;
    if (!current || (!isSameSource && (current.text !== content.text || !isSameLayout(current.value, content)))) {
      build();
      return;
    }
    editor.update(() => {
      const next = $updateMarks(current.value, content);
      layout.current = { ...content, value: next ?? $buildReaderState(content) };
    }, { discrete: true, tag: CONTENT_TAG });
  }, [editor, content, build]);
  return <ReadOnlyGuardPlugin rebuild={build} />;
}
