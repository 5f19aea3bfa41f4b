import { $createMarkNode } from '@lexical/mark';
import { $createTextNode, $getRoot, type LexicalNode } from 'lexical';
import type { MarkSegment } from '../../shared/coding/ranges';
import type { Turn } from '../../shared/model';
import { $createTurnNode } from './nodes/TurnNode';


export interface ReaderContent {
  text: string;
  turns: readonly Turn[];
  /** Sorted, non-overlapping segments covering coded text only. */
  segments: readonly MarkSegment[];
  /** participantId -> label shown as the speaker. */
  speakerLabel: (turn: Turn) => string | null;
  isFacilitator: (turn: Turn) => boolean;
}

/** Text between turns that is more than the next turn's "Name: " label and white space. */
function strayText(text: string, from: number, to: number, nextSpeaker: string | null): { start: number; end: number } | null {
  let gap = text.slice(from, to);
  if (nextSpeaker !== null) gap = gap.replace(new RegExp(`${nextSpeaker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\s*$`), '');
  const lead = gap.length - gap.trimStart().length;
  const body = gap.trim();
  return body.length === 0 ? null : { start: from + lead, end: from + lead + body.length };
}

/** Replaces the editor's content with the source's turns, coded spans wrapped in mark nodes. */
export function $buildReaderState(content: ReaderContent): void {
  const { text, turns, segments } = content;
  const root = $getRoot();
  root.clear();
  let segment = 0;
  const appendRange = (parent: LexicalNode & { append(...nodes: LexicalNode[]): unknown }, start: number, end: number) => {
    while (segment < segments.length && segments[segment]!.end <= start) segment++;
    let cursor = start;
    for (let i = segment; i < segments.length && segments[i]!.start < end; i++) {
      const s = segments[i]!;
      const from = Math.max(s.start, start);
      const to = Math.min(s.end, end);
      if (from > cursor) parent.append($createTextNode(text.slice(cursor, from)));
      if (to > from) parent.append($createMarkNode(s.ids).append($createTextNode(text.slice(from, to))));
      cursor = Math.max(cursor, to);
    }
    if (cursor < end) parent.append($createTextNode(text.slice(cursor, end)));
  };
  let previousEnd = 0;
  for (const turn of turns) {
    const stray = strayText(text, previousEnd, turn.start, turn.speaker);
    if (stray) {
      const node = $createTurnNode(stray.start, null, null, false);
      appendRange(node, stray.start, stray.end);
      root.append(node);
    }
    const node = $createTurnNode(turn.start, turn.speaker === null ? null : content.speakerLabel(turn), turn.timestamp, content.isFacilitator(turn));
    appendRange(node, turn.start, turn.end);
    root.append(node);
    previousEnd = Math.max(previousEnd, turn.end);
  }
  const tail = strayText(text, previousEnd, text.length, null);
  if (tail) {
    const node = $createTurnNode(tail.start, null, null, false);
    appendRange(node, tail.start, tail.end);
    root.append(node);
  }
}
