/**
 * The memo editor's node registry and theme, and the two conversions between a stored memo
 * (serialised Lexical JSON, or plain text for memos written elsewhere) and an editor state.
 */
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode } from '@lexical/rich-text';
import {
  $createLineBreakNode, $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isDecoratorNode,
  $parseSerializedNode, type EditorState, type EditorThemeClasses, type Klass, type LexicalNode,
  type SerializedLexicalNode,
} from 'lexical';

/** Every node a memo may hold: paragraphs and text come with Lexical. */
export const MEMO_NODES: Klass<LexicalNode>[] = [HeadingNode, ListNode, ListItemNode];

export const MEMO_THEME: EditorThemeClasses = {
  paragraph: 'memo-paragraph',
  heading: { h2: 'memo-h2', h3: 'memo-h3' },
  list: { ul: 'memo-ul', ol: 'memo-ol', listitem: 'memo-li', nested: { listitem: 'memo-li-nested' } },
  text: { bold: 'memo-bold', italic: 'memo-italic' },
};

/** The update tag of text put in from outside the editor (not typing, so not saved again). */
export const EXTERNAL_TEXT_TAG = 'storyloom-memo-external';

/** What a memo stores of its text. */
export interface MemoText {
  /** Serialised Lexical editor state. */
  content: string;
  /** The same text without formatting, for search and exports. */
  plainText: string;
}

/**
 * Fills the editor with a stored memo: its Lexical JSON when it has any that parses, otherwise
 * its plain text (memos from the sample, from project files and from other tools), a
 * paragraph per blank-line-separated block.
 */
export function $loadMemo(content: string, plainText: string): void {
  const root = $getRoot();
  root.clear();
  const nodes = content ? $nodesFromContent(content) : null;
  if (nodes) root.append(...nodes);
  else $appendPlainText(plainText);
  if (root.getChildrenSize() === 0) root.append($createParagraphNode());
}

function $nodesFromContent(content: string): LexicalNode[] | null {
  try {
    const parsed = JSON.parse(content) as { root?: { children?: unknown } };
    const children = parsed.root?.children;
    if (!Array.isArray(children)) return null;
    const nodes = children.map((child) => $parseSerializedNode(child as SerializedLexicalNode));
    // Only blocks may sit at the root; anything else means the JSON is not a memo's.
    return nodes.every((n) => $isElementNode(n) || $isDecoratorNode(n)) ? nodes : null;
  } catch {
    return null;
  }
}

function $appendPlainText(text: string): void {
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n{2,}/);
  for (const block of blocks) {
    const paragraph = $createParagraphNode();
    block.split('\n').forEach((line, index) => {
      if (index > 0) paragraph.append($createLineBreakNode());
      if (line) paragraph.append($createTextNode(line));
    });
    $getRoot().append(paragraph);
  }
}

/** The stored form of an editor state. */
export function readMemo(editorState: EditorState): MemoText {
  return {
    content: JSON.stringify(editorState.toJSON()),
    plainText: editorState.read(() => $getRoot().getTextContent()),
  };
}

/**
 * What the editor needs from whoever keeps the memo: it reports changes (as a reader, so the
 * state is serialised only when saved), asks for a save on blur and unmount, and hears of text
 * that changed elsewhere (an app-wide undo) so it can show it.
 */
export interface MemoTextSync {
  changeText(read: () => MemoText): void;
  flush(): Promise<void>;
  onExternalText(listener: (text: MemoText) => void): () => void;
}
