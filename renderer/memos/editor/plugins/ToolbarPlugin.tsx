import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListNode, REMOVE_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $isHeadingNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode, $getSelection, $isRangeSelection, $isRootNode, COMMAND_PRIORITY_LOW, FORMAT_TEXT_COMMAND,
  SELECTION_CHANGE_COMMAND, type LexicalEditor,
} from 'lexical';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';

type Block = 'paragraph' | 'h2' | 'h3' | 'bullet' | 'number';

interface Formats {
  block: Block;
  isBold: boolean;
  isItalic: boolean;
}

interface Tool {
  label: string;
  className: string;
  shortcut?: string;
  isPressed: (f: Formats) => boolean;
  run: (editor: LexicalEditor, f: Formats) => void;
}

function $readFormats(): Formats {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return { block: 'paragraph', isBold: false, isItalic: false };
  const anchor = selection.anchor.getNode();
  const list = $isListNode(anchor) ? anchor : $getNearestNodeOfType(anchor, ListNode);
  const top = $isRootNode(anchor) ? null : anchor.getTopLevelElement();
  const block: Block = list ? (list.getListType() === 'number' ? 'number' : 'bullet')
    : $isHeadingNode(top) && (top.getTag() === 'h2' || top.getTag() === 'h3') ? top.getTag() as Block : 'paragraph';
  return { block, isBold: selection.hasFormat('bold'), isItalic: selection.hasFormat('italic') };
}

const setHeading = (tag: 'h2' | 'h3') => (editor: LexicalEditor, f: Formats) => editor.update(() => {
  $setBlocksType($getSelection(), () => (f.block === tag ? $createParagraphNode() : $createHeadingNode(tag)));
});

const TOOLS: Tool[] = [
  { label: 'Heading', className: 'tool-h2', isPressed: (f) => f.block === 'h2', run: setHeading('h2') },
  { label: 'Subheading', className: 'tool-h3', isPressed: (f) => f.block === 'h3', run: setHeading('h3') },
  { label: 'Bold', className: 'tool-bold', shortcut: 'Control+B', isPressed: (f) => f.isBold, run: (e) => e.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold') },
  { label: 'Italic', className: 'tool-italic', shortcut: 'Control+I', isPressed: (f) => f.isItalic, run: (e) => e.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic') },
  {
    label: 'Bulleted list', className: 'tool-ul', isPressed: (f) => f.block === 'bullet',
    run: (e, f) => e.dispatchCommand(f.block === 'bullet' ? REMOVE_LIST_COMMAND : INSERT_UNORDERED_LIST_COMMAND, undefined),
  },
  {
    label: 'Numbered list', className: 'tool-ol', isPressed: (f) => f.block === 'number',
    run: (e, f) => e.dispatchCommand(f.block === 'number' ? REMOVE_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined),
  },
];

/**
 * The formatting toolbar: headings, bold, italic and lists, each a toggle that shows whether
 * it applies where the caret is. One tab stop; arrow keys move between the buttons (the ARIA
 * toolbar pattern). Pressing a button keeps the editor's selection and returns to the text.
 */
export function ToolbarPlugin({ label }: { label: string }) {
  const [editor] = useLexicalComposerContext();
  const [formats, setFormats] = useState<Formats>({ block: 'paragraph', isBold: false, isItalic: false });
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const refresh = useCallback(() => editor.getEditorState().read(() => setFormats($readFormats())), [editor]);
  useEffect(() => mergeRegister(
    editor.registerUpdateListener(({ editorState }) => editorState.read(() => setFormats($readFormats()))),
    editor.registerCommand(SELECTION_CHANGE_COMMAND, () => { refresh(); return false; }, COMMAND_PRIORITY_LOW),
  ), [editor, refresh]);

  const keyDown = (event: KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key as 'ArrowRight' | 'ArrowLeft'];
    const to = event.key === 'Home' ? 0 : event.key === 'End' ? TOOLS.length - 1
      : step === undefined ? null : (focusIndex + step + TOOLS.length) % TOOLS.length;
    if (to === null) return;
    event.preventDefault();
    setFocusIndex(to);
    buttons.current[to]?.focus();
  };

  return (
    <div className="memo-toolbar" role="toolbar" aria-label={label} onKeyDown={keyDown}>
      {TOOLS.map((tool, index) => (
        <button key={tool.label} type="button" ref={(el) => { buttons.current[index] = el; }} className={tool.className}
          tabIndex={index === focusIndex ? 0 : -1} aria-pressed={tool.isPressed(formats)} aria-keyshortcuts={tool.shortcut}
          title={tool.shortcut ? `${tool.label} (${tool.shortcut.replace('Control', 'Ctrl')})` : tool.label}
          onMouseDown={(event) => event.preventDefault()}
          onFocus={() => setFocusIndex(index)}
          onClick={() => { tool.run(editor, formats); editor.focus(); }}>
          {tool.label}
        </button>
      ))}
    </div>
  );
}
