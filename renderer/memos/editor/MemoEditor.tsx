import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useState } from 'react';
import { $loadMemo, MEMO_NODES, MEMO_THEME, type MemoTextSync } from './memoState';
import { AutosavePlugin } from './plugins/AutosavePlugin';
import { ExternalTextPlugin } from './plugins/ExternalTextPlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';

interface Props {
  /** The stored memo, read once when the editor opens (give the editor a new key for another memo). */
  content: string;
  plainText: string;
  /** Keeps the memo: saves what is typed, brings in changes made elsewhere. */
  sync: MemoTextSync;
  /** The accessible name of the text area, e.g. "Text of memo “First read of FG 1”". */
  label: string;
}

/**
 * The memo editor: rich text (headings, bold, italic, lists) with its own typing undo. It only
 * composes plugins; the memo's keeper decides when and where the text is saved.
 */
export function MemoEditor({ content, plainText, sync, label }: Props) {
  const [config] = useState<InitialConfigType>(() => ({
    namespace: 'storyloom-memo',
    nodes: MEMO_NODES,
    theme: MEMO_THEME,
    editorState: () => $loadMemo(content, plainText),
    onError: (error: Error) => { throw error; },
  }));
  return (
    <LexicalComposer initialConfig={config}>
      <div className="memo-editor">
        <ToolbarPlugin label="Formatting" />
        <div className="memo-editor-body">
          <RichTextPlugin
            contentEditable={<ContentEditable className="memo-editor-text" aria-label={label} aria-multiline spellCheck />}
            placeholder={<p className="memo-placeholder" aria-hidden="true">Write the memo here…</p>}
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        <HistoryPlugin />
        <ListPlugin />
        <AutosavePlugin sync={sync} />
        <ExternalTextPlugin sync={sync} />
      </div>
    </LexicalComposer>
  );
}
