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

const lookKey = (look: CodingLook | undefined) => (look ? `${look.colour}|${look.codeName}` : '');

/**
 * Decorates marks as Lexical creates or changes them, and again when a coding's look changes
 * (a code recoloured or renamed, a coding moved to another code). What each coding looked like
 * when last drawn is remembered, so a new coding elsewhere in a long source touches no other mark.
 */
export function MarkDecorationPlugin({ lookOf }: { lookOf: (id: string) => CodingLook | undefined }) {
  const [editor] = useLexicalComposerContext();
  const look = useRef(lookOf);
  const drawn = useRef(new Map<string, string>());
  useEffect(() => {
    look.current = lookOf;
    const root = editor.getRootElement();
    const isFirst = drawn.current.size === 0; // marks drawn before this plugin listened: decorate them all
    const changed = [...drawn.current].filter(([id, key]) => lookKey(lookOf(id)) !== key).map(([id]) => id);
    if (!isFirst && changed.length === 0) return;
    const marks = !isFirst && changed.length <= 50
      ? new Set(changed.flatMap((id) => [...(root?.querySelectorAll<HTMLElement>(`mark[data-codings~="${id.replace(/["\\]/g, '\\$&')}"]`) ?? [])]))
      : root?.querySelectorAll<HTMLElement>('mark[data-codings]') ?? [];
    for (const element of marks) {
      const ids = (element.dataset.codings ?? '').split(' ').filter(Boolean);
      decorate(element, ids, lookOf);
      for (const id of ids) drawn.current.set(id, lookKey(lookOf(id)));
    }
  }, [editor, lookOf]);
  useEffect(() => editor.registerMutationListener(MarkNode, (mutations) => {
    editor.getEditorState().read(() => {
      for (const [key, mutation] of mutations) {
        if (mutation === 'destroyed') continue;
        const node = $getNodeByKey<MarkNode>(key);
        const element = editor.getElementByKey(key);
        if (!node || !element) continue;
        const ids = node.getIDs();
        decorate(element, ids, (id) => look.current(id));
        for (const id of ids) drawn.current.set(id, lookKey(look.current(id)));
      }
    });
  }), [editor]);
  return null;
}
