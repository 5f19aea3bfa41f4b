import { MarkNode } from '@lexical/mark';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { PlainTextPlugin } from '@lexical/react/LexicalPlainTextPlugin';
import type { MouseEvent } from 'react';
import type { ReaderContent } from './buildReaderState';
import { CodingStripes } from './CodingStripes';
import { ensureCaret } from './domOffsets';
import { TurnNode } from './nodes/TurnNode';
import { ContentPlugin } from './plugins/ContentPlugin';
import { MarkDecorationPlugin, type CodingLook } from './plugins/MarkDecorationPlugin';
import { SelectionPlugin, type SourceRange } from './plugins/SelectionPlugin';

interface Props {
  content: ReaderContent;
  lookOf: (codingId: string) => CodingLook | undefined;
  onSelect: (range: SourceRange | null) => void;
  /** A click on coded text or a stripe: the ids of the codings there. */
  onMarkClick: (codingIds: string[]) => void;
  label: string;
}

const CONFIG = {
  namespace: 'storyloom-reader',
  // Editable so keyboard users get a caret and can select; ReadOnlyGuardPlugin refuses every change.
  editable: true,
  nodes: [TurnNode, MarkNode],
  theme: { mark: 'coding-mark', markOverlap: 'coding-mark overlap' },
  onError: (error: Error) => { throw error; },
};

/**
 * The reader: a Lexical editor over one source that refuses every edit. Codings live in the database; this
 * only shows them (marks carrying coding ids) and reports selections and clicks.
 */
export function TranscriptReader({ content, lookOf, onSelect, onMarkClick, label }: Props) {
  const click = (event: MouseEvent) => {
    if (!window.getSelection()?.isCollapsed) return;
    const mark = (event.target as HTMLElement).closest<HTMLElement>('mark[data-codings]');
    if (mark) onMarkClick((mark.dataset.codings ?? '').split(' ').filter(Boolean));
  };
  return (
    <LexicalComposer initialConfig={CONFIG}>
      <div className="reader-body" onClick={click}>
        <PlainTextPlugin
          contentEditable={<ContentEditable className="turns reader-text" aria-label={label} aria-readonly aria-multiline spellCheck={false}
            onFocus={(e) => ensureCaret(e.currentTarget)} />}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <ContentPlugin content={content} />
        <MarkDecorationPlugin lookOf={lookOf} />
        <SelectionPlugin onChange={onSelect} />
        <CodingStripes lookOf={lookOf} onSelect={(id) => onMarkClick([id])} />
      </div>
    </LexicalComposer>
  );
}
