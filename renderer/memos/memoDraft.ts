/**
 * The unsaved state of one open memo: its title and the editor's latest text, saved after a
 * pause in typing, on blur, on Save and when the memo closes. It also adopts changes made
 * elsewhere (an app-wide undo of a memo edit) when nothing here is waiting to be saved.
 */
import type { Memo } from '../../shared/model';
import type { MemoText, MemoTextSync } from './editor/memoState';

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'error';

export interface DraftSnapshot {
  title: string;
  state: SaveState;
  error: string | null;
}

type Stored = Pick<Memo, 'title' | 'content' | 'plainText'>;
type Save = (fields: Stored) => Promise<void>;

const sameStored = (a: Stored, b: Stored) => a.title === b.title && a.content === b.content && a.plainText === b.plainText;

export class MemoDraft implements MemoTextSync {
  private saved: Stored;
  private title: string;
  private readText: (() => MemoText) | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private chain: Promise<void> = Promise.resolve();
  private inFlight = 0;
  private snapshot: DraftSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly textListeners = new Set<(text: MemoText) => void>();

  constructor(memo: Stored, private readonly save: Save, private readonly delayMs = 1000) {
    this.saved = { title: memo.title, content: memo.content, plainText: memo.plainText };
    this.title = memo.title;
    this.snapshot = { title: memo.title, state: 'saved', error: null };
  }

  /** For useSyncExternalStore. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): DraftSnapshot => this.snapshot;

  get isDirty(): boolean {
    return this.readText !== null || this.title !== this.saved.title;
  }

  setTitle(title: string): void {
    this.title = title;
    this.touch();
  }

  changeText(read: () => MemoText): void {
    this.readText = read;
    this.touch();
  }

  onExternalText(listener: (text: MemoText) => void): () => void {
    this.textListeners.add(listener);
    return () => this.textListeners.delete(listener);
  }

  /** Saves whatever is unsaved now; resolves when every save so far has landed. */
  flush(): Promise<void> {
    this.clearTimer();
    if (!this.isDirty) return this.chain;
    const previous = this.saved;
    const read = this.readText;
    const text = read ? read() : { content: previous.content, plainText: previous.plainText };
    const next: Stored = { title: this.title, ...text };
    this.readText = null;
    // Counted as saved at once: the live query may bring the new row back before the save resolves.
    this.saved = next;
    this.inFlight += 1;
    this.publish({ state: 'saving', error: null });
    this.chain = this.chain.then(() => this.save(next)).then(
      () => this.publish({ state: this.isDirty ? 'unsaved' : 'saved', error: null }),
      (error: unknown) => {
        if (sameStored(this.saved, next)) this.saved = previous;
        this.readText ??= read;
        this.publish({ state: 'error', error: error instanceof Error ? error.message : String(error) });
      },
    ).finally(() => { this.inFlight -= 1; });
    return this.chain;
  }

  /** The memo as stored now; adopted when it changed elsewhere and nothing here is unsaved. */
  sync(memo: Stored): void {
    if (this.inFlight > 0 || this.isDirty || sameStored(memo, this.saved)) return;
    const isTextChanged = memo.content !== this.saved.content || memo.plainText !== this.saved.plainText;
    this.saved = { title: memo.title, content: memo.content, plainText: memo.plainText };
    this.title = memo.title;
    this.publish({ state: 'saved', error: null });
    if (isTextChanged) for (const listener of this.textListeners) listener({ content: memo.content, plainText: memo.plainText });
  }

  private touch(): void {
    this.clearTimer();
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
    this.publish({ state: 'unsaved', error: null });
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private publish(change: Omit<DraftSnapshot, 'title'>): void {
    this.snapshot = { title: this.title, ...change };
    for (const listener of this.listeners) listener();
  }
}
