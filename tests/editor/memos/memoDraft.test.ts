import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoDraft } from '../../../renderer/memos/memoDraft';

const MEMO = { title: 'First read', content: '', plainText: 'Old text.' };
const text = (plainText: string) => () => ({ content: `{"t":"${plainText}"}`, plainText });

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

function draftWith(save = vi.fn(async () => undefined)) {
  return { draft: new MemoDraft(MEMO, save, 1000), save };
}

describe('the memo draft', () => {
  it('saves once after a pause in typing, with the latest title and text', async () => {
    const { draft, save } = draftWith();
    draft.changeText(text('One'));
    draft.setTitle('First read, again');
    draft.changeText(text('One two'));
    expect(draft.getSnapshot()).toMatchObject({ title: 'First read, again', state: 'unsaved' });
    await vi.advanceTimersByTimeAsync(999);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledExactlyOnceWith({ title: 'First read, again', content: '{"t":"One two"}', plainText: 'One two' });
    expect(draft.getSnapshot().state).toBe('saved');
    expect(draft.isDirty).toBe(false);
  });

  it('saves at once on flush (blur, Save, closing) and not at all when nothing changed', async () => {
    const { draft, save } = draftWith();
    await draft.flush();
    expect(save).not.toHaveBeenCalled();
    draft.changeText(text('Typed'));
    await draft.flush();
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('keeps the text unsaved and says why when saving fails, and saves it next time', async () => {
    const save = vi.fn().mockRejectedValueOnce(new Error('That memo no longer exists.')).mockResolvedValue(undefined);
    const { draft } = draftWith(save);
    draft.changeText(text('Precious'));
    await draft.flush();
    expect(draft.getSnapshot()).toMatchObject({ state: 'error', error: 'That memo no longer exists.' });
    expect(draft.isDirty).toBe(true);
    await draft.flush();
    expect(save).toHaveBeenLastCalledWith({ title: 'First read', content: '{"t":"Precious"}', plainText: 'Precious' });
    expect(draft.getSnapshot().state).toBe('saved');
  });

  it('adopts a change made elsewhere (undo) only when nothing here is unsaved', async () => {
    const { draft } = draftWith();
    const heard = vi.fn();
    draft.onExternalText(heard);
    draft.sync(MEMO);
    expect(heard).not.toHaveBeenCalled();

    draft.sync({ title: 'Undone title', content: '', plainText: 'Undone.' });
    expect(draft.getSnapshot().title).toBe('Undone title');
    expect(heard).toHaveBeenCalledWith({ content: '', plainText: 'Undone.' });

    draft.changeText(text('Mine'));
    draft.sync({ title: 'Other', content: '', plainText: 'Other.' });
    expect(heard).toHaveBeenCalledTimes(1);
    expect(draft.getSnapshot().title).toBe('Undone title');
  });

  it('does not mistake its own save coming back for a change made elsewhere', async () => {
    const { draft } = draftWith();
    const heard = vi.fn();
    draft.onExternalText(heard);
    draft.changeText(text('Saved'));
    await draft.flush();
    draft.sync({ title: 'First read', content: '{"t":"Saved"}', plainText: 'Saved' });
    expect(heard).not.toHaveBeenCalled();
  });
});
