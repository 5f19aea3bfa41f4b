import { $createMarkNode } from '@lexical/mark';
import { $createTextNode, $getNodeByKey, $getRoot, type LexicalNode, type NodeKey } from 'lexical';
import type { MarkSegment } from '../../shared/coding/ranges';
import type { Turn } from '../../shared/model';
import { $createTurnNode, $isTurnNode } from './nodes/TurnNode';

export interface ReaderContent {
  text: string;
  turns: readonly Turn[];
  /** Sorted, non-overlapping segments covering coded text only. */
  segments: readonly MarkSegment[];
  /** participantId -> label shown as the speaker. */
  speakerLabel: (turn: Turn) => string | null;
  isFacilitator: (turn: Turn) => boolean;
}

/** One block of the reader: a turn, or stray text between turns, with what its TurnNode shows. */
export interface Block {
  start: number;
  end: number;
  speaker: string | null;
  timestamp: string | null;
  isFacilitator: boolean;
}

/** What the reader shows, laid out: built once per text, reused while only codings change. */
export interface Layout {
  blocks: Block[];
  /** The TurnNode of each block, by index. */
  keys: NodeKey[];
  /** Per block, the marks it showed (a signature), to update only blocks whose marks change. */
  marks: string[];
}

/** Text between turns that is more than the next turn's "Name: " label and white space. */
function strayText(text: string, from: number, to: number, nextSpeaker: string | null): { start: number; end: number } | null {
  let gap = text.slice(from, to);
  if (nextSpeaker !== null) {
    const trimmed = gap.trimEnd();
    const label = `${nextSpeaker}:`;
    if (trimmed.endsWith(label)) gap = trimmed.slice(0, trimmed.length - label.length);
  }
  const lead = gap.length - gap.trimStart().length;
  const body = gap.trim();
  return body.length === 0 ? null : { start: from + lead, end: from + lead + body.length };
}

/** The blocks of a source: its turns, and any stray text outside them, in text order. O(turns). */
export function layOutBlocks(content: ReaderContent): Block[] {
  const { text, turns } = content;
  const blocks: Block[] = [];
  const stray = (range: { start: number; end: number } | null) => {
    if (range) blocks.push({ ...range, speaker: null, timestamp: null, isFacilitator: false });
  };
  let previousEnd = 0;
  for (const turn of turns) {
    stray(strayText(text, previousEnd, turn.start, turn.speaker));
    blocks.push({
      start: turn.start, end: turn.end, speaker: turn.speaker === null ? null : content.speakerLabel(turn),
      timestamp: turn.timestamp, isFacilitator: content.isFacilitator(turn),
    });
    previousEnd = Math.max(previousEnd, turn.end);
  }
  stray(strayText(text, previousEnd, text.length, null));
  return blocks;
}

/** The segments overlapping each block, as a signature per block. One sweep: O(blocks + segments). */
export function markSignatures(blocks: readonly Block[], segments: readonly MarkSegment[]): string[] {
  let first = 0;
  return blocks.map((block) => {
    while (first < segments.length && segments[first]!.end <= block.start) first++;
    let signature = '';
    for (let i = first; i < segments.length && segments[i]!.start < block.end; i++) {
      const s = segments[i]!;
      signature += `${Math.max(s.start, block.start)}-${Math.min(s.end, block.end)}:${s.ids.join(',')};`;
    }
    return signature;
  });
}

/** Fills a block's node with its text, coded runs wrapped in mark nodes carrying coding ids. */
function $fillBlock(parent: LexicalNode & { append(...nodes: LexicalNode[]): unknown }, block: Block, text: string, segments: readonly MarkSegment[], from: number): void {
  let cursor = block.start;
  const children: LexicalNode[] = [];
  for (let i = from; i < segments.length && segments[i]!.start < block.end; i++) {
    const s = segments[i]!;
    const start = Math.max(s.start, block.start);
    const end = Math.min(s.end, block.end);
    if (end <= start) continue;
    if (start > cursor) children.push($createTextNode(text.slice(cursor, start)));
    children.push($createMarkNode(s.ids).append($createTextNode(text.slice(start, end))));
    cursor = end;
  }
  if (cursor < block.end) children.push($createTextNode(text.slice(cursor, block.end)));
  parent.append(...children);
}

/** Index of the first segment ending after `offset` (binary search). */
function firstSegmentAfter(segments: readonly MarkSegment[], offset: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (segments[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Replaces the editor's content with the source's blocks. Returns the layout for later updates. */
export function $buildReaderState(content: ReaderContent): Layout {
  const root = $getRoot();
  root.clear();
  const blocks = layOutBlocks(content);
  const nodes = blocks.map((block) => {
    const node = $createTurnNode(block.start, block.speaker, block.timestamp, block.isFacilitator);
    $fillBlock(node, block, content.text, content.segments, firstSegmentAfter(content.segments, block.start));
    return node;
  });
  // Appended in one call: appending thousands of turns one by one splices each time.
  root.append(...nodes);
  return { blocks, keys: nodes.map((n) => n.getKey()), marks: markSignatures(blocks, content.segments) };
}

/**
 * Updates only the blocks whose marks changed (a coding added, removed or resized), so coding a
 * long source does not rebuild every turn. Returns the new layout, or null when a block's node
 * is gone and a full build is needed.
 */
export function $updateMarks(layout: Layout, content: ReaderContent): Layout | null {
  const marks = markSignatures(layout.blocks, content.segments);
  for (let i = 0; i < layout.blocks.length; i++) {
    if (marks[i] === layout.marks[i]) continue;
    const node = $getNodeByKey(layout.keys[i]!);
    if (!$isTurnNode(node)) return null;
    const block = layout.blocks[i]!;
    node.clear();
    $fillBlock(node, block, content.text, content.segments, firstSegmentAfter(content.segments, block.start));
  }
  return { ...layout, marks };
}

/** True when two contents lay out the same blocks (same text, turns and speakers shown). */
export function isSameLayout(layout: Layout, content: ReaderContent): boolean {
  const blocks = layOutBlocks(content);
  return blocks.length === layout.blocks.length && blocks.every((b, i) => {
    const a = layout.blocks[i]!;
    return a.start === b.start && a.end === b.end && a.speaker === b.speaker && a.timestamp === b.timestamp && a.isFacilitator === b.isFacilitator;
  });
}
