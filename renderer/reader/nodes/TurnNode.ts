import { ElementNode, type ElementDOMSlot, type LexicalNode } from 'lexical';

/**
 * One speaker turn (or one paragraph of a narrative) of a source in the reader. The speaker
 * label sits outside the text slot, so the text inside is exactly the turn's range of the
 * source and selection offsets within it are offsets into the turn.
 */
export class TurnNode extends ElementNode {
  __start = 0;
  __speaker: string | null = null;
  __timestamp: string | null = null;
  __isFacilitator = false;

  override $config() {
    return this.config('storyloom-turn', { extends: ElementNode });
  }

  override afterCloneFrom(prev: this): void {
    super.afterCloneFrom(prev);
    this.__start = prev.__start;
    this.__speaker = prev.__speaker;
    this.__timestamp = prev.__timestamp;
    this.__isFacilitator = prev.__isFacilitator;
  }

  override createDOM(): HTMLElement {
    const turn = document.createElement('div');
    turn.className = this.__speaker === null ? 'turn unattributed' : `turn${this.__isFacilitator ? ' facilitator' : ''}`;
    turn.dataset.start = String(this.__start);
    if (this.__speaker !== null) {
      const speaker = document.createElement('div');
      speaker.className = 'speaker';
      speaker.contentEditable = 'false';
      const name = document.createElement('span');
      name.className = 'speaker-name';
      name.textContent = this.__speaker;
      speaker.append(name);
      if (this.__timestamp) {
        const time = document.createElement('span');
        time.className = 'timestamp';
        time.textContent = this.__timestamp;
        speaker.append(time);
      }
      turn.append(speaker);
    }
    const speech = document.createElement('p');
    speech.className = 'speech';
    turn.append(speech);
    return turn;
  }

  override updateDOM(prev: this): boolean {
    return prev.__speaker !== this.__speaker || prev.__timestamp !== this.__timestamp
      || prev.__start !== this.__start || prev.__isFacilitator !== this.__isFacilitator;
  }

  override getDOMSlot(element: HTMLElement): ElementDOMSlot<HTMLElement> {
    const speech = element.querySelector<HTMLElement>(':scope > .speech');
    return speech ? super.getDOMSlot(element).withElement(speech) : super.getDOMSlot(element);
  }

  override isInline(): false {
    return false;
  }
}

export function $createTurnNode(start: number, speaker: string | null, timestamp: string | null, isFacilitator: boolean): TurnNode {
  const node = new TurnNode();
  node.__start = start;
  node.__speaker = speaker;
  node.__timestamp = timestamp;
  node.__isFacilitator = isFacilitator;
  return node;
}

export function $isTurnNode(node: LexicalNode | null | undefined): node is TurnNode {
  return node instanceof TurnNode;
}
