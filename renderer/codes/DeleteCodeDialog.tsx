import { ConfirmDialog } from '../components/ConfirmDialog';
import { plural } from './useEditorStatus';

export interface PendingDelete {
  id: string;
  name: string;
  impact: { codes: number; codings: number };
  /** Asked for with the Delete key in the tree (focus then goes back there). */
  isFromTree: boolean;
}

/** The delete confirmation, saying how many codes and codings go. */
export function DeleteCodeDialog({ pending, onConfirm, onCancel }: { pending: PendingDelete; onConfirm: () => void; onCancel: () => void }) {
  const { codes, codings } = pending.impact;
  return (
    <ConfirmDialog title={`Delete "${pending.name}"?`} confirmLabel="Delete" isDestructive onConfirm={onConfirm} onCancel={onCancel}>
      <p>This removes {plural(codes, 'code')} and {plural(codings, 'coding')}. You can undo it.</p>
    </ConfirmDialog>
  );
}
