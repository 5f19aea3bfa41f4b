import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useState } from 'react';
import type { CodingLook } from './plugins/MarkDecorationPlugin';

interface Stripe {
  codingId: string;
  top: number;
  height: number;
  lane: number;
  look: CodingLook;
}

const LANE_WIDTH = 22;
/** How far beyond the window stripes are drawn, in pixels. */
const MARGIN = 1500;
/** Stripes are measured again once scrolling pauses this long, so scrolling itself stays smooth. */
const SCROLL_PAUSE_MS = 120;

/**
 * The marks in turns within MARGIN of the window. Turns run down the page in order, so the first
 * one in view is found by binary search: on a 15,000-turn source only the turns near the window
 * are measured (and laid out: off-screen turns skip layout, see styles.css).
 */
function marksNearView(root: HTMLElement): HTMLElement[] {
  const turns = root.children;
  let low = 0;
  let high = turns.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (turns[mid]!.getBoundingClientRect().bottom < -MARGIN) low = mid + 1;
    else high = mid;
  }
  const marks: HTMLElement[] = [];
  for (let i = low; i < turns.length; i++) {
    const turn = turns[i]!;
    if (turn.getBoundingClientRect().top > window.innerHeight + MARGIN) break;
    marks.push(...turn.querySelectorAll<HTMLElement>('mark[data-codings]'));
  }
  return marks;
}
const LABEL_MIN_HEIGHT = 70;

/**
 * Coding stripes in the margin: one per coding, spanning its lines, one lane per code (as
 * peers draw them). Measured from the rendered marks near the window, again whenever the text,
 * its codings or the layout change, and when scrolling pauses. Hover names the code; a click
 * selects the coding.
 */
export function CodingStripes({ lookOf, onSelect }: { lookOf: (id: string) => CodingLook | undefined; onSelect: (codingId: string) => void }) {
  const [editor] = useLexicalComposerContext();
  const [stripes, setStripes] = useState<Stripe[]>([]);
  useEffect(() => {
    const root = editor.getRootElement();
    const body = root?.parentElement;
    if (!root || !body) return undefined;
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const origin = body.getBoundingClientRect().top;
        const spans = new Map<string, { top: number; bottom: number }>();
        for (const mark of marksNearView(root)) {
          const rect = mark.getBoundingClientRect();
          for (const id of (mark.dataset.codings ?? '').split(' ')) {
            if (!id) continue;
            const span = spans.get(id);
            if (span) { span.top = Math.min(span.top, rect.top); span.bottom = Math.max(span.bottom, rect.bottom); }
            else spans.set(id, { top: rect.top, bottom: rect.bottom });
          }
        }
        const lanes = new Map<string, number>();
        const next: Stripe[] = [];
        for (const [codingId, span] of spans) {
          const look = lookOf(codingId);
          if (!look) continue;
          if (!lanes.has(look.codeName)) lanes.set(look.codeName, lanes.size);
          next.push({ codingId, top: span.top - origin, height: Math.max(6, span.bottom - span.top), lane: lanes.get(look.codeName)!, look });
        }
        body.style.setProperty('--stripe-lanes', String(lanes.size));
        setStripes(next);
      });
    };
    measure();
    const mutations = new MutationObserver(measure);
    mutations.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-codings'] });
    let pause: ReturnType<typeof setTimeout> | undefined;
    let lastScroll = -Infinity;
    const afterPause = () => {
      clearTimeout(pause);
      pause = setTimeout(measure, SCROLL_PAUSE_MS);
    };
    // Turns laid out for the first time as they scroll into view resize the text: while scrolling,
    // that waits for the pause too, so no frame measures every mark near the window.
    const resized = () => (performance.now() - lastScroll < SCROLL_PAUSE_MS ? afterPause() : measure());
    // Absent in some test environments (jsdom): the stripes then follow text and coding changes only.
    const resizes = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resized);
    resizes?.observe(root);
    const scrolled = () => {
      lastScroll = performance.now();
      afterPause();
    };
    window.addEventListener('scroll', scrolled, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(pause);
      mutations.disconnect();
      resizes?.disconnect();
      window.removeEventListener('scroll', scrolled);
    };
  }, [editor, lookOf]);
  return (
    <div className="coding-stripes" aria-hidden="true">
      {stripes.map((s) => (
        <div key={s.codingId} className="stripe-lane" style={{ top: s.top, height: s.height, right: s.lane * LANE_WIDTH }}>
          <button type="button" tabIndex={-1} className="stripe" style={{ background: s.look.colour }} title={s.look.codeName}
            onClick={() => onSelect(s.codingId)} />
          {s.height >= LABEL_MIN_HEIGHT && <span className="stripe-label">{s.look.codeName}</span>}
        </div>
      ))}
    </div>
  );
}
