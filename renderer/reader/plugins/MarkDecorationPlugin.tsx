import { MarkNode } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey } from 'lexical';
import { useEffect, useRef } from 'react';

export interface CodingLook {
  colour: string;
  codeName: string;
}

/** Labels and colours each mark from the codings it carries (the ids live on the mark node). */
function decorate(element: HTMLElement, ids: readonly string[], lookOf: (id: string) => CodingLook | undefined) {
  // Writes only what changed: every coding of a long source redecorates thousands of marks, and
  // rewriting unchanged styles and titles would invalidate the style of each one.
  const looks = ids.map(lookOf).filter((l): l is CodingLook => l !== undefined);
  const codings = ids.join(' ');
  if (element.dataset.codings !== codings) element.dataset.codings = codings;
  const colour = looks.at(-1)?.colour ?? '#888888';
  if (element.style.getPropertyValue('--mark-colour') !== colour) element.style.setProperty('--mark-colour', colour);
  const isOverlap = ids.length > 1;
  if (element.classList.contains('overlap') !== isOverlap) element.classList.toggle('overlap', isOverlap);
  const title = [...new Set(looks.map((l) => l.codeName))].join(', ');
  if (element.title !== title) element.title = title;
}

export function MarkDecorationPlugin({ lookOf }: { lookOf: (id: string) => CodingLook | undefined }) {
  const [editor] = useLexicalComposerContext();
  const look = useRef(lookOf);
  useEffect(() => {
    look.current = lookOf;
    editor.getRootElement()?.querySelectorAll<HTMLElement>('mark[data-codings]').forEach((element) => {
      decorate(element, (element.dataset.codings ?? '').split(' ').filter(Boolean), lookOf);
    });
  }, [editor, lookOf]);
  useEffect(() => editor.registerMutationListener(MarkNode, (mutations) => {
    editor.getEditorState().read(() => {
      for (const [key, mutation] of mutations) {
        if (mutation === 'destroyed') continue;
        const node = $getNodeByKey<MarkNode>(key);
        const element = editor.getElementByKey(key);
        if (node && element) decorate(element, node.getIDs(), (id) => look.current(id));
      }
    });
  }), [editor]);
  return null;
}
