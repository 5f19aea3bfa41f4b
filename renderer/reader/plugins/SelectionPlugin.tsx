import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { selectedSourceRange } from '../domOffsets';

export interface SourceRange {
  start: number;
  end: number;
}

/** Reports the selected source range (or null) as the researcher selects text in the reader. */
export function SelectionPlugin({ onChange }: { onChange: (range: SourceRange | null) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let last = '';
    const report = () => {
      const root = editor.getRootElement();
      const range = root ? selectedSourceRange(root) : null;
      const key = range ? `${range.start}-${range.end}` : '';
      if (key === last) return;
      last = key;
      onChange(range);
    };
    document.addEventListener('selectionchange', report);
    return () => document.removeEventListener('selectionchange', report);
  }, [editor, onChange]);
  return null;
}
