import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { CodeId, ProjectId } from '../../shared/model';
import type { SearchHit } from '../../shared/search/search';
import { errorText, Status, type StatusMessage } from '../components/Status';
import { codeRanges } from '../db/repositories/codings';
import { createCode } from '../db/repositories/codes';
import { noteRecentCode, recentCodes } from '../db/repositories/settings';
import { useCodes } from '../hooks/useProjectData';
import { CodePicker, type PickerChoice } from '../reader/CodePicker';
import { codedSummary, plural } from './hitGroups';

interface Props {
  projectId: ProjectId;
  /** Every hit of the search, the ones past the display limit included. */
  total: number;
  queryText: string;
  allHits: () => Promise<SearchHit[]>;
}

/** "Code all hits…": one code, chosen or created in the picker, on every hit, as one undoable action. */
export function CodeAllHits({ projectId, total, queryText, allHits }: Props) {
  const codes = useCodes(projectId);
  const recent = useLiveQuery(() => recentCodes(projectId), [projectId]);
  const [isPicking, setPicking] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [message, setMessage] = useState<StatusMessage | null>(null);

  const apply = async (choice: PickerChoice) => {
    setPicking(false);
    setBusy(true);
    setMessage({ kind: 'info', text: `Coding ${plural(total, 'hit')}…` });
    try {
      const hits = await allHits(); // first: a failure here must not leave a new, unused code behind
      const isNewCode = choice.kind === 'create';
      const codeId = choice.kind === 'code' ? choice.codeId : await createCode(projectId, { name: choice.name });
      const name = choice.kind === 'code' ? codes?.find((c) => c.id === choice.codeId)?.name ?? 'the code' : choice.name.trim();
      const created = await codeRanges(projectId, codeId, hits.map(({ sourceId, start, end, match }) => ({ sourceId, start, end, words: match })));
      await noteRecentCode(projectId, codeId);
      setMessage({ kind: 'info', text: codedSummary(created.length, hits.length, name, isNewCode) });
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="code-all">
      <button type="button" onClick={() => setPicking(true)} disabled={isBusy || !codes || total === 0}>
        {total === 1 ? 'Code the hit…' : `Code all ${plural(total, 'hit')}…`}
      </button>
      <Status message={message} onDismiss={() => setMessage(null)} />
      {isPicking && codes && (
        <CodePicker codes={codes} recent={(recent ?? []) as CodeId[]} excerpt={queryText}
          onChoose={(choice) => void apply(choice)} onClose={() => setPicking(false)} />
      )}
    </div>
  );
}
