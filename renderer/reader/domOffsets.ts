/**
 * Maps a point of the browser's selection inside the reader to an offset into the source text.
 * Each turn element carries its start offset; the text of its `.speech` element is exactly the
 * turn's text, so the offset is the turn's start plus the characters before the point.
 */
export function sourceOffsetAt(rawNode: Node, rawOffset: number): number | null {
  const [node, offset] = toLeafPoint(rawNode, rawOffset);
  const element = node instanceof Element ? node : node.parentElement;
  const turn = element?.closest<HTMLElement>('.turn[data-start]');
  if (!turn) return null;
  const start = Number(turn.dataset.start);
  const speech = turn.querySelector<HTMLElement>(':scope > .speech');
  if (!speech || !Number.isFinite(start)) return null;
  if (!speech.contains(node)) {
    // A point on the speaker label: before the speech if the label comes first.
    return start;
  }
  const range = document.createRange();
  range.setStart(speech, 0);
  range.setEnd(node, offset);
  return start + range.toString().length;
}

/**
 * Resolves a point given as (element, child index), as browsers and editors often report a
 * caret, to a point in a leaf node, so it can be located inside a turn.
 */
function toLeafPoint(node: Node, offset: number): [Node, number] {
  let current = node;
  let at = offset;
  while (current.nodeType === Node.ELEMENT_NODE && current.childNodes.length > 0) {
    if (at < current.childNodes.length) {
      current = current.childNodes[at]!;
      at = 0;
    } else {
      current = current.childNodes[current.childNodes.length - 1]!;
      at = current.nodeType === Node.TEXT_NODE ? (current.textContent?.length ?? 0) : current.childNodes.length;
    }
  }
  return [current, at];
}

/** The source range of the current selection inside `container`, or null when there is none. */
export function selectedSourceRange(container: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const start = sourceOffsetAt(range.startContainer, range.startOffset);
  const end = sourceOffsetAt(range.endContainer, range.endOffset);
  if (start === null || end === null || start === end) return null;
  return { start: Math.min(start, end), end: Math.max(start, end) };
}

/** Selects source range [start, end) in the reader (used to show a coding). */
export function selectSourceRange(container: HTMLElement, start: number, end: number): void {
  const point = (target: number): [Node, number] | null => {
    const turns = [...container.querySelectorAll<HTMLElement>('.turn[data-start]')];
    for (const turn of turns) {
      const speech = turn.querySelector(':scope > .speech');
      const turnStart = Number(turn.dataset.start);
      const length = speech?.textContent?.length ?? 0;
      if (speech && target >= turnStart && target <= turnStart + length) {
        let remaining = target - turnStart;
        const walker = document.createTreeWalker(speech, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode(); text; text = walker.nextNode()) {
          const size = text.textContent?.length ?? 0;
          if (remaining <= size) return [text, remaining];
          remaining -= size;
        }
      }
    }
    return null;
  };
  const from = point(start);
  const to = point(end);
  const selection = window.getSelection();
  if (!from || !to || !selection) return;
  const range = document.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Puts a caret at the start of the first turn's text unless the selection is already inside. */
export function ensureCaret(container: HTMLElement): void {
  const selection = window.getSelection();
  if (!selection || (selection.anchorNode && container.contains(selection.anchorNode))) return;
  const first = container.querySelector('.speech');
  const walker = first ? document.createTreeWalker(first, NodeFilter.SHOW_TEXT) : null;
  const text = walker?.nextNode();
  if (!text) return;
  const range = document.createRange();
  range.setStart(text, 0);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
}
