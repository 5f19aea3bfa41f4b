import { useId, useState } from 'react';
import { flattenTree, type CodeNode } from '../../shared/analysis/codeTree';
import { subtreeIds } from '../../shared/codes/codeRules';
import type { CodeId, ProjectId } from '../../shared/model';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { mergeCode } from '../db/repositories/codes';
import { plural, type RunAction } from './useEditorStatus';

interface Props {
  projectId: ProjectId;
  node: CodeNode;
  tree: readonly CodeNode[];
  /** Codings on the code itself: these are what move. */
  ownCodings: number;
  run: RunAction;
  onMerged: (intoId: string) => void;
}

/** "Merge into…": pick the target, confirm with what moves, merge as one undoable change. */
export function MergeSection({ projectId, node, tree, ownCodings, run, onMerged }: Props) {
  const ids = useId();
  const [isOpen, setOpen] = useState(false);
  const [targetId, setTargetId] = useState('');
  const [isConfirming, setConfirming] = useState(false);
  const { code } = node;
  const all = flattenTree(tree);
  const beneath = subtreeIds(all.map((n) => n.code), code.id);
  const targets = all.filter((n) => !beneath.has(n.code.id));
  const target = targets.find((n) => n.code.id === targetId);

  const merge = async () => {
    setConfirming(false);
    if (!target) return;
    const merged = await run(() => mergeCode(projectId, code.id, target.code.id as CodeId), (summary) => `${summary}.`);
    if (merged) {
      setOpen(false);
      setTargetId('');
      onMerged(target.code.id);
    }
  };

  return (
    <section className="panel-section" aria-labelledby={`${ids}-heading`}>
      <h4 id={`${ids}-heading`}>
        <button type="button" className="section-toggle" aria-expanded={isOpen} onClick={() => setOpen(!isOpen)}>Merge into…</button>
      </h4>
      {isOpen && (
        <div className="section-body">
          <label htmlFor={`${ids}-target`}>Merge "{code.name}" into</label>
          <select id={`${ids}-target`} value={targetId} onChange={(e) => setTargetId(e.target.value)}>
            <option value="">Choose a code…</option>
            {targets.map((n) => <option key={n.code.id} value={n.code.id}>{n.path.join(' › ')}</option>)}
          </select>
          <p className="small muted">Its codings move to the chosen code, its sub-codes move beneath it, and its name becomes an alias there.</p>
          <button type="button" onClick={() => { if (target) setConfirming(true); }} aria-disabled={!target}>Merge…</button>
        </div>
      )}
      {isConfirming && target && (
        <ConfirmDialog
          title={`Merge "${code.name}" into "${target.code.name}"?`} confirmLabel="Merge"
          onConfirm={() => void merge()} onCancel={() => setConfirming(false)}
        >
          <p>
            {plural(ownCodings, 'coding')} {ownCodings === 1 ? 'moves' : 'move'} to "{target.code.name}" (the same words coded
            by the same coder collapse into one)
            {node.children.length > 0 && <>, and {plural(node.children.length, 'sub-code')} {node.children.length === 1 ? 'moves' : 'move'} beneath it</>}.
            "{code.name}" is then removed and becomes an alias of "{target.code.name}". You can undo it.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
